#include "sim/world/idgenerator.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestIdGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shapesMatchTheLiveApi()
    {
        IdGenerator ids(1);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{14}$")).match(ids.machineId()).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^vol_[a-z0-9]{16}$"))
                    .match(ids.volumeId())
                    .hasMatch());
        QVERIFY(ids.snapshotId().startsWith(QLatin1String("vs_")));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{26}$"))
                    .match(ids.ulid(1767225600000))
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$"))
                    .match(ids.leaseNonce())
                    .hasMatch());
        QVERIFY(ids.privateIp(0x2a3).startsWith(QLatin1String("fdaa:0:2a3:")));
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z]+-[a-z]+-\\d{4}$"))
                    .match(ids.machineName())
                    .hasMatch());
    }

    void ulidsSortByTimeEvenWithinOneMillisecond()
    {
        IdGenerator ids(2);
        QString previous = ids.ulid(1000);
        for (int i = 0; i < 1000; ++i) {
            const QString next = ids.ulid(1000 + i / 100);
            QVERIFY2(previous < next, qPrintable(previous + QLatin1String(" >= ") + next));
            previous = next;
        }
    }

    void seedsAreReproducible()
    {
        IdGenerator first(42);
        IdGenerator second(42);
        QCOMPARE(first.machineId(), second.machineId());
        QCOMPARE(first.volumeId(), second.volumeId());
    }
};

QTEST_GUILESS_MAIN(TestIdGenerator)
#include "tst_idgenerator.moc"
