#include "apiharness.h"
#include "sim/server/simserver.h"
#include "sim/state/fleetbuilder.h"
#include "sim/world/simworld.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace hangar::tests;

namespace {

const QString kApp = QStringLiteral("app");

MachineConfig nginx()
{
    MachineConfig config;
    config.setImage(QStringLiteral("nginx:latest"));
    return config;
}

QString createStarted(ApiHarness &harness, const MachineConfig &config = nginx())
{
    CreateMachineRequest request;
    request.config = config;
    const auto created = await(harness.client().createMachine(kApp, request));
    if (!created.ok())
        qFatal("create failed: %s", qPrintable(created.error().message()));
    WaitOptions wait;
    wait.states = {QStringLiteral("started")};
    wait.timeoutSecs = 20;
    const auto waited = await(harness.client().waitForState(kApp, created->id(), wait));
    if (!waited.ok())
        qFatal("wait failed: %s", qPrintable(waited.error().message()));
    return created->id();
}

} // namespace

class TestApiClientMachines : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createGetListDestroy()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        ApiClient &client = harness.client();
        const QString id = createStarted(harness);
        const auto machine = await(client.getMachine(kApp, id));
        QVERIFY(machine.ok());
        QCOMPARE(machine->state(), QStringLiteral("started"));
        QCOMPARE(machine->imageRef().repository(), QStringLiteral("library/nginx"));
        QVERIFY(machine->createdAt().isValid());
        QVERIFY(!machine->events().isEmpty());
        QVERIFY(machine->events().first().timestamp().isValid());

        ListMachinesOptions options;
        options.states = {QStringLiteral("started")};
        QCOMPARE(await(client.listMachines(kApp, options))->size(), 1);
        options.states = {QStringLiteral("stopped")};
        QCOMPARE(await(client.listMachines(kApp, options))->size(), 0);

        const auto refused = await(client.destroyMachine(kApp, id));
        QCOMPARE(refused.error().httpStatus(), 412);
        QVERIFY(await(client.destroyMachine(kApp, id, true)).ok());
        WaitOptions wait;
        wait.states = {QStringLiteral("destroyed")};
        QVERIFY(await(client.waitForState(kApp, id, wait)).ok());
        QCOMPARE(await(client.listMachines(kApp))->size(), 0);
        QCOMPARE(await(client.getMachine(kApp, QStringLiteral("ffffffffffffff"))).error().reason(),
            ApiError::Reason::NotFound);
    }

    void unknownFieldsSurviveAnUpdate()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        ApiClient &client = harness.client();
        // A config as a newer server might send it: fields Hangar has never heard of, nested too.
        const QJsonObject original = QJsonDocument::fromJson(R"({
            "image": "nginx:latest",
            "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256, "x_hangar_test_guest": 7},
            "x_hangar_test_top": {"deep": [1, {"deeper": true}], "nothing": null},
            "services": [{"protocol": "tcp", "internal_port": 80, "x_hangar_test_service": "kept",
                          "ports": [{"port": 443, "handlers": ["tls", "http"],
                                     "http_options": {"h2_backend": true}}]}],
            "env": {"A": "1"},
            "metadata": {"team": "infra"}
        })")
                                         .object();
        const QString id = createStarted(harness, MachineConfig(original));
        const auto before = await(client.getMachine(kApp, id));
        MachineConfig edited = before->config();
        edited.setEnvVariable(QStringLiteral("B"), QStringLiteral("2"));
        UpdateMachineRequest request;
        request.config = edited;
        request.currentVersion = before->version();
        const auto updated = await(client.updateMachine(kApp, id, request));
        QVERIFY2(updated.ok(), qPrintable(updated.error().message()));

        const auto after = await(client.getMachine(kApp, id));
        QJsonObject expected = before->config().json();
        QJsonObject env = expected.value(QLatin1String("env")).toObject();
        env.insert(QLatin1String("B"), QStringLiteral("2"));
        expected.insert(QLatin1String("env"), env);
        QCOMPARE(after->config().json(), expected);
        QCOMPARE(after->config().json().value(QLatin1String("x_hangar_test_top")),
            original.value(QLatin1String("x_hangar_test_top")));
    }

    void aStaleVersionIsAConflict()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const QString id = createStarted(harness);
        const auto machine = await(harness.client().getMachine(kApp, id));
        UpdateMachineRequest request;
        request.config = machine->config();
        request.currentVersion = QStringLiteral("01AAAAAAAAAAAAAAAAAAAAAAAA");
        const auto conflict = await(harness.client().updateMachine(kApp, id, request));
        QCOMPARE(conflict.error().reason(), ApiError::Reason::VersionConflict);
    }

    void listFollowsTheHeaderCursorOverManyMachines()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        hangar::sim::FleetBuilder builder(harness.server().world());
        QJsonObject config {{QLatin1String("image"), QStringLiteral("nginx")}};
        for (int i = 0; i < 1200; ++i)
            builder.machine(kApp, QStringLiteral("m%1").arg(i), QStringLiteral("iad"), config,
                QStringLiteral("stopped"), 1);
        ListMachinesOptions options;
        options.summary = true;
        options.pageSize = 250;
        const auto machines = await(harness.client().listMachines(kApp, options));
        QVERIFY(machines.ok());
        QCOMPARE(machines->size(), 1200);
        QSet<QString> ids;
        for (const Machine &machine : machines.value())
            ids.insert(machine.id());
        QCOMPARE(ids.size(), 1200);
    }

    void actionsEventsProcessesAndVersions()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        ApiClient &client = harness.client();
        const QString id = createStarted(harness);
        QVERIFY(await(client.cordonMachine(kApp, id, true)).ok());
        QVERIFY(await(client.getMachine(kApp, id))->cordoned());
        QVERIFY(await(client.cordonMachine(kApp, id, false)).ok());
        const auto processes = await(client.machineProcesses(kApp, id));
        QVERIFY(processes.ok());
        QCOMPARE(processes->first().pid(), 1);
        QVERIFY(await(client.signalMachine(kApp, id, QStringLiteral("SIGUSR1"))).ok());
        StopOptions stop;
        stop.signal = QStringLiteral("SIGTERM");
        stop.timeoutMs = 5000;
        QVERIFY(await(client.stopMachine(kApp, id, stop)).ok());
        WaitOptions wait;
        wait.states = {QStringLiteral("stopped")};
        QVERIFY(await(client.waitForState(kApp, id, wait)).ok());
        const auto previous = await(client.startMachine(kApp, id));
        QCOMPARE(previous.value(), QStringLiteral("stopped"));
        wait.states = {QStringLiteral("started")};
        QVERIFY(await(client.waitForState(kApp, id, wait)).ok());
        QVERIFY(await(client.restartMachine(kApp, id)).ok());
        QVERIFY(await(client.waitForState(kApp, id, wait)).ok());
        QVERIFY(await(client.suspendMachine(kApp, id)).ok());
        const auto events = await(client.machineEvents(kApp, id, 50));
        QVERIFY(events.ok());
        QVERIFY(events->size() >= 6);
        QVERIFY(events->first().timestamp() >= events->last().timestamp());
        const auto versions = await(client.machineVersions(kApp, id));
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->first().userConfig().image(), QStringLiteral("nginx:latest"));
    }

    void waitTimesOutWith408AndIsNotRetried()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const QString id = createStarted(harness);
        WaitOptions wait;
        wait.states = {QStringLiteral("stopped")};
        wait.timeoutSecs = 1;
        const auto result = await(harness.client().waitForState(kApp, id, wait));
        QCOMPARE(result.error().httpStatus(), 408);
        QCOMPARE(result.error().reason(), ApiError::Reason::WaitTimedOut);
    }

    void leasesAndNonces()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        ApiClient &client = harness.client();
        const QString id = createStarted(harness);
        const auto lease = await(client.acquireLease(kApp, id, 30, QStringLiteral("test")));
        QVERIFY(lease.ok());
        QCOMPARE(lease->nonce().size(), 12);
        QVERIFY(lease->expiresAt() > QDateTime::currentDateTimeUtc());
        const auto held = await(client.acquireLease(kApp, id, 30));
        QCOMPARE(held.error().reason(), ApiError::Reason::LeaseHeld);
        QCOMPARE(await(client.cordonMachine(kApp, id, true)).error().reason(),
            ApiError::Reason::LeaseHeld);
        QVERIFY(await(client.cordonMachine(kApp, id, true, lease->nonce())).ok());
        QCOMPARE(await(client.getLease(kApp, id))->nonce(), lease->nonce());
        QVERIFY(await(client.releaseLease(kApp, id, lease->nonce())).ok());
        QCOMPARE(await(client.getLease(kApp, id)).error().httpStatus(), 404);
    }

    void metadata()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        ApiClient &client = harness.client();
        const QString id = createStarted(harness);
        QVERIFY(await(client.setMetadata(kApp, id, QStringLiteral("team"), QStringLiteral("infra")))
                    .ok());
        QCOMPARE(await(client.metadataValue(kApp, id, QStringLiteral("team"))).value(),
            QStringLiteral("infra"));
        QVERIFY(await(client.patchMetadata(kApp, id,
                          {{QStringLiteral("team"), std::nullopt},
                              {QStringLiteral("tier"), QStringLiteral("gold")}}))
                    .ok());
        const auto all = await(client.metadata(kApp, id));
        QCOMPARE(all.value(),
            (QMap<QString, QString> {{QStringLiteral("tier"), QStringLiteral("gold")}}));
        QVERIFY(await(client.deleteMetadata(kApp, id, QStringLiteral("tier"))).ok());
        const auto stale =
            await(client.patchMetadata(kApp, id, {{QStringLiteral("x"), QStringLiteral("y")}},
                QStringLiteral("01OLDOLDOLDOLDOLDOLDOLDOLD")));
        QCOMPARE(stale.error().httpStatus(), 412);
        QCOMPARE(stale.error().reason(), ApiError::Reason::StaleVersion);
    }

    void execWithStdin()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const QString id = createStarted(harness);
        ExecRequest write;
        write.command = {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("base64 -d > \"$1\" && sha256sum \"$1\""), QStringLiteral("hangar"),
            QStringLiteral("/tmp/hello")};
        write.stdinData = QByteArray("hello\n").toBase64();
        const auto result = await(harness.client().exec(kApp, id, write));
        QVERIFY(result.ok());
        QCOMPARE(result->exitCode(), 0);
        QVERIFY(result->standardOutput().startsWith(
            QLatin1String("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03")));
        ExecRequest missing;
        missing.command = {QStringLiteral("cat"), QStringLiteral("/nope")};
        const auto failed = await(harness.client().exec(kApp, id, missing));
        QVERIFY(failed.ok()); // the API answers 200; the command's failure is in exit_code
        QCOMPARE(failed->exitCode(), 1);
        QVERIFY(failed->standardError().contains(QLatin1String("No such file")));
    }
};

QTEST_GUILESS_MAIN(TestApiClientMachines)
#include "tst_apiclient_machines.moc"
