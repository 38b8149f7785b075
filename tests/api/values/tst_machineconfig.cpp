#include "api/values/machineconfig.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

// Reading every field of a machine config, in the forms current and older servers send.
class TestMachineConfig : public QObject {
    Q_OBJECT

private:
    QJsonObject m_original; // config of machine-full.json
    QJsonObject m_legacy; // incomplete_config of machine-legacy.json

    MachineConfig full() const { return MachineConfig(m_original); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_original = valuetest::loadObject(u"machine-full.json"_s).value("config"_L1).toObject();
        m_legacy = valuetest::loadObject(u"machine-legacy.json"_s)
                       .value("incomplete_config"_L1)
                       .toObject();
        QVERIFY(!m_original.isEmpty());
        QVERIFY(!m_legacy.isEmpty());
    }

    void readsTopLevelFields()
    {
        const MachineConfig config = full();
        QCOMPARE(config.image(), u"registry.fly.io/hangar-demo:deployment-01HWQ4ZJ"_s);
        QVERIFY(config.size().isEmpty());
        const QMap<QString, QString> env {
            {u"PRIMARY_REGION"_s, u"ams"_s}, {u"LOG_LEVEL"_s, u"info"_s}};
        QCOMPARE(config.env(), env);
        QCOMPARE(config.metadata().size(), 5);
        QCOMPARE(config.metadata().value(u"fly_process_group"_s), u"app"_s);
        QCOMPARE(config.metadata().value(u"fly_release_version"_s), u"42"_s);
        QCOMPARE(config.autoDestroy(), false);
        QCOMPARE(config.schedule(), u"daily"_s);
        QVERIFY(config.standbys().isEmpty()); // null on the wire
        QVERIFY(config.contains("standbys"_L1));
        QCOMPARE(config.disableMachineAutostart(), false);
    }

    void readsGuest()
    {
        const GuestConfig guest = full().guest();
        QCOMPARE(guest.cpuKind(), u"shared"_s);
        QCOMPARE(guest.cpus(), 2);
        QCOMPARE(guest.memoryMb(), 512);
        QVERIFY(guest.gpuKind().isEmpty()); // null
        QCOMPARE(guest.gpus(), 0);
        QCOMPARE(guest.maxMemoryMb(), 0);
        QCOMPARE(guest.hostDedicationId(), u"hd_7k2m"_s);
        QVERIFY(guest.kernelArgs().isEmpty());
        QCOMPARE(guest.requiredHostFeatures(), QStringList {u"suspend"_s});
        QVERIFY(guest.persistRootfs().isEmpty());
        QCOMPARE(guest.presetName(), u"shared-cpu-2x"_s);
    }

    void readsInit()
    {
        const InitConfig init = full().init();
        QVERIFY(init.exec().isEmpty());
        QVERIFY(init.entrypoint().isEmpty());
        QCOMPARE(init.cmd(), (QStringList {u"bundle"_s, u"exec"_s, u"puma"_s}));
        QCOMPARE(init.tty(), false);
        QCOMPARE(init.swapSizeMb(), 512);
        QCOMPARE(init.kernelArgs(), QStringList {u"quiet"_s});
    }

    void readsServicesAndPorts()
    {
        const QList<ServiceConfig> services = full().services();
        QCOMPARE(services.size(), 2);
        const ServiceConfig web = services.at(0);
        QCOMPARE(web.protocol(), u"tcp"_s);
        QCOMPARE(web.internalPort(), 8080);
        QCOMPARE(web.autostart(), true);
        QCOMPARE(web.autostop(), Autostop::Suspend);
        QCOMPARE(web.minMachinesRunning(), 1);
        QVERIFY(web.forceInstanceKey().isEmpty());
        QCOMPARE(web.forceInstanceDescription(), u"pinned for debugging"_s);
        QCOMPARE(web.concurrency().type(), u"requests"_s);
        QCOMPARE(web.concurrency().softLimit(), 20);
        QCOMPARE(web.concurrency().hardLimit(), 25);

        const QList<PortConfig> ports = web.ports();
        QCOMPARE(ports.size(), 3);
        QCOMPARE(ports.at(0).port(), 80);
        QCOMPARE(ports.at(0).handlers(), QStringList {u"http"_s});
        QCOMPARE(ports.at(0).forceHttps(), true);
        QVERIFY(!ports.at(0).isRange());
        QCOMPARE(ports.at(1).port(), 443);
        QCOMPARE(ports.at(1).handlers(), (QStringList {u"tls"_s, u"http"_s}));
        QCOMPARE(ports.at(1).forceHttps(), false);
        QVERIFY(ports.at(2).isRange());
        QCOMPARE(ports.at(2).startPort(), 10000);
        QCOMPARE(ports.at(2).endPort(), 10010);
        QCOMPARE(ports.at(2).proxyProtoOptions().version(), u"v2"_s);

        const ServiceConfig dns = services.at(1);
        QCOMPARE(dns.protocol(), u"udp"_s);
        QCOMPARE(dns.autostart(), false);
        QCOMPARE(dns.autostop(), Autostop::Off);
        QCOMPARE(dns.ports().at(0).port(), 53);
        QVERIFY(dns.checks().isEmpty());
        QVERIFY(dns.concurrency().isNull());
    }

    void readsHttpAndTlsOptions()
    {
        const QList<PortConfig> ports = full().services().at(0).ports();
        const HttpOptions http = ports.at(0).httpOptions();
        QCOMPARE(http.compress(), true);
        QCOMPARE(http.h2Backend(), false);
        QCOMPARE(http.idleTimeoutSeconds(), 60);
        QCOMPARE(http.headersReadTimeoutSeconds(), 0);
        QCOMPARE(http.response().pristine(), false);
        QCOMPARE(http.response().headers().value("X-Served-By"_L1).toString(), u"hangar"_s);
        QCOMPARE(http.response().headers().value("X-Multi"_L1).toArray().size(), 2);
        const QList<ReplayCache> replay = http.replayCache();
        QCOMPARE(replay.size(), 1);
        QCOMPARE(replay.at(0).name(), u"session"_s);
        QCOMPARE(replay.at(0).type(), u"cookie"_s);
        QCOMPARE(replay.at(0).pathPrefix(), u"/"_s);
        QCOMPARE(replay.at(0).ttlSeconds(), 300);
        QCOMPARE(replay.at(0).allowBypass(), true);

        const TlsOptions tls = ports.at(1).tlsOptions();
        QCOMPARE(tls.alpn(), (QStringList {u"h2"_s, u"http/1.1"_s}));
        QCOMPARE(tls.versions(), (QStringList {u"TLSv1.2"_s, u"TLSv1.3"_s}));
        QCOMPARE(tls.defaultSelfSigned(), false);
        QCOMPARE(ports.at(1).httpOptions().h2Backend(), true);
        QCOMPARE(ports.at(1).httpOptions().headersReadTimeoutSeconds(), 10);
    }

    void readsServiceChecks()
    {
        const QList<CheckConfig> checks = full().services().at(0).checks();
        QCOMPARE(checks.size(), 1);
        const CheckConfig check = checks.at(0);
        QCOMPARE(check.type(), u"http"_s);
        QCOMPARE(check.port(), 8080);
        QCOMPARE(check.intervalMs(), 15000);
        QCOMPARE(check.timeoutMs(), 2000);
        QCOMPARE(check.gracePeriodMs(), 5000);
        QCOMPARE(check.method(), u"GET"_s);
        QCOMPARE(check.path(), u"/healthz"_s);
        QCOMPARE(check.protocol(), u"http"_s);
        QCOMPARE(check.tlsSkipVerify(), false);
        QCOMPARE(check.headers().size(), 1);
        QCOMPARE(check.headers().at(0).name(), u"Host"_s);
        QCOMPARE(check.headers().at(0).values(), QStringList {u"example.com"_s});
    }

    void readsNamedChecks()
    {
        const QMap<QString, CheckConfig> checks = full().checks();
        QCOMPARE(checks.keys(), (QStringList {u"alive"_s, u"ready"_s}));
        const CheckConfig alive = checks.value(u"alive"_s);
        QCOMPARE(alive.type(), u"tcp"_s);
        QCOMPARE(alive.intervalMs(), 30000);
        QCOMPARE(alive.kind(), u"informational"_s);
        const CheckConfig ready = checks.value(u"ready"_s);
        QCOMPARE(ready.intervalMs(), 90000);
        QCOMPARE(ready.timeoutMs(), 500);
        QCOMPARE(ready.gracePeriodMs(), 10000);
        QCOMPARE(ready.protocol(), u"https"_s);
        QCOMPARE(ready.tlsServerName(), u"app.internal"_s);
        QCOMPARE(ready.tlsSkipVerify(), true);
        QCOMPARE(ready.kind(), u"readiness"_s);
        QCOMPARE(ready.headers().at(0).values(), QStringList {u"Bearer x"_s});
    }

    void readsMountsAndFiles()
    {
        const QList<MountConfig> mounts = full().mounts();
        QCOMPARE(mounts.size(), 1);
        const MountConfig mount = mounts.at(0);
        QCOMPARE(mount.volume(), u"vol_4y5k8m2p9q1r3s6t"_s);
        QCOMPARE(mount.path(), u"/data"_s);
        QCOMPARE(mount.name(), u"data"_s);
        QCOMPARE(mount.encrypted(), true);
        QCOMPARE(mount.sizeGb(), 10);
        QCOMPARE(mount.extendThresholdPercent(), 80);
        QCOMPARE(mount.addSizeGb(), 5);
        QCOMPARE(mount.addSizePercent(), 0);
        QCOMPARE(mount.minAddSizeGb(), 1);
        QCOMPARE(mount.sizeGbLimit(), 100);

        const QList<FileConfig> files = full().files();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).guestPath(), u"/etc/app/config.json"_s);
        QCOMPARE(files.at(0).rawValue(), u"eyJkZWJ1ZyI6dHJ1ZX0="_s);
        QCOMPARE(files.at(0).content(), QByteArray(R"({"debug":true})"));
        QCOMPARE(files.at(0).mode(), 420);
        QCOMPARE(files.at(1).secretName(), u"TLS_KEY"_s);
        QCOMPARE(files.at(1).mode(), 384);
        QCOMPARE(files.at(2).imageConfig(), u"registry.fly.io/hangar-demo:deployment-01HWQ4ZJ"_s);
        QCOMPARE(files.at(2).mode(), 0);
    }

    void readsRestartStopAndDns()
    {
        const MachineConfig config = full();
        QCOMPARE(config.restart().policy(), u"on-failure"_s);
        QCOMPARE(config.restart().maxRetries(), 10);
        QCOMPARE(config.stopConfig().signal(), u"SIGINT"_s);
        QCOMPARE(config.stopConfig().timeoutMs(), 30000);

        const DnsConfig dns = config.dns();
        QCOMPARE(dns.skipRegistration(), false);
        QCOMPARE(dns.nameservers(), QStringList {u"fdaa::3"_s});
        QCOMPARE(dns.searches(), QStringList {u"internal"_s});
        QCOMPARE(dns.options().size(), 1);
        QCOMPARE(dns.options().at(0).name(), u"ndots"_s);
        QCOMPARE(dns.options().at(0).value(), u"2"_s);
        QCOMPARE(dns.dnsForwardRules().at(0).basename(), u"corp.example"_s);
        QCOMPARE(dns.dnsForwardRules().at(0).addr(), u"10.0.0.53"_s);
        QCOMPARE(dns.hostname(), u"web-1"_s);
        QCOMPARE(dns.hostnameFqdn(), u"web-1.example.internal"_s);
    }

    void readsProcessesAndStatics()
    {
        const QList<ProcessConfig> processes = full().processes();
        QCOMPARE(processes.size(), 1);
        const ProcessConfig worker = processes.at(0);
        QVERIFY(worker.exec().isEmpty());
        QCOMPARE(worker.entrypoint(), (QStringList {u"/bin/sh"_s, u"-c"_s}));
        QCOMPARE(worker.cmd(), QStringList {u"worker --queue default"_s});
        QCOMPARE(worker.user(), u"app"_s);
        QCOMPARE(worker.env().value(u"WORKER"_s), u"1"_s);
        QCOMPARE(worker.envFrom().at(0).envVar(), u"FLY_MACHINE_ID"_s);
        QCOMPARE(worker.envFrom().at(0).fieldRef(), u"id"_s);
        QCOMPARE(worker.secrets().at(0).envVar(), u"DB_URL"_s);
        QCOMPARE(worker.secrets().at(0).name(), u"DATABASE_URL"_s);
        QCOMPARE(worker.ignoreAppSecrets(), true);

        const QList<StaticConfig> statics = full().statics();
        QCOMPARE(statics.size(), 1);
        QCOMPARE(statics.at(0).guestPath(), u"/app/public"_s);
        QCOMPARE(statics.at(0).urlPrefix(), u"/static"_s);
        QCOMPARE(statics.at(0).tigrisBucket(), u"assets"_s);
        QCOMPARE(statics.at(0).indexDocument(), u"index.html"_s);
    }

    void readsContainersAndVolumes()
    {
        const QList<ContainerConfig> containers = full().containers();
        QCOMPARE(containers.size(), 2);
        const ContainerConfig app = containers.at(0);
        QCOMPARE(app.name(), u"app"_s);
        QCOMPARE(app.image(), u"registry.fly.io/hangar-demo:deployment-01HWQ4ZJ"_s);
        QCOMPARE(app.cmd(), QStringList {u"serve"_s});
        QCOMPARE(app.user(), u"app"_s);
        QCOMPARE(app.env().value(u"A"_s), u"1"_s);
        QCOMPARE(app.envFrom().at(0).fieldRef(), u"region"_s);
        QCOMPARE(app.secrets().at(0).name(), u"API_TOKEN"_s);
        QCOMPARE(app.files().at(0).content(), QByteArray("hi"));
        QCOMPARE(app.restart().policy(), u"always"_s);
        QCOMPARE(app.stop().signal(), u"SIGTERM"_s);
        QCOMPARE(app.stop().timeoutMs(), 10000);
        QCOMPARE(app.dependsOn().at(0).name(), u"sidecar"_s);
        QCOMPARE(app.dependsOn().at(0).condition(), u"healthy"_s);
        const ContainerHealthcheck health = app.healthchecks().at(0);
        QCOMPARE(health.name(), u"http"_s);
        QCOMPARE(health.intervalSeconds(), 15);
        QCOMPARE(health.timeoutSeconds(), 2);
        QCOMPARE(health.gracePeriodSeconds(), 5);
        QCOMPARE(health.successThreshold(), 1);
        QCOMPARE(health.failureThreshold(), 3);
        QCOMPARE(health.kind(), u"readiness"_s);
        QCOMPARE(health.unhealthy(), u"stop"_s);
        QCOMPARE(health.http().value("path"_L1).toString(), u"/"_s);
        QVERIFY(health.tcp().isEmpty());
        QVERIFY(health.exec().isEmpty());
        QCOMPARE(app.mounts().at(0).name(), u"scratch"_s);
        QCOMPARE(app.mounts().at(0).path(), u"/scratch"_s);
        QCOMPARE(containers.at(1).exec(), (QStringList {u"nginx"_s, u"-g"_s, u"daemon off;"_s}));
        QVERIFY(containers.at(1).entrypoint().isEmpty());

        const QList<ContainerVolumeConfig> volumes = full().volumes();
        QCOMPARE(volumes.size(), 1);
        QCOMPARE(volumes.at(0).name(), u"scratch"_s);
        QCOMPARE(volumes.at(0).tempDirStorageType(), u"memory"_s);
        QCOMPARE(volumes.at(0).tempDirSizeMb(), 64);
        QVERIFY(volumes.at(0).image().isEmpty());
    }

    void readsRootfsCacheDriveSpotAndMetrics()
    {
        const MachineConfig config = full();
        QCOMPARE(config.rootfs().persist(), u"restart"_s);
        QCOMPARE(config.rootfs().sizeGb(), 8);
        QCOMPARE(config.cacheDrive().sizeMb(), 1024);
        QCOMPARE(config.spot().maxPriceFraction(), 0.5);
        QCOMPARE(config.metrics().port(), 9091);
        QCOMPARE(config.metrics().path(), u"/metrics"_s);
        QCOMPARE(config.metrics().https(), false);
    }

    void readsLegacyForms()
    {
        const MachineConfig config(m_legacy);
        QCOMPARE(config.size(), u"shared-cpu-1x"_s);
        QCOMPARE(config.restart().policy(), QString());
        QVERIFY(config.restart().contains("policy"_L1));
        QCOMPARE(config.stopConfig().timeoutMs(), 10000); // nanoseconds on the wire
        QCOMPARE(config.guest().cpuKind(), QString());
        QCOMPARE(config.guest().presetName(), u"shared-cpu-1x"_s);
        QVERIFY(config.guest().validationError().isEmpty());
        const ServiceConfig service = config.services().at(0);
        QCOMPARE(service.autostop(), Autostop::Stop);
        QCOMPARE(service.checks().at(0).intervalMs(), 15000); // integer nanoseconds
        QCOMPARE(service.checks().at(0).timeoutMs(), 2000); // nanoseconds as a string
        QCOMPARE(service.checks().at(0).gracePeriodMs(), 0); // missing
        QVERIFY(config.init().cmd().isEmpty());
    }

    void autostopReadsEveryWireForm_data()
    {
        QTest::addColumn<QJsonValue>("wire");
        QTest::addColumn<Autostop>("expected");
        QTest::newRow("false") << QJsonValue(false) << Autostop::Off;
        QTest::newRow("true") << QJsonValue(true) << Autostop::Stop;
        QTest::newRow("off") << QJsonValue(u"off"_s) << Autostop::Off;
        QTest::newRow("stop") << QJsonValue(u"stop"_s) << Autostop::Stop;
        QTest::newRow("suspend") << QJsonValue(u"suspend"_s) << Autostop::Suspend;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << Autostop::Off;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << Autostop::Off;
        QTest::newRow("unknown word") << QJsonValue(u"hibernate"_s) << Autostop::Off;
    }

    void autostopReadsEveryWireForm()
    {
        QFETCH(QJsonValue, wire);
        QFETCH(Autostop, expected);
        QJsonObject json {{u"protocol"_s, u"tcp"_s}};
        if (!wire.isUndefined())
            json.insert(u"autostop"_s, wire);
        QCOMPARE(ServiceConfig(json).autostop(), expected);
    }
};

QTEST_GUILESS_MAIN(TestMachineConfig)
#include "tst_machineconfig.moc"
