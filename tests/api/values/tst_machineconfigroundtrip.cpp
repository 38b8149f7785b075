#include "api/values/machineconfig.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace hangar::api;
using namespace Qt::StringLiterals;

using ConfigEdit = std::function<void(MachineConfig &)>;
Q_DECLARE_METATYPE(ConfigEdit)

// Read -> edit one field -> write must give the server's JSON back with only that key changed:
// an update replaces the whole config, so anything dropped here would be deleted on the server.
class TestMachineConfigRoundTrip : public QObject {
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

    void readingNeverChangesTheJson()
    {
        const MachineConfig config = full();
        // Every reader, including ones of null and missing fields.
        (void)config.env();
        (void)config.standbys();
        (void)config.guest().gpuKind();
        (void)config.services().at(0).ports().at(0).httpOptions().response().headers();
        (void)config.checks();
        QCOMPARE(config.json(), m_original);
    }

    void rewritingEverySectionFromItsOwnViewChangesNothing()
    {
        MachineConfig config = full();
        config.setImage(config.image());
        config.setGuest(config.guest());
        config.setEnv(config.env());
        config.setInit(config.init());
        config.setServices(config.services());
        config.setChecks(config.checks());
        config.setMounts(config.mounts());
        config.setFiles(config.files());
        config.setMetadata(config.metadata());
        config.setRestart(config.restart());
        config.setAutoDestroy(config.autoDestroy());
        config.setStopConfig(config.stopConfig());
        config.setDns(config.dns());
        config.setProcesses(config.processes());
        config.setStatics(config.statics());
        config.setSchedule(config.schedule());
        config.setMetrics(config.metrics());
        config.setContainers(config.containers());
        config.setVolumes(config.volumes());
        config.setRootfs(config.rootfs());
        config.setCacheDrive(config.cacheDrive());
        config.setSpot(config.spot());

        QCOMPARE(valuetest::changedPaths(m_original, config.json()), QStringList());
    }

    void editingOneFieldChangesOnlyThatKey_data()
    {
        QTest::addColumn<ConfigEdit>("edit");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("expected");

        QTest::newRow("guest memory") << ConfigEdit([](MachineConfig &config) {
            GuestConfig guest = config.guest();
            guest.setMemoryMb(1024);
            config.setGuest(guest);
        }) << u"guest.memory_mb"_s << QJsonValue(1024);
        QTest::newRow("guest preset") << ConfigEdit([](MachineConfig &config) {
            GuestConfig guest = config.guest();
            guest.applyPreset(u"shared-cpu-4x"_s);
            guest.setMemoryMb(512); // back to the original memory: only cpus changes
            config.setGuest(guest);
        }) << u"guest.cpus"_s << QJsonValue(4);
        QTest::newRow("new env var") << ConfigEdit([](MachineConfig &config) {
            config.setEnvVariable(u"FEATURE_X"_s, u"on"_s);
        }) << u"env.FEATURE_X"_s << QJsonValue(u"on"_s);
        QTest::newRow("changed env var") << ConfigEdit([](MachineConfig &config) {
            config.setEnvVariable(u"LOG_LEVEL"_s, u"debug"_s);
        }) << u"env.LOG_LEVEL"_s << QJsonValue(u"debug"_s);
        QTest::newRow("removed env var")
            << ConfigEdit([](MachineConfig &config) { config.removeEnvVariable(u"LOG_LEVEL"_s); })
            << u"env.LOG_LEVEL"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("env as a map") << ConfigEdit([](MachineConfig &config) {
            QMap<QString, QString> env = config.env();
            env.insert(u"PRIMARY_REGION"_s, u"lhr"_s);
            config.setEnv(env);
        }) << u"env.PRIMARY_REGION"_s << QJsonValue(u"lhr"_s);
        QTest::newRow("public port") << ConfigEdit([](MachineConfig &config) {
            QList<ServiceConfig> services = config.services();
            QList<PortConfig> ports = services[0].ports();
            ports[1].setPort(8443);
            services[0].setPorts(ports);
            config.setServices(services);
        }) << u"services[0].ports[1].port"_s
                                     << QJsonValue(8443);
        QTest::newRow("autostop suspend -> off") << ConfigEdit([](MachineConfig &config) {
            QList<ServiceConfig> services = config.services();
            services[0].setAutostop(Autostop::Off);
            config.setServices(services);
        }) << u"services[0].autostop"_s << QJsonValue(false);
        QTest::newRow("autostop off -> stop") << ConfigEdit([](MachineConfig &config) {
            QList<ServiceConfig> services = config.services();
            services[1].setAutostop(Autostop::Stop);
            config.setServices(services);
        }) << u"services[1].autostop"_s << QJsonValue(true);
        QTest::newRow("http_options compress") << ConfigEdit([](MachineConfig &config) {
            QList<ServiceConfig> services = config.services();
            QList<PortConfig> ports = services[0].ports();
            HttpOptions http = ports[0].httpOptions();
            http.setCompress(false);
            ports[0].setHttpOptions(http);
            services[0].setPorts(ports);
            config.setServices(services);
        }) << u"services[0].ports[0].http_options.compress"_s
                                               << QJsonValue(false);
        QTest::newRow("service check interval") << ConfigEdit([](MachineConfig &config) {
            QList<ServiceConfig> services = config.services();
            QList<CheckConfig> checks = services[0].checks();
            checks[0].setIntervalMs(20000);
            services[0].setChecks(checks);
            config.setServices(services);
        }) << u"services[0].checks[0].interval"_s
                                                << QJsonValue(u"20s"_s);
        QTest::newRow("named check timeout") << ConfigEdit([](MachineConfig &config) {
            QMap<QString, CheckConfig> checks = config.checks();
            checks[u"ready"_s].setTimeoutMs(90000);
            config.setChecks(checks);
        }) << u"checks.ready.timeout"_s << QJsonValue(u"1m30s"_s);
        QTest::newRow("mount size") << ConfigEdit([](MachineConfig &config) {
            QList<MountConfig> mounts = config.mounts();
            mounts[0].setSizeGb(20);
            config.setMounts(mounts);
        }) << u"mounts[0].size_gb"_s << QJsonValue(20);
        QTest::newRow("file mode") << ConfigEdit([](MachineConfig &config) {
            QList<FileConfig> files = config.files();
            files[1].setMode(256);
            config.setFiles(files);
        }) << u"files[1].mode"_s << QJsonValue(256);
        QTest::newRow("metadata value") << ConfigEdit([](MachineConfig &config) {
            config.setMetadataValue(u"fly_release_version"_s, u"43"_s);
        }) << u"metadata.fly_release_version"_s
                                        << QJsonValue(u"43"_s);
        QTest::newRow("restart policy") << ConfigEdit([](MachineConfig &config) {
            RestartConfig restart = config.restart();
            restart.setPolicy(u"always"_s);
            config.setRestart(restart);
        }) << u"restart.policy"_s << QJsonValue(u"always"_s);
        QTest::newRow("stop timeout") << ConfigEdit([](MachineConfig &config) {
            StopConfig stop = config.stopConfig();
            stop.setTimeoutMs(5000);
            config.setStopConfig(stop);
        }) << u"stop_config.timeout"_s << QJsonValue(u"5s"_s);
        QTest::newRow("dns hostname") << ConfigEdit([](MachineConfig &config) {
            DnsConfig dns = config.dns();
            dns.setHostname(u"web-2"_s);
            config.setDns(dns);
        }) << u"dns.hostname"_s << QJsonValue(u"web-2"_s);
        QTest::newRow("process env") << ConfigEdit([](MachineConfig &config) {
            QList<ProcessConfig> processes = config.processes();
            processes[0].setEnv({{u"WORKER"_s, u"2"_s}});
            config.setProcesses(processes);
        }) << u"processes[0].env.WORKER"_s
                                     << QJsonValue(u"2"_s);
        QTest::newRow("container image") << ConfigEdit([](MachineConfig &config) {
            QList<ContainerConfig> containers = config.containers();
            containers[1].setImage(u"nginx:1.28"_s);
            config.setContainers(containers);
        }) << u"containers[1].image"_s << QJsonValue(u"nginx:1.28"_s);
        QTest::newRow("image") << ConfigEdit([](MachineConfig &config) {
            config.setImage(u"registry.fly.io/hangar-demo:deployment-next"_s);
        }) << u"image"_s << QJsonValue(u"registry.fly.io/hangar-demo:deployment-next"_s);
        QTest::newRow("null standbys set")
            << ConfigEdit([](MachineConfig &config) { config.setStandbys({u"148e272b5d4e89"_s}); })
            << u"standbys"_s << QJsonValue(QJsonArray {u"148e272b5d4e89"_s});
        QTest::newRow("spot price") << ConfigEdit([](MachineConfig &config) {
            SpotConfig spot = config.spot();
            spot.setMaxPriceFraction(0.25);
            config.setSpot(spot);
        }) << u"spot.max_price_fraction"_s
                                    << QJsonValue(0.25);
    }

    void editingOneFieldChangesOnlyThatKey()
    {
        QFETCH(ConfigEdit, edit);
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);

        MachineConfig config = full();
        edit(config);
        QCOMPARE(valuetest::changedPaths(m_original, config.json()), QStringList {path});
        QCOMPARE(valuetest::valueAt(config.json(), path), expected);
        // The unknown fields at every depth are still there.
        QCOMPARE(
            config.json().value("x_config_unknown"_L1), m_original.value("x_config_unknown"_L1));
        QCOMPARE(config.guest().json().value("x_guest_unknown"_L1).toString(), u"keep-me"_s);
    }

    void nullMapsStayNullUntilSet()
    {
        MachineConfig config(m_legacy);
        QVERIFY(config.env().isEmpty());
        QVERIFY(config.metadata().isEmpty());
        QVERIFY(config.mounts().isEmpty());
        QVERIFY(config.checks().isEmpty());
        QCOMPARE(config.json(), m_legacy);
        QVERIFY(config.json().value("env"_L1).isNull());

        MachineConfig emptied = config;
        emptied.setEnv({});
        QCOMPARE(valuetest::changedPaths(m_legacy, emptied.json()), QStringList {u"env"_s});
        QCOMPARE(emptied.json().value("env"_L1), QJsonValue(QJsonObject()));

        MachineConfig added = config;
        added.setEnvVariable(u"NEW"_s, u"1"_s);
        QCOMPARE(added.json().value("env"_L1).toObject(), (QJsonObject {{u"NEW"_s, u"1"_s}}));

        MachineConfig removed = config;
        removed.removeEnvVariable(u"MISSING"_s); // nothing to remove: null stays null
        QCOMPARE(removed.json(), m_legacy);
    }

    void autostopWritesTheFormTheApiAnswersWith()
    {
        ServiceConfig service;
        service.setAutostop(Autostop::Off);
        QCOMPARE(service.json().value("autostop"_L1), QJsonValue(false));
        service.setAutostop(Autostop::Stop);
        QCOMPARE(service.json().value("autostop"_L1), QJsonValue(true));
        service.setAutostop(Autostop::Suspend);
        QCOMPARE(service.json().value("autostop"_L1), QJsonValue(u"suspend"_s));
        QCOMPARE(service.json().size(), 1);
    }

    void settersBuildAConfigFromScratch()
    {
        MachineConfig config;
        QVERIFY(config.isNull());
        config.setImage(u"nginx:latest"_s);
        config.setGuest(GuestConfig::fromPreset(u"shared-cpu-1x"_s));
        config.setEnv({{u"PORT"_s, u"8080"_s}});

        PortConfig http;
        http.setPort(80);
        http.setHandlers({u"http"_s});
        http.setForceHttps(true);
        CheckConfig check;
        check.setType(u"tcp"_s);
        check.setIntervalMs(15000);
        check.setTimeoutMs(2000);
        ServiceConfig service;
        service.setProtocol(u"tcp"_s);
        service.setInternalPort(8080);
        service.setPorts({http});
        service.setAutostart(true);
        service.setAutostop(Autostop::Suspend);
        service.setChecks({check});
        config.setServices({service});

        RestartConfig restart;
        restart.setPolicy(u"no"_s);
        config.setRestart(restart);

        const QJsonObject expected = valuetest::parseObject(R"({
            "image": "nginx:latest",
            "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
            "env": {"PORT": "8080"},
            "services": [{
                "protocol": "tcp", "internal_port": 8080, "autostart": true, "autostop": "suspend",
                "ports": [{"port": 80, "handlers": ["http"], "force_https": true}],
                "checks": [{"type": "tcp", "interval": "15s", "timeout": "2s"}]
            }],
            "restart": {"policy": "no"}
        })");
        QCOMPARE(valuetest::changedPaths(expected, config.json()), QStringList());
    }

    void removeDropsOneKey()
    {
        MachineConfig config(m_legacy);
        config.remove("size"_L1);
        QCOMPARE(valuetest::changedPaths(m_legacy, config.json()), QStringList {u"size"_s});
        QVERIFY(!config.contains("size"_L1));
    }
};

QTEST_GUILESS_MAIN(TestMachineConfigRoundTrip)
#include "tst_machineconfigroundtrip.moc"
