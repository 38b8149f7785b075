#include "api/values/durations.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

class TestDurations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesGoDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << u"15s"_s << qint64(15000);
        QTest::newRow("minutes and seconds") << u"1m30s"_s << qint64(90000);
        QTest::newRow("milliseconds") << u"500ms"_s << qint64(500);
        QTest::newRow("hours") << u"2h"_s << qint64(7200000);
        QTest::newRow("everything") << u"1h2m3s4ms"_s << qint64(3723004);
        QTest::newRow("fraction") << u"1.5s"_s << qint64(1500);
        QTest::newRow("fraction of a minute") << u"0.5m"_s << qint64(30000);
        QTest::newRow("leading dot") << u".25s"_s << qint64(250);
        QTest::newRow("trailing dot") << u"3.s"_s << qint64(3000);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("zero seconds") << u"0s"_s << qint64(0);
        QTest::newRow("microseconds round") << u"1500us"_s << qint64(2);
        QTest::newRow("micro sign") << u"2000\u00b5s"_s << qint64(2);
        QTest::newRow("greek mu") << u"3000\u03bcs"_s << qint64(3);
        QTest::newRow("nanoseconds") << u"10000000ns"_s << qint64(10);
        QTest::newRow("negative") << u"-1m"_s << qint64(-60000);
        QTest::newRow("plus sign") << u"+10s"_s << qint64(10000);
        QTest::newRow("repeated unit") << u"1s1s"_s << qint64(2000);
    }

    void parsesGoDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expectedMs);
        const std::optional<qint64> parsed = parseGoDurationMs(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expectedMs);
        QCOMPARE(parseDurationMs(QJsonValue(text)), parsed);
    }

    void rejectsInvalidDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no unit") << u"15"_s;
        QTest::newRow("unknown unit") << u"3d"_s;
        QTest::newRow("unit only") << u"s"_s;
        QTest::newRow("dot only") << u".s"_s;
        QTest::newRow("trailing garbage") << u"1s!"_s;
        QTest::newRow("inner space") << u"1m 30s"_s;
        QTest::newRow("sign only") << u"-"_s;
    }

    void rejectsInvalidDurations()
    {
        QFETCH(QString, text);
        QVERIFY(!parseGoDurationMs(text).has_value());
    }

    void readsNanosecondIntegers()
    {
        QCOMPARE(parseDurationMs(QJsonValue(15000000000.0)), std::optional<qint64>(15000));
        QCOMPARE(parseDurationMs(QJsonValue(qint64(500000000))), std::optional<qint64>(500));
        QCOMPARE(parseDurationMs(QJsonValue(u"2000000000"_s)), std::optional<qint64>(2000));
        QCOMPARE(parseDurationMs(QJsonValue(0)), std::optional<qint64>(0));
        QVERIFY(!parseDurationMs(QJsonValue(QJsonValue::Null)).has_value());
        QVERIFY(!parseDurationMs(QJsonValue(QJsonValue::Undefined)).has_value());
        QVERIFY(!parseDurationMs(QJsonValue(true)).has_value());
        QVERIFY(!parseDurationMs(QJsonValue(u"soon"_s)).has_value());
    }

    void formatsLikeGo_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << u"0s"_s;
        QTest::newRow("ms") << qint64(500) << u"500ms"_s;
        QTest::newRow("one ms") << qint64(1) << u"1ms"_s;
        QTest::newRow("seconds") << qint64(15000) << u"15s"_s;
        QTest::newRow("fraction") << qint64(1500) << u"1.5s"_s;
        QTest::newRow("fraction ms") << qint64(2005) << u"2.005s"_s;
        QTest::newRow("minute") << qint64(60000) << u"1m0s"_s;
        QTest::newRow("minute and a half") << qint64(90000) << u"1m30s"_s;
        QTest::newRow("with fraction") << qint64(90500) << u"1m30.5s"_s;
        QTest::newRow("hour") << qint64(3600000) << u"1h0m0s"_s;
        QTest::newRow("everything") << qint64(3723004) << u"1h2m3.004s"_s;
        QTest::newRow("negative") << qint64(-1500) << u"-1.5s"_s;
        QTest::newRow("negative ms") << qint64(-20) << u"-20ms"_s;
    }

    void formatsLikeGo()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, expected);
        QCOMPARE(formatGoDuration(milliseconds), expected);
        QCOMPARE(parseGoDurationMs(expected), std::optional<qint64>(milliseconds));
    }

    void formatsTheExtremes()
    {
        const qint64 lowest = std::numeric_limits<qint64>::min();
        QVERIFY(formatGoDuration(lowest).startsWith(QLatin1Char('-')));
        QVERIFY(formatGoDuration(std::numeric_limits<qint64>::max()).endsWith(QLatin1Char('s')));
    }
};

QTEST_GUILESS_MAIN(TestDurations)
#include "tst_durations.moc"
