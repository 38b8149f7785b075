#include "api/values/timestamps.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMay1Noon = 1714564800000; // 2024-05-01T12:00:00Z

bool isUtc(const QDateTime &dateTime)
{
    return dateTime.toString(Qt::ISODate).endsWith(QLatin1Char('Z'));
}

} // namespace

class TestTimestamps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesRfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("machine: Z") << u"2024-05-01T12:00:00Z"_s << kMay1Noon;
        QTest::newRow("volume: milliseconds") << u"2024-05-01T12:00:00.123Z"_s << kMay1Noon + 123;
        QTest::newRow("snapshot: +00:00") << u"2024-05-01T12:00:00+00:00"_s << kMay1Noon;
        QTest::newRow("other offset") << u"2024-05-01T14:00:00+02:00"_s << kMay1Noon;
        QTest::newRow("negative offset") << u"2024-05-01T07:00:00-05:00"_s << kMay1Noon;
        QTest::newRow("nanoseconds") << u"2024-05-01T12:00:00.123456789Z"_s << kMay1Noon + 123;
        QTest::newRow("one fraction digit") << u"2024-05-01T12:00:00.5Z"_s << kMay1Noon + 500;
        QTest::newRow("no zone means UTC") << u"2024-05-01T12:00:00"_s << kMay1Noon;
        QTest::newRow("surrounding spaces") << u" 2024-05-01T12:00:00Z "_s << kMay1Noon;
    }

    void parsesRfc3339()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expectedMs);
        const QDateTime parsed = parseRfc3339(text);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.toMSecsSinceEpoch(), expectedMs);
        QVERIFY(isUtc(parsed));
        // The generic parser agrees.
        QCOMPARE(parseTimestamp(QJsonValue(text)), parsed);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty") << QJsonValue(u""_s);
        QTest::newRow("words") << QJsonValue(u"yesterday"_s);
        QTest::newRow("bool") << QJsonValue(true);
        QTest::newRow("object") << QJsonValue(QJsonObject {{u"a"_s, 1}});
        QTest::newRow("bad month") << QJsonValue(u"2024-13-01T12:00:00Z"_s);
        QTest::newRow("go zero time") << QJsonValue(u"0001-01-01T00:00:00Z"_s);
        QTest::newRow("huge number") << QJsonValue(1e300);
    }

    void rejectsGarbage()
    {
        QFETCH(QJsonValue, value);
        QVERIFY(!parseTimestamp(value).isValid());
        QVERIFY(!parseEpochMilliseconds(value).isValid());
        QVERIFY(!parseEpochSeconds(value).isValid());
    }

    void readsEpochMilliseconds()
    {
        const QDateTime parsed = parseEpochMilliseconds(QJsonValue(double(kMay1Noon + 250)));
        QCOMPARE(parsed.toMSecsSinceEpoch(), kMay1Noon + 250);
        QVERIFY(isUtc(parsed));
        QCOMPARE(fromEpochMilliseconds(kMay1Noon).toMSecsSinceEpoch(), kMay1Noon);
        // A string where a number was expected is still understood.
        QCOMPARE(parseEpochMilliseconds(QJsonValue(u"2024-05-01T12:00:00Z"_s)).toMSecsSinceEpoch(),
            kMay1Noon);
        QCOMPARE(
            parseEpochMilliseconds(QJsonValue(u"1714564800000"_s)).toMSecsSinceEpoch(), kMay1Noon);
    }

    void readsEpochSeconds()
    {
        const QDateTime parsed = parseEpochSeconds(QJsonValue(1714564800));
        QCOMPARE(parsed.toMSecsSinceEpoch(), kMay1Noon);
        QVERIFY(isUtc(parsed));
        QCOMPARE(fromEpochSeconds(1714564800).toMSecsSinceEpoch(), kMay1Noon);
        QVERIFY(!fromEpochSeconds(std::numeric_limits<qint64>::max()).isValid());
    }

    void genericParserTellsSecondsFromMilliseconds_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("ms") << QJsonValue(double(kMay1Noon)) << kMay1Noon;
        QTest::newRow("seconds") << QJsonValue(1714564800) << kMay1Noon;
        QTest::newRow("seconds as text") << QJsonValue(u"1714564800"_s) << kMay1Noon;
        QTest::newRow("ms as text") << QJsonValue(u"1714564800000"_s) << kMay1Noon;
        QTest::newRow("epoch") << QJsonValue(0) << qint64(0);
        QTest::newRow("1973 in ms") << QJsonValue(1e11 + 1) << qint64(1e11 + 1);
        QTest::newRow("largest seconds") << QJsonValue(1e11) << qint64(1e14);
    }

    void genericParserTellsSecondsFromMilliseconds()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, expectedMs);
        const QDateTime parsed = parseTimestamp(value);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.toMSecsSinceEpoch(), expectedMs);
        QVERIFY(isUtc(parsed));
    }

    void formatsRfc3339()
    {
        QCOMPARE(formatRfc3339(fromEpochMilliseconds(kMay1Noon)), u"2024-05-01T12:00:00Z"_s);
        QCOMPARE(
            formatRfc3339(fromEpochMilliseconds(kMay1Noon + 7)), u"2024-05-01T12:00:00.007Z"_s);
        QCOMPARE(
            formatRfc3339(parseRfc3339(u"2024-05-01T14:00:00+02:00"_s)), u"2024-05-01T12:00:00Z"_s);
        QVERIFY(formatRfc3339(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
