#include "sim/world/simworld.h"
#include "simharness.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {
const QString kApp = QStringLiteral("app");
QString machinesPath()
{
    return QStringLiteral("/apps/app/machines");
}
QString machinePath(const QString &id)
{
    return machinesPath() + QLatin1Char('/') + id;
}
} // namespace

class TestSimMachines : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createReturnsTheMachineWith200()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const SimReply reply = sim.post(machinesPath(),
            {{QLatin1String("name"), QStringLiteral("my-nginx-server")},
                {QLatin1String("region"), QStringLiteral("lhr")},
                {QLatin1String("config"), SimHarness::nginxConfig()}});
        QCOMPARE(reply.status, 200);
        const QJsonObject machine = reply.object();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{14}$"))
                    .match(machine.value(QLatin1String("id")).toString())
                    .hasMatch());
        QCOMPARE(
            machine.value(QLatin1String("name")).toString(), QStringLiteral("my-nginx-server"));
        QCOMPARE(machine.value(QLatin1String("region")).toString(), QStringLiteral("lhr"));
        QCOMPARE(machine.value(QLatin1String("state")).toString(), QStringLiteral("created"));
        QCOMPARE(machine.value(QLatin1String("version")).toString().size(), 26);
        QCOMPARE(
            machine.value(QLatin1String("instance_id")), machine.value(QLatin1String("version")));
        QVERIFY(machine.value(QLatin1String("private_ip"))
                    .toString()
                    .startsWith(QLatin1String("fdaa:")));
        QVERIFY(machine.value(QLatin1String("created_at")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject image = machine.value(QLatin1String("image_ref")).toObject();
        QCOMPARE(
            image.value(QLatin1String("repository")).toString(), QStringLiteral("library/nginx"));
        QCOMPARE(image.value(QLatin1String("tag")).toString(), QStringLiteral("latest"));
        QVERIFY(
            image.value(QLatin1String("digest")).toString().startsWith(QLatin1String("sha256:")));
        QVERIFY(!machine.contains(QLatin1String("nonce")));
        QVERIFY(sim.waitForState(
            kApp, machine.value(QLatin1String("id")).toString(), QStringLiteral("started")));
    }

    void skipLaunchStaysCreated()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(
            kApp, SimHarness::nginxConfig(), {}, {{QLatin1String("skip_launch"), true}});
        QTest::qWait(100);
        QCOMPARE(sim.machineState(kApp, id), QStringLiteral("created"));
        QCOMPARE(sim.get(machinePath(id)).object().value(QLatin1String("region")).toString(),
            QStringLiteral("iad"));
    }

    void createWithLeaseReturnsTheNonce()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const SimReply reply = sim.post(machinesPath(),
            {{QLatin1String("config"), SimHarness::nginxConfig()},
                {QLatin1String("lease_ttl"), 30}});
        QCOMPARE(reply.status, 200);
        const QString nonce = reply.object().value(QLatin1String("nonce")).toString();
        QCOMPARE(nonce.size(), 12);
        const QString id = reply.object().value(QLatin1String("id")).toString();
        QCOMPARE(sim.post(machinePath(id) + QStringLiteral("/cordon")).status, 409);
        QCOMPARE(sim.send("POST", machinePath(id) + QStringLiteral("/cordon"), {},
                        {{"fly-machine-lease-nonce", nonce.toUtf8()}})
                     .status,
            200);
    }

    void createErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        const QJsonObject nginx = SimHarness::nginxConfig();
        QJsonObject noImage = nginx;
        noImage.remove(QLatin1String("image"));
        QJsonObject badGuest = nginx;
        badGuest.insert(QLatin1String("guest"),
            QJsonObject {{QLatin1String("cpu_kind"), QStringLiteral("shared")},
                {QLatin1String("cpus"), 1}, {QLatin1String("memory_mb"), 4096}});
        QTest::newRow("no config") << QJsonObject {} << 400 << QStringLiteral("config");
        QTest::newRow("no image") << QJsonObject {{QLatin1String("config"), noImage}} << 400
                                  << QStringLiteral("image");
        QTest::newRow("bad guest") << QJsonObject {{QLatin1String("config"), badGuest}} << 400
                                   << QStringLiteral("memory_mb");
        QTest::newRow("bad region") << QJsonObject {{QLatin1String("config"), nginx},
            {QLatin1String("region"), QStringLiteral("xyz")}}
                                    << 400 << QStringLiteral("region");
        QTest::newRow("name taken") << QJsonObject {{QLatin1String("config"), nginx},
            {QLatin1String("name"), QStringLiteral("taken")}}
                                    << 422 << QStringLiteral("taken");
        QTest::newRow("bad lease ttl")
            << QJsonObject {{QLatin1String("config"), nginx}, {QLatin1String("lease_ttl"), -4}}
            << 400 << QStringLiteral("lease_ttl");
    }

    void createErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        SimHarness sim;
        sim.createApp(kApp);
        sim.createMachine(kApp, SimHarness::nginxConfig(), {},
            {{QLatin1String("name"), QStringLiteral("taken")}});
        const SimReply reply = sim.post(machinesPath(), body);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.error().contains(mentions), qPrintable(reply.error()));
        QCOMPARE(sim.post(QStringLiteral("/apps/ghost/machines"),
                        {{QLatin1String("config"), SimHarness::nginxConfig()}})
                     .status,
            404);
    }

    void volumeRulesOnCreate()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString volume =
            sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), 1);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("mounts"),
            QJsonArray {QJsonObject {{QLatin1String("volume"), volume},
                {QLatin1String("path"), QStringLiteral("/data")}}});
        // A mount in another region is refused; without a region the volume's is used.
        SimReply reply = sim.post(machinesPath(),
            {{QLatin1String("config"), config}, {QLatin1String("region"), QStringLiteral("ams")}});
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.error().contains(QLatin1String("lhr")));
        reply = sim.post(machinesPath(), {{QLatin1String("config"), config}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("region")).toString(), QStringLiteral("lhr"));
        const QString first = reply.object().value(QLatin1String("id")).toString();
        QCOMPARE(sim.get(QStringLiteral("/apps/app/volumes/") + volume)
                     .object()
                     .value(QLatin1String("attached_machine_id"))
                     .toString(),
            first);
        // A volume mounts on one machine at a time.
        reply = sim.post(machinesPath(), {{QLatin1String("config"), config}});
        QCOMPARE(reply.status, 412);
        QVERIFY(reply.error().contains(first));
        // Two mounts are refused.
        config.insert(QLatin1String("mounts"),
            QJsonArray {config.value(QLatin1String("mounts")).toArray().first(),
                config.value(QLatin1String("mounts")).toArray().first()});
        QCOMPARE(sim.post(machinesPath(), {{QLatin1String("config"), config}}).status, 400);
        // An unknown volume.
        config.insert(QLatin1String("mounts"),
            QJsonArray {QJsonObject {{QLatin1String("volume"), QStringLiteral("vol_nope")},
                {QLatin1String("path"), QStringLiteral("/data")}}});
        QCOMPARE(sim.post(machinesPath(), {{QLatin1String("config"), config}}).status, 400);
    }

    void getWithVersionsAndLeases()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        const QString firstVersion =
            sim.get(machinePath(id)).object().value(QLatin1String("version")).toString();
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("image"), QStringLiteral("nginx:1.27"));
        QCOMPARE(sim.post(machinePath(id), {{QLatin1String("config"), config}}).status, 200);
        const SimReply versions = sim.get(machinePath(id) + QStringLiteral("/versions"));
        QCOMPARE(versions.status, 200);
        QCOMPARE(versions.array().size(), 2);
        QCOMPARE(versions.array().at(1).toObject().value(QLatin1String("version")).toString(),
            firstVersion);
        QCOMPARE(versions.array()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("user_config"))
                     .toObject()
                     .value(QLatin1String("image"))
                     .toString(),
            QStringLiteral("nginx:1.27"));
        const SimReply old =
            sim.get(machinePath(id), QUrlQuery(QStringLiteral("version=") + firstVersion));
        QCOMPARE(old.object()
                     .value(QLatin1String("config"))
                     .toObject()
                     .value(QLatin1String("image"))
                     .toString(),
            QStringLiteral("nginx:latest"));
        QCOMPARE(sim.get(machinePath(id),
                        QUrlQuery(QStringLiteral("version=01ZZZZZZZZZZZZZZZZZZZZZZZZ")))
                     .status,
            404);
        QCOMPARE(sim.get(machinePath(QStringLiteral("ffffffffffffff"))).status, 404);

        const SimReply lease =
            sim.post(machinePath(id) + QStringLiteral("/lease"), {{QLatin1String("ttl"), 60}});
        QCOMPARE(lease.status, 201);
        QVERIFY(!sim.get(machinePath(id)).object().contains(QLatin1String("lease")));
        const QJsonObject withLease =
            sim.get(machinePath(id), QUrlQuery(QStringLiteral("include_leases=true"))).object();
        QCOMPARE(withLease.value(QLatin1String("lease"))
                     .toObject()
                     .value(QLatin1String("owner"))
                     .toString(),
            QStringLiteral("sandbox@hangar.local"));
    }

    void updateIsLosslessAndVersioned()
    {
        SimHarness sim;
        sim.createApp(kApp);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("x_hangar_test_top"),
            QJsonObject {{QLatin1String("nested"),
                QJsonArray {1, 2, QJsonObject {{QLatin1String("deep"), true}}}}});
        config.insert(QLatin1String("services"),
            QJsonArray {QJsonObject {{QLatin1String("protocol"), QStringLiteral("tcp")},
                {QLatin1String("internal_port"), 80},
                {QLatin1String("x_hangar_test_service_extra"), QStringLiteral("kept")}}});
        const QString id = sim.createMachine(kApp, config);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        QJsonObject current = sim.get(machinePath(id)).object();
        QJsonObject edited = current.value(QLatin1String("config")).toObject();
        QCOMPARE(edited.value(QLatin1String("x_hangar_test_top")),
            config.value(QLatin1String("x_hangar_test_top")));
        edited.insert(
            QLatin1String("env"), QJsonObject {{QLatin1String("MODE"), QStringLiteral("prod")}});
        const SimReply updated = sim.post(machinePath(id),
            {{QLatin1String("config"), edited},
                {QLatin1String("current_version"), current.value(QLatin1String("version"))}});
        QCOMPARE(updated.status, 200);
        QVERIFY(updated.object().value(QLatin1String("version"))
            != current.value(QLatin1String("version")));
        QCOMPARE(
            updated.object().value(QLatin1String("state")).toString(), QStringLiteral("replacing"));
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        const QJsonObject after =
            sim.get(machinePath(id)).object().value(QLatin1String("config")).toObject();
        QCOMPARE(after.value(QLatin1String("x_hangar_test_top")),
            config.value(QLatin1String("x_hangar_test_top")));
        QCOMPARE(after.value(QLatin1String("services"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("x_hangar_test_service_extra"))
                     .toString(),
            QStringLiteral("kept"));
        QCOMPARE(
            after.value(QLatin1String("env")).toObject().value(QLatin1String("MODE")).toString(),
            QStringLiteral("prod"));

        // A stale current_version is a conflict.
        const SimReply stale = sim.post(machinePath(id),
            {{QLatin1String("config"), edited},
                {QLatin1String("current_version"), current.value(QLatin1String("version"))}});
        QCOMPARE(stale.status, 409);
        QVERIFY(stale.error().contains(QLatin1String("changed")));
        // An update replaces the whole config, so it must carry one.
        QCOMPARE(sim.post(machinePath(id), {{QLatin1String("skip_launch"), true}}).status, 400);
    }

    void updateCannotSwapTheVolumeButCanDropIt()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString data =
            sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), 1);
        const QString other =
            sim.createVolume(kApp, QStringLiteral("config"), QStringLiteral("lhr"), 1);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("mounts"),
            QJsonArray {QJsonObject {{QLatin1String("volume"), data},
                {QLatin1String("path"), QStringLiteral("/data")}}});
        const QString id = sim.createMachine(kApp, config);
        config.insert(QLatin1String("mounts"),
            QJsonArray {QJsonObject {{QLatin1String("volume"), other},
                {QLatin1String("path"), QStringLiteral("/etc/nginx")}}});
        const SimReply swapped = sim.post(machinePath(id), {{QLatin1String("config"), config}});
        QCOMPARE(swapped.status, 400);
        QVERIFY(swapped.error().contains(QLatin1String("cannot be changed")));
        config.remove(QLatin1String("mounts"));
        QCOMPARE(sim.post(machinePath(id), {{QLatin1String("config"), config}}).status, 200);
        QVERIFY(sim.get(QStringLiteral("/apps/app/volumes/") + data)
                    .object()
                    .value(QLatin1String("attached_machine_id"))
                    .isNull());
    }

    void updateWithSkipLaunchKeepsAStoppedMachineStopped()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        QCOMPARE(sim.post(machinePath(id) + QStringLiteral("/stop")).status, 200);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("stopped")));
        const SimReply updated = sim.post(machinePath(id),
            {{QLatin1String("config"), SimHarness::nginxConfig()},
                {QLatin1String("skip_launch"), true}});
        QCOMPARE(
            updated.object().value(QLatin1String("state")).toString(), QStringLiteral("stopped"));
        QCOMPARE(sim.post(machinePath(id), {{QLatin1String("config"), SimHarness::nginxConfig()}})
                     .status,
            200);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
    }

    void listFilters()
    {
        SimHarness sim;
        sim.createApp(kApp);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("metadata"),
            QJsonObject {{QLatin1String("role"), QStringLiteral("web")}});
        const QString web = sim.createMachine(kApp, config, QStringLiteral("lhr"));
        config.insert(QLatin1String("metadata"),
            QJsonObject {{QLatin1String("role"), QStringLiteral("worker")}});
        const QString worker = sim.createMachine(
            kApp, config, QStringLiteral("ams"), {{QLatin1String("skip_launch"), true}});
        const QString gone = sim.createMachine(kApp, SimHarness::nginxConfig(),
            QStringLiteral("ams"), {{QLatin1String("skip_launch"), true}});
        QCOMPARE(sim.del(machinePath(gone)).status, 200);
        QVERIFY(sim.waitForState(kApp, web, QStringLiteral("started")));
        QVERIFY(sim.waitForState(kApp, gone, QStringLiteral("destroyed")));

        auto ids = [&](const QString &query) {
            QStringList result;
            for (const QJsonValue &m : sim.get(machinesPath(), QUrlQuery(query)).array())
                result.append(m.toObject().value(QLatin1String("id")).toString());
            result.sort();
            return result;
        };
        QStringList both {web, worker};
        both.sort();
        QCOMPARE(ids(QString()), both);
        QCOMPARE(ids(QStringLiteral("region=lhr")), QStringList {web});
        QCOMPARE(ids(QStringLiteral("state=created")), QStringList {worker});
        QCOMPARE(ids(QStringLiteral("state=created,started")), both);
        QCOMPARE(ids(QStringLiteral("metadata.role=worker")), QStringList {worker});
        QCOMPARE(ids(QStringLiteral("metadata.role=worker&region=lhr")), QStringList());
        QCOMPARE(ids(QStringLiteral("include_deleted=true")).size(), 3);
        QCOMPARE(sim.get(machinesPath(), QUrlQuery(QStringLiteral("state=sleeping"))).status, 400);

        const QJsonObject summary =
            sim.get(machinesPath(), QUrlQuery(QStringLiteral("summary=true")))
                .array()
                .first()
                .toObject();
        QVERIFY(!summary.contains(QLatin1String("config")));
        QVERIFY(!summary.contains(QLatin1String("events")));
        QVERIFY(summary.contains(QLatin1String("state")));
    }

    void paginationOverManyMachinesUsesTheHeader()
    {
        SimHarness sim;
        sim.createApp(kApp);
        SimWorld &world = sim.world();
        for (int i = 0; i < 1100; ++i) {
            auto machine = std::make_unique<SimMachine>();
            machine->id = world.ids().machineId();
            machine->appName = kApp;
            machine->name = QStringLiteral("m%1").arg(i);
            machine->region = QStringLiteral("iad");
            machine->state = QStringLiteral("stopped");
            machine->config = SimHarness::nginxConfig();
            machine->version = world.ids().ulid(world.nowMs());
            world.addMachine(std::move(machine));
        }
        QSet<QString> seen;
        QByteArray cursor;
        int pages = 0;
        do {
            QUrlQuery query(QStringLiteral("limit=250&summary=true"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(cursor));
            const SimReply page = sim.get(machinesPath(), query);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &m : page.array())
                seen.insert(m.toObject().value(QLatin1String("id")).toString());
            cursor = page.header("fly-next-cursor");
            ++pages;
        } while (!cursor.isEmpty());
        QCOMPARE(seen.size(), 1100);
        QCOMPARE(pages, 5);
        QCOMPARE(sim.get(machinesPath()).array().size(), 1100);
        QCOMPARE(sim.get(machinesPath(), QUrlQuery(QStringLiteral("limit=1001"))).status, 400);
    }

    void destroyRules()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString volume =
            sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), 1);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("mounts"),
            QJsonArray {QJsonObject {{QLatin1String("volume"), volume},
                {QLatin1String("path"), QStringLiteral("/data")}}});
        const QString id = sim.createMachine(kApp, config);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        const SimReply refused = sim.del(machinePath(id));
        QCOMPARE(refused.status, 412);
        QVERIFY(refused.error().contains(QLatin1String("force")));
        // flyctl sends kill=true; the docs say force=true. Both work.
        const SimReply killed = sim.del(machinePath(id), QUrlQuery(QStringLiteral("kill=true")));
        QCOMPARE(killed.status, 200);
        QCOMPARE(killed.object().value(QLatin1String("ok")).toBool(), true);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("destroyed")));
        QVERIFY(sim.get(QStringLiteral("/apps/app/volumes/") + volume)
                    .object()
                    .value(QLatin1String("attached_machine_id"))
                    .isNull());
        QCOMPARE(sim.get(machinePath(id)).object().value(QLatin1String("state")).toString(),
            QStringLiteral("destroyed"));
        QCOMPARE(sim.del(machinePath(id)).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSimMachines)
#include "tst_simmachines.moc"
