#include "api/values/machinerequests.h"
#include "api/values/volumerequests.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

class TestRequests : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void minimalMachineCreateSendsOnlyTheConfig()
    {
        CreateMachineRequest request;
        request.config.setImage(u"nginx:latest"_s);
        QCOMPARE(
            request.toJson(), valuetest::parseObject(R"({"config": {"image": "nginx:latest"}})"));
    }

    void fullMachineCreate()
    {
        CreateMachineRequest request;
        request.config.setImage(u"nginx:latest"_s);
        request.config.setGuest(GuestConfig::fromPreset(u"shared-cpu-1x"_s));
        request.name = u"web-1"_s;
        request.region = u"lhr,eu"_s;
        request.skipLaunch = true;
        request.skipServiceRegistration = true;
        request.skipSecrets = true;
        request.leaseTtlSeconds = 30;
        request.minSecretsVersion = 7;
        QCOMPARE(request.toJson(), valuetest::parseObject(R"({
            "config": {"image": "nginx:latest",
                       "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256}},
            "name": "web-1", "region": "lhr,eu", "skip_launch": true,
            "skip_service_registration": true, "skip_secrets": true, "lease_ttl": 30,
            "min_secrets_version": 7
        })"));
    }

    void machineUpdate()
    {
        const QJsonObject config =
            valuetest::parseObject(R"({"image": "nginx:1", "env": null, "x_unknown": {"a": [1]}})");
        UpdateMachineRequest request;
        request.config = MachineConfig(config);
        QCOMPARE(request.toJson(), (QJsonObject {{u"config"_s, config}}));

        request.currentVersion = u"01HWQ4ZJ8N5X2R7T9V3K6M1P0D"_s;
        request.skipLaunch = true;
        request.leaseTtlSeconds = 0; // set, even though zero
        request.minSecretsVersion = 3;
        const QJsonObject body = request.toJson();
        QCOMPARE(body.value("config"_L1).toObject(), config);
        QCOMPARE(body.value("current_version"_L1).toString(), u"01HWQ4ZJ8N5X2R7T9V3K6M1P0D"_s);
        QCOMPARE(body.value("skip_launch"_L1), QJsonValue(true));
        QCOMPARE(body.value("lease_ttl"_L1), QJsonValue(0));
        QCOMPARE(body.value("min_secrets_version"_L1), QJsonValue(3));
        QVERIFY(!body.contains("skip_secrets"_L1));
        QVERIFY(!body.contains("name"_L1)); // name and region cannot change on update
    }

    void minimalVolumeCreate()
    {
        CreateVolumeRequest request;
        request.name = u"data"_s;
        request.region = u"ams"_s;
        QCOMPARE(request.toJson(), valuetest::parseObject(R"({"name": "data", "region": "ams"})"));
    }

    void fullVolumeCreate()
    {
        CreateVolumeRequest request;
        request.name = u"data"_s;
        request.region = u"ams"_s;
        request.sizeGb = 10;
        request.encrypted = false;
        request.fstype = u"ext4"_s;
        request.requireUniqueZone = false;
        request.uniqueZoneAppWide = true;
        request.snapshotId = u"vs_1"_s;
        request.sourceVolumeId = u"vol_2"_s;
        request.snapshotRetention = 14;
        request.autoBackupEnabled = false;
        request.compute = GuestConfig::fromPreset(u"performance-2x"_s);
        request.computeImage = u"nginx:latest"_s;
        QCOMPARE(request.toJson(), valuetest::parseObject(R"({
            "name": "data", "region": "ams", "size_gb": 10, "encrypted": false, "fstype": "ext4",
            "require_unique_zone": false, "unique_zone_app_wide": true, "snapshot_id": "vs_1",
            "source_volume_id": "vol_2", "snapshot_retention": 14, "auto_backup_enabled": false,
            "compute": {"cpu_kind": "performance", "cpus": 2, "memory_mb": 4096},
            "compute_image": "nginx:latest"
        })"));
    }

    void volumeUpdate()
    {
        UpdateVolumeRequest request;
        QCOMPARE(request.toJson(), QJsonObject());
        request.snapshotRetention = 30;
        QCOMPARE(request.toJson(), valuetest::parseObject(R"({"snapshot_retention": 30})"));
        request.autoBackupEnabled = true;
        QCOMPARE(request.toJson(),
            valuetest::parseObject(R"({"snapshot_retention": 30, "auto_backup_enabled": true})"));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
