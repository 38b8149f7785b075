#include "apiharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace hangar::tests;

namespace {
const QString kApp = QStringLiteral("app");
}

class TestApiClientVolumes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void volumeLifecycle()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        ApiClient &client = harness.client();
        CreateVolumeRequest request;
        request.name = QStringLiteral("data");
        request.region = QStringLiteral("ams");
        request.sizeGb = 2;
        const auto created = await(client.createVolume(kApp, request));
        QVERIFY2(created.ok(), qPrintable(created.error().message()));
        QCOMPARE(created->sizeGb(), 2);
        QCOMPARE(created->region(), QStringLiteral("ams"));
        QVERIFY(created->attachedMachineId().isEmpty());
        QVERIFY(created->createdAt().isValid());
        const QString id = created->id();

        QCOMPARE(await(client.listVolumes(kApp))->size(), 1);
        QCOMPARE(await(client.getVolume(kApp, id))->name(), QStringLiteral("data"));
        const auto updated = await(client.updateVolume(kApp, id, 14, false));
        QCOMPARE(updated->snapshotRetention(), 14);
        QCOMPARE(updated->autoBackupEnabled(), false);

        const auto shrink = await(client.extendVolume(kApp, id, 1));
        QCOMPARE(shrink.error().httpStatus(), 400);
        QVERIFY(!shrink.error().message().isEmpty());
        const auto extended = await(client.extendVolume(kApp, id, 5));
        QVERIFY(extended.ok());
        QCOMPARE(extended->volume.sizeGb(), 5);
        QCOMPARE(extended->needsRestart, false);

        QVERIFY(await(client.createSnapshot(kApp, id)).ok());
        const auto snapshots = await(client.listSnapshots(kApp, id));
        QCOMPARE(snapshots->size(), 1);
        QVERIFY(snapshots->first().id().startsWith(QLatin1String("vs_")));
        QVERIFY(snapshots->first().createdAt().isValid());

        CreateVolumeRequest restore;
        restore.name = QStringLiteral("restored");
        restore.region = QStringLiteral("ams");
        restore.snapshotId = snapshots->first().id();
        QVERIFY(await(client.createVolume(kApp, restore)).ok());

        const auto destroyed = await(client.destroyVolume(kApp, id));
        QVERIFY(destroyed.ok());
        QCOMPARE(destroyed->state(), QStringLiteral("destroyed"));
        QCOMPARE(await(client.listVolumes(kApp))->size(), 1);
    }

    void attachedVolumeRules()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        ApiClient &client = harness.client();
        CreateVolumeRequest request;
        request.name = QStringLiteral("data");
        request.region = QStringLiteral("lhr");
        request.sizeGb = 1;
        const QString volume = await(client.createVolume(kApp, request))->id();
        MachineConfig config;
        config.setImage(QStringLiteral("nginx"));
        MountConfig mount;
        mount.setVolume(volume);
        mount.setPath(QStringLiteral("/data"));
        config.setMounts({mount});
        CreateMachineRequest machine;
        machine.config = config;
        QVERIFY(await(client.createMachine(kApp, machine)).ok());
        const auto second = await(client.createMachine(kApp, machine));
        QCOMPARE(second.error().reason(), ApiError::Reason::VolumeInUse);
        QVERIFY(second.error().message().contains(QLatin1String("one machine at a time")));
        const auto inUse = await(client.destroyVolume(kApp, volume));
        QCOMPARE(inUse.error().httpStatus(), 412);
    }
};

QTEST_GUILESS_MAIN(TestApiClientVolumes)
#include "tst_apiclient_volumes.moc"
