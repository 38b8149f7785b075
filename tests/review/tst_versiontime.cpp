// versionTime(): a version's created_at where sent, else the time in its ULID.
#include "api/values/machineversion.h"
#include "core/configdiff/versiontime.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace Qt::StringLiterals;

class TestVersionTime : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ulid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("milliseconds"); // -1: not a time

        QTest::newRow("spec example") << u"01ARYZ6S41TSV4RRFFQ69G5FAV"_s << qint64(1469918176385);
        QTest::newRow("lower case") << u"01aryz6s41tsv4rrffq69g5fav"_s << qint64(1469918176385);
        QTest::newRow("too short") << u"01ARZ3NDEK"_s << qint64(-1);
        QTest::newRow("not base32") << u"01ARZ3NDEKTSV4RRFFQ69G5FAU"_s << qint64(-1);
        QTest::newRow("before 2015") << u"00000000000000000000000000"_s << qint64(-1);
        QTest::newRow("over 48 bits") << u"ZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s << qint64(-1);
    }

    void ulid()
    {
        QFETCH(QString, id);
        QFETCH(qint64, milliseconds);
        const QDateTime time = core::ulidTime(id);
        if (milliseconds < 0)
            QVERIFY(!time.isValid());
        else
            QCOMPARE(time.toMSecsSinceEpoch(), milliseconds);
    }

    void createdAtWins()
    {
        const api::MachineVersion version(
            QJsonObject {{u"version"_s, u"01ARZ3NDEKTSV4RRFFQ69G5FAV"_s},
                {u"created_at"_s, u"2026-05-01T12:00:00Z"_s}});
        QCOMPARE(
            core::versionTime(version).toUTC().toString(Qt::ISODate), u"2026-05-01T12:00:00Z"_s);
        QVERIFY(!core::versionTime(api::MachineVersion(QJsonObject {{u"version"_s, u"7"_s}}))
                     .isValid());
    }
};

QTEST_GUILESS_MAIN(TestVersionTime)
#include "tst_versiontime.moc"
