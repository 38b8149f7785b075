#include "sim/world/simworld.h"
#include "simharness.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {
const QString kApp = QStringLiteral("app");
QString volumePath(const QString &id, const QString &suffix = {})
{
    return QStringLiteral("/apps/app/volumes/") + id + suffix;
}
QJsonObject volumeBody(const QString &name, const QString &region, int size)
{
    return {{QLatin1String("name"), name}, {QLatin1String("region"), region},
        {QLatin1String("size_gb"), size}};
}
bool waitForVolumeState(SimHarness &sim, const QString &id, const QString &state)
{
    for (int i = 0; i < 2000; ++i) {
        if (sim.get(volumePath(id)).object().value(QLatin1String("state")).toString() == state)
            return true;
        QTest::qWait(5);
    }
    return false;
}
} // namespace

class TestSimVolumes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createGetList()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const SimReply created = sim.post(QStringLiteral("/apps/app/volumes"),
            volumeBody(QStringLiteral("nginx_data"), QStringLiteral("lhr"), 1));
        QCOMPARE(created.status, 200);
        const QJsonObject volume = created.object();
        const QString id = volume.value(QLatin1String("id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^vol_[a-z0-9]{16}$")).match(id).hasMatch());
        QCOMPARE(volume.value(QLatin1String("state")).toString(), QStringLiteral("creating"));
        QCOMPARE(volume.value(QLatin1String("size_gb")).toInt(), 1);
        QCOMPARE(volume.value(QLatin1String("region")).toString(), QStringLiteral("lhr"));
        QCOMPARE(volume.value(QLatin1String("zone")).toString().size(), 4);
        QCOMPARE(volume.value(QLatin1String("encrypted")).toBool(), true);
        QCOMPARE(volume.value(QLatin1String("fstype")).toString(), QStringLiteral("ext4"));
        QVERIFY(volume.value(QLatin1String("attached_machine_id")).isNull());
        QCOMPARE(qint64(volume.value(QLatin1String("bytes_total")).toDouble()), qint64(1) << 30);
        QVERIFY(QRegularExpression(QStringLiteral("\\.\\d{3}Z$"))
                    .match(volume.value(QLatin1String("created_at")).toString())
                    .hasMatch());
        QVERIFY(waitForVolumeState(sim, id, QStringLiteral("created")));
        QCOMPARE(sim.get(QStringLiteral("/apps/app/volumes")).array().size(), 1);
        QCOMPARE(sim.get(volumePath(QStringLiteral("vol_doesnotexist00"))).status, 404);
    }

    void defaultsAndValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("default size 3")
            << QJsonObject {{QLatin1String("name"), QStringLiteral("d")}} << 200;
        QTest::newRow("no name") << QJsonObject {{QLatin1String("size_gb"), 1}} << 400;
        QTest::newRow("bad name") << QJsonObject {{QLatin1String("name"),
            QStringLiteral("Has-Dash")}}
                                  << 400;
        QTest::newRow("zero size")
            << volumeBody(QStringLiteral("d"), QStringLiteral("lhr"), 0) << 400;
        QTest::newRow("too big") << volumeBody(QStringLiteral("d"), QStringLiteral("lhr"), 501)
                                 << 400;
        QTest::newRow("max size") << volumeBody(QStringLiteral("d"), QStringLiteral("lhr"), 500)
                                  << 200;
        QTest::newRow("bad region")
            << volumeBody(QStringLiteral("d"), QStringLiteral("zzz"), 1) << 400;
        QTest::newRow("bad fstype") << QJsonObject {{QLatin1String("name"), QStringLiteral("d")},
            {QLatin1String("fstype"), QStringLiteral("zfs")}}
                                    << 400;
        QTest::newRow("bad retention") << QJsonObject {{QLatin1String("name"), QStringLiteral("d")},
            {QLatin1String("snapshot_retention"), 90}}
                                       << 400;
        QTest::newRow("unknown snapshot")
            << QJsonObject {{QLatin1String("name"), QStringLiteral("d")},
                   {QLatin1String("snapshot_id"), QStringLiteral("vs_none")}}
            << 404;
        QTest::newRow("unknown source")
            << QJsonObject {{QLatin1String("name"), QStringLiteral("d")},
                   {QLatin1String("source_volume_id"), QStringLiteral("vol_none")}}
            << 404;
    }

    void defaultsAndValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        SimHarness sim;
        sim.createApp(kApp);
        const SimReply reply = sim.post(QStringLiteral("/apps/app/volumes"), body);
        QCOMPARE(reply.status, status);
        if (status == 200 && !body.contains(QLatin1String("size_gb")))
            QCOMPARE(reply.object().value(QLatin1String("size_gb")).toInt(), 3);
        if (status != 200)
            QVERIFY(!reply.error().isEmpty());
    }

    void uniqueZonesRunOut()
    {
        SimHarness sim;
        sim.createApp(kApp);
        QStringList zones;
        for (int i = 0; i < 8; ++i) {
            const SimReply reply = sim.post(QStringLiteral("/apps/app/volumes"),
                volumeBody(QStringLiteral("pg"), QStringLiteral("ams"), 1));
            QCOMPARE(reply.status, 200);
            zones.append(reply.object().value(QLatin1String("zone")).toString());
        }
        QCOMPARE(QSet<QString>(zones.begin(), zones.end()).size(), 8);
        const SimReply full = sim.post(QStringLiteral("/apps/app/volumes"),
            volumeBody(QStringLiteral("pg"), QStringLiteral("ams"), 1));
        QCOMPARE(full.status, 422);
        QCOMPARE(full.object().value(QLatin1String("status")).toString(),
            QStringLiteral("volume_placement_capacity"));
        QJsonObject shared = volumeBody(QStringLiteral("pg"), QStringLiteral("ams"), 1);
        shared.insert(QLatin1String("require_unique_zone"), false);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/volumes"), shared).status, 200);
    }

    void extendOnlyGrows()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), 5);
        QCOMPARE(sim.put(volumePath(id, QStringLiteral("/extend")), {{QLatin1String("size_gb"), 5}})
                     .status,
            400);
        QCOMPARE(sim.put(volumePath(id, QStringLiteral("/extend")), {{QLatin1String("size_gb"), 3}})
                     .status,
            400);
        QCOMPARE(
            sim.put(volumePath(id, QStringLiteral("/extend")), {{QLatin1String("size_gb"), 501}})
                .status,
            400);
        QCOMPARE(sim.put(volumePath(id, QStringLiteral("/extend")), {}).status, 400);
        const SimReply extended =
            sim.put(volumePath(id, QStringLiteral("/extend")), {{QLatin1String("size_gb"), 10}});
        QCOMPARE(extended.status, 200);
        QCOMPARE(extended.object()
                     .value(QLatin1String("volume"))
                     .toObject()
                     .value(QLatin1String("size_gb"))
                     .toInt(),
            10);
        QCOMPARE(extended.object().value(QLatin1String("needs_restart")).toBool(), false);
        QVERIFY(waitForVolumeState(sim, id, QStringLiteral("created")));
    }

    void extendingAMountedVolumeNeedsARestart()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), 1);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("mounts"),
            QJsonArray {QJsonObject {
                {QLatin1String("volume"), id}, {QLatin1String("path"), QStringLiteral("/data")}}});
        const QString machine = sim.createMachine(kApp, config);
        QVERIFY(sim.waitForState(kApp, machine, QStringLiteral("started")));
        const SimReply extended =
            sim.put(volumePath(id, QStringLiteral("/extend")), {{QLatin1String("size_gb"), 2}});
        QCOMPARE(extended.object().value(QLatin1String("needs_restart")).toBool(), true);
    }

    void updateOnlyTouchesRetentionAndBackups()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), 1);
        const SimReply updated = sim.put(volumePath(id),
            {{QLatin1String("snapshot_retention"), 14},
                {QLatin1String("auto_backup_enabled"), false}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object().value(QLatin1String("snapshot_retention")).toInt(), 14);
        QCOMPARE(updated.object().value(QLatin1String("auto_backup_enabled")).toBool(), false);
        QCOMPARE(sim.put(volumePath(id), {{QLatin1String("snapshot_retention"), 0}}).status, 400);
        QCOMPARE(
            sim.put(volumePath(id), {{QLatin1String("auto_backup_enabled"), QStringLiteral("yes")}})
                .status,
            400);
    }

    void destroyRefusesAnAttachedVolume()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), 1);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("mounts"),
            QJsonArray {QJsonObject {
                {QLatin1String("volume"), id}, {QLatin1String("path"), QStringLiteral("/data")}}});
        const QString machine =
            sim.createMachine(kApp, config, {}, {{QLatin1String("skip_launch"), true}});
        const SimReply refused = sim.del(volumePath(id));
        QCOMPARE(refused.status, 412);
        QVERIFY(refused.error().contains(machine));
        QCOMPARE(sim.del(QStringLiteral("/apps/app/machines/") + machine).status, 200);
        const SimReply deleted = sim.del(volumePath(id));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(
            deleted.object().value(QLatin1String("state")).toString(), QStringLiteral("destroyed"));
        QCOMPARE(sim.get(volumePath(id)).status, 404);
        QCOMPARE(sim.get(QStringLiteral("/apps/app/volumes")).array().size(), 0);
    }

    void snapshotsRestoreAndFork()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), 2);
        SimVolume *volume = sim.world().findVolume(kApp, id);
        volume->files->writeFile(QStringLiteral("/hello.txt"), "hello\n");
        const SimReply taken = sim.post(volumePath(id, QStringLiteral("/snapshots")));
        QCOMPARE(taken.status, 200);
        QVERIFY(taken.object().contains(QLatin1String("Msg")));
        const QJsonArray snapshots = sim.get(volumePath(id, QStringLiteral("/snapshots"))).array();
        QCOMPARE(snapshots.size(), 1);
        const QJsonObject snapshot = snapshots.first().toObject();
        QVERIFY(snapshot.value(QLatin1String("id")).toString().startsWith(QLatin1String("vs_")));
        QCOMPARE(snapshot.value(QLatin1String("size")).toInt(), 6);
        QVERIFY(snapshot.value(QLatin1String("created_at"))
                    .toString()
                    .endsWith(QLatin1String("+00:00")));

        // Later writes do not change the snapshot.
        volume->files->writeFile(QStringLiteral("/hello.txt"), "changed\n");
        QJsonObject restore = volumeBody(QStringLiteral("restored"), QStringLiteral("lhr"), 1);
        restore.insert(QLatin1String("snapshot_id"), snapshot.value(QLatin1String("id")));
        QCOMPARE(sim.post(QStringLiteral("/apps/app/volumes"), restore).status,
            400); // smaller than the source
        restore.remove(QLatin1String("size_gb"));
        const SimReply restored = sim.post(QStringLiteral("/apps/app/volumes"), restore);
        QCOMPARE(restored.status, 200);
        QCOMPARE(restored.object().value(QLatin1String("state")).toString(),
            QStringLiteral("restoring"));
        QCOMPARE(restored.object().value(QLatin1String("size_gb")).toInt(), 2);
        const QString restoredId = restored.object().value(QLatin1String("id")).toString();
        QByteArray contents;
        sim.world()
            .findVolume(kApp, restoredId)
            ->files->readFile(QStringLiteral("/hello.txt"), &contents);
        QCOMPARE(contents, QByteArray("hello\n"));
        QVERIFY(waitForVolumeState(sim, restoredId, QStringLiteral("created")));

        const SimReply forked = sim.post(QStringLiteral("/apps/app/volumes"),
            {{QLatin1String("name"), QStringLiteral("forked")},
                {QLatin1String("region"), QStringLiteral("ams")},
                {QLatin1String("source_volume_id"), id}});
        QCOMPARE(forked.status, 200);
        QCOMPARE(
            forked.object().value(QLatin1String("state")).toString(), QStringLiteral("hydrating"));
        QCOMPARE(forked.object().value(QLatin1String("region")).toString(), QStringLiteral("ams"));
        sim.world()
            .findVolume(kApp, forked.object().value(QLatin1String("id")).toString())
            ->files->readFile(QStringLiteral("/hello.txt"), &contents);
        QCOMPARE(contents, QByteArray("changed\n"));
    }

    void paginationUsesTheHeader()
    {
        SimHarness sim;
        sim.createApp(kApp);
        for (int i = 0; i < 5; ++i)
            sim.createVolume(kApp, QStringLiteral("v%1").arg(i), QStringLiteral("lhr"), 1);
        const SimReply first =
            sim.get(QStringLiteral("/apps/app/volumes"), QUrlQuery(QStringLiteral("limit=3")));
        QCOMPARE(first.array().size(), 3);
        QVERIFY(!first.header("fly-next-cursor").isEmpty());
        const SimReply second = sim.get(QStringLiteral("/apps/app/volumes"),
            QUrlQuery(QStringLiteral("limit=3&cursor=")
                + QString::fromLatin1(first.header("fly-next-cursor"))));
        QCOMPARE(second.array().size(), 2);
        QVERIFY(second.header("fly-next-cursor").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimVolumes)
#include "tst_simvolumes.moc"
