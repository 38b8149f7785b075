#include "api/values/machineconfig.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

// Every setter writes the wire key its getter reads: each section is built from scratch with all
// of its setters and compared with the JSON the API documents.
class TestConfigSetters : public QObject {
    Q_OBJECT

private:
    static void compareJson(const QJsonObject &actual, const char *expected)
    {
        const QJsonObject wanted = valuetest::parseObject(expected);
        QVERIFY2(!wanted.isEmpty(), "the expected JSON does not parse");
        QCOMPARE(valuetest::changedPaths(wanted, actual), QStringList());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void guestAndInit()
    {
        GuestConfig guest;
        guest.setCpuKind(u"performance"_s);
        guest.setCpus(2);
        guest.setMemoryMb(4096);
        guest.setGpuKind(u"a10"_s);
        guest.setGpus(1);
        guest.setMaxMemoryMb(8192);
        guest.setHostDedicationId(u"hd_1"_s);
        guest.setKernelArgs({u"quiet"_s});
        guest.setRequiredHostFeatures({u"gpu"_s});
        compareJson(guest.json(), R"({"cpu_kind": "performance", "cpus": 2, "memory_mb": 4096,
            "gpu_kind": "a10", "gpus": 1, "max_memory_mb": 8192, "host_dedication_id": "hd_1",
            "kernel_args": ["quiet"], "required_host_features": ["gpu"]})");

        InitConfig init;
        init.setExec({u"/app"_s});
        init.setEntrypoint({u"/bin/sh"_s});
        init.setCmd({u"run"_s});
        init.setTty(true);
        init.setSwapSizeMb(256);
        init.setKernelArgs({u"debug"_s});
        compareJson(init.json(), R"({"exec": ["/app"], "entrypoint": ["/bin/sh"], "cmd": ["run"],
            "tty": true, "swap_size_mb": 256, "kernel_args": ["debug"]})");
    }

    void servicePortsAndOptions()
    {
        TlsOptions tls;
        tls.setAlpn({u"h2"_s});
        tls.setVersions({u"TLSv1.3"_s});
        tls.setDefaultSelfSigned(true);
        HttpResponseOptions response;
        response.setHeaders(QJsonObject {{u"X-A"_s, u"1"_s}});
        response.setPristine(true);
        ReplayCache replay;
        replay.setName(u"sid"_s);
        replay.setType(u"header"_s);
        replay.setPathPrefix(u"/api"_s);
        replay.setTtlSeconds(60);
        replay.setAllowBypass(false);
        HttpOptions http;
        http.setCompress(true);
        http.setH2Backend(true);
        http.setIdleTimeoutSeconds(30);
        http.setHeadersReadTimeoutSeconds(5);
        http.setResponse(response);
        http.setReplayCache({replay});
        ProxyProtoOptions proxy;
        proxy.setVersion(u"v1"_s);
        PortConfig port;
        port.setPort(443);
        port.setStartPort(1000);
        port.setEndPort(1001);
        port.setHandlers({u"tls"_s});
        port.setForceHttps(false);
        port.setTlsOptions(tls);
        port.setHttpOptions(http);
        port.setProxyProtoOptions(proxy);

        HttpHeader header;
        header.setName(u"Host"_s);
        header.setValues({u"a"_s, u"b"_s});
        CheckConfig check;
        check.setType(u"http"_s);
        check.setPort(8080);
        check.setIntervalMs(10000);
        check.setTimeoutMs(1500);
        check.setGracePeriodMs(60000);
        check.setMethod(u"HEAD"_s);
        check.setPath(u"/up"_s);
        check.setProtocol(u"https"_s);
        check.setTlsSkipVerify(true);
        check.setTlsServerName(u"example.com"_s);
        check.setHeaders({header});
        check.setKind(u"readiness"_s);

        ConcurrencyConfig concurrency;
        concurrency.setType(u"connections"_s);
        concurrency.setSoftLimit(10);
        concurrency.setHardLimit(20);
        ServiceConfig service;
        service.setProtocol(u"tcp"_s);
        service.setInternalPort(8080);
        service.setPorts({port});
        service.setConcurrency(concurrency);
        service.setAutostart(false);
        service.setAutostop(Autostop::Stop);
        service.setMinMachinesRunning(2);
        service.setChecks({check});
        service.setForceInstanceKey(u"key"_s);
        service.setForceInstanceDescription(u"why"_s);

        compareJson(service.json(), R"({
            "protocol": "tcp", "internal_port": 8080, "autostart": false, "autostop": true,
            "min_machines_running": 2, "force_instance_key": "key",
            "force_instance_description": "why",
            "concurrency": {"type": "connections", "soft_limit": 10, "hard_limit": 20},
            "ports": [{
                "port": 443, "start_port": 1000, "end_port": 1001, "handlers": ["tls"],
                "force_https": false,
                "tls_options": {"alpn": ["h2"], "versions": ["TLSv1.3"], "default_self_signed": true},
                "http_options": {
                    "compress": true, "h2_backend": true, "idle_timeout": 30,
                    "headers_read_timeout": 5,
                    "response": {"headers": {"X-A": "1"}, "pristine": true},
                    "replay_cache": [{"name": "sid", "type": "header", "path_prefix": "/api",
                                      "ttl_seconds": 60, "allow_bypass": false}]
                },
                "proxy_proto_options": {"version": "v1"}
            }],
            "checks": [{
                "type": "http", "port": 8080, "interval": "10s", "timeout": "1.5s",
                "grace_period": "1m0s", "method": "HEAD", "path": "/up", "protocol": "https",
                "tls_skip_verify": true, "tls_server_name": "example.com",
                "headers": [{"name": "Host", "values": ["a", "b"]}], "kind": "readiness"
            }]
        })");
    }

    void mountsFilesAndStorage()
    {
        MountConfig mount;
        mount.setVolume(u"vol_1"_s);
        mount.setPath(u"/data"_s);
        mount.setName(u"data"_s);
        mount.setEncrypted(true);
        mount.setSizeGb(3);
        mount.setExtendThresholdPercent(90);
        mount.setAddSizeGb(1);
        mount.setAddSizePercent(10);
        mount.setMinAddSizeGb(2);
        mount.setSizeGbLimit(50);
        compareJson(mount.json(), R"({"volume": "vol_1", "path": "/data", "name": "data",
            "encrypted": true, "size_gb": 3, "extend_threshold_percent": 90, "add_size_gb": 1,
            "add_size_percent": 10, "min_add_size_gb": 2, "size_gb_limit": 50})");

        FileConfig file;
        file.setGuestPath(u"/etc/x"_s);
        file.setContent(QByteArray("hello"));
        file.setSecretName(u"S"_s);
        file.setImageConfig(u"img"_s);
        file.setMode(0600);
        compareJson(file.json(), R"({"guest_path": "/etc/x", "raw_value": "aGVsbG8=",
            "secret_name": "S", "image_config": "img", "mode": 384})");
        file.setRawValue(u"eA=="_s);
        QCOMPARE(file.content(), QByteArray("x"));

        RootfsConfig rootfs;
        rootfs.setPersist(u"always"_s);
        rootfs.setSizeGb(20);
        compareJson(rootfs.json(), R"({"persist": "always", "size_gb": 20})");
        CacheDriveConfig cache;
        cache.setSizeMb(512);
        compareJson(cache.json(), R"({"size_mb": 512})");
        SpotConfig spot;
        spot.setMaxPriceFraction(0.75);
        compareJson(spot.json(), R"({"max_price_fraction": 0.75})");
    }

    void lifecycleDnsAndMetrics()
    {
        RestartConfig restart;
        restart.setPolicy(u"on-failure"_s);
        restart.setMaxRetries(3);
        compareJson(restart.json(), R"({"policy": "on-failure", "max_retries": 3})");
        StopConfig stop;
        stop.setSignal(u"SIGTERM"_s);
        stop.setTimeoutMs(90000);
        compareJson(stop.json(), R"({"signal": "SIGTERM", "timeout": "1m30s"})");

        DnsOption option;
        option.setName(u"ndots"_s);
        option.setValue(u"1"_s);
        DnsForwardRule rule;
        rule.setBasename(u"corp"_s);
        rule.setAddr(u"10.0.0.1"_s);
        DnsConfig dns;
        dns.setSkipRegistration(true);
        dns.setNameservers({u"1.1.1.1"_s});
        dns.setSearches({u"corp"_s});
        dns.setOptions({option});
        dns.setDnsForwardRules({rule});
        dns.setHostname(u"h"_s);
        dns.setHostnameFqdn(u"h.corp"_s);
        compareJson(dns.json(), R"({"skip_registration": true, "nameservers": ["1.1.1.1"],
            "searches": ["corp"], "options": [{"name": "ndots", "value": "1"}],
            "dns_forward_rules": [{"basename": "corp", "addr": "10.0.0.1"}], "hostname": "h",
            "hostname_fqdn": "h.corp"})");

        MetricsConfig metrics;
        metrics.setPort(9090);
        metrics.setPath(u"/m"_s);
        metrics.setHttps(true);
        compareJson(metrics.json(), R"({"port": 9090, "path": "/m", "https": true})");
    }

    void processesStaticsAndContainers()
    {
        EnvFrom envFrom;
        envFrom.setEnvVar(u"IP"_s);
        envFrom.setFieldRef(u"private_ip"_s);
        SecretReference secret;
        secret.setEnvVar(u"DB"_s);
        secret.setName(u"DATABASE_URL"_s);
        ProcessConfig process;
        process.setExec({u"a"_s});
        process.setEntrypoint({u"b"_s});
        process.setCmd({u"c"_s});
        process.setUser(u"nobody"_s);
        process.setEnv({{u"K"_s, u"V"_s}});
        process.setEnvFrom({envFrom});
        process.setSecrets({secret});
        process.setIgnoreAppSecrets(true);
        compareJson(process.json(), R"({"exec": ["a"], "entrypoint": ["b"], "cmd": ["c"],
            "user": "nobody", "env": {"K": "V"},
            "env_from": [{"env_var": "IP", "field_ref": "private_ip"}],
            "secrets": [{"env_var": "DB", "name": "DATABASE_URL"}], "ignore_app_secrets": true})");

        StaticConfig statics;
        statics.setGuestPath(u"/public"_s);
        statics.setUrlPrefix(u"/"_s);
        statics.setTigrisBucket(u"b"_s);
        statics.setIndexDocument(u"index.html"_s);
        compareJson(statics.json(), R"({"guest_path": "/public", "url_prefix": "/",
            "tigris_bucket": "b", "index_document": "index.html"})");

        ContainerConfig container;
        container.setName(u"web"_s);
        container.setImage(u"nginx"_s);
        container.setExec({u"x"_s});
        container.setEntrypoint({u"y"_s});
        container.setCmd({u"z"_s});
        container.setUser(u"www"_s);
        container.setEnv({{u"A"_s, u"B"_s}});
        compareJson(container.json(), R"({"name": "web", "image": "nginx", "exec": ["x"],
            "entrypoint": ["y"], "cmd": ["z"], "user": "www", "env": {"A": "B"}})");
    }

    void machineConfigTopLevel()
    {
        MachineConfig config;
        config.setImage(u"img"_s);
        config.setSize(u"shared-cpu-1x"_s);
        config.setEnv({{u"A"_s, u"1"_s}});
        config.setMetadata({{u"role"_s, u"web"_s}});
        config.setMetadataValue(u"tier"_s, u"gold"_s);
        config.removeMetadataValue(u"role"_s);
        config.setAutoDestroy(true);
        config.setSchedule(u"hourly"_s);
        config.setStandbys({u"m1"_s});
        config.setMounts({MountConfig(QJsonObject {{u"volume"_s, u"vol_1"_s}})});
        config.setFiles({FileConfig(QJsonObject {{u"guest_path"_s, u"/f"_s}})});
        config.setProcesses({ProcessConfig(QJsonObject {{u"user"_s, u"u"_s}})});
        config.setStatics({StaticConfig(QJsonObject {{u"url_prefix"_s, u"/"_s}})});
        config.setContainers({ContainerConfig(QJsonObject {{u"name"_s, u"c"_s}})});
        config.setVolumes({ContainerVolumeConfig(QJsonObject {{u"name"_s, u"v"_s}})});
        config.setChecks({{u"alive"_s, CheckConfig(QJsonObject {{u"type"_s, u"tcp"_s}})}});
        config.setInit(InitConfig(QJsonObject {{u"tty"_s, true}}));
        config.setRestart(RestartConfig(QJsonObject {{u"policy"_s, u"no"_s}}));
        config.setStopConfig(StopConfig(QJsonObject {{u"signal"_s, u"SIGINT"_s}}));
        config.setDns(DnsConfig(QJsonObject {{u"hostname"_s, u"h"_s}}));
        config.setMetrics(MetricsConfig(QJsonObject {{u"port"_s, 1}}));
        config.setRootfs(RootfsConfig(QJsonObject {{u"size_gb"_s, 1}}));
        config.setCacheDrive(CacheDriveConfig(QJsonObject {{u"size_mb"_s, 1}}));
        config.setSpot(SpotConfig(QJsonObject {{u"max_price_fraction"_s, 1}}));
        compareJson(config.json(), R"({
            "image": "img", "size": "shared-cpu-1x", "env": {"A": "1"}, "metadata": {"tier": "gold"},
            "auto_destroy": true, "schedule": "hourly", "standbys": ["m1"],
            "mounts": [{"volume": "vol_1"}], "files": [{"guest_path": "/f"}],
            "processes": [{"user": "u"}], "statics": [{"url_prefix": "/"}],
            "containers": [{"name": "c"}], "volumes": [{"name": "v"}],
            "checks": {"alive": {"type": "tcp"}}, "init": {"tty": true},
            "restart": {"policy": "no"}, "stop_config": {"signal": "SIGINT"},
            "dns": {"hostname": "h"}, "metrics": {"port": 1}, "rootfs": {"size_gb": 1},
            "cache_drive": {"size_mb": 1}, "spot": {"max_price_fraction": 1}
        })");
    }
};

QTEST_GUILESS_MAIN(TestConfigSetters)
#include "tst_configsetters.moc"
