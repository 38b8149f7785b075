#include "sim/world/configrules.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {
QJsonObject withGuest(const QString &kind, int cpus, int memory)
{
    return {{QLatin1String("image"), QStringLiteral("nginx:latest")},
        {QLatin1String("guest"),
            QJsonObject {{QLatin1String("cpu_kind"), kind}, {QLatin1String("cpus"), cpus},
                {QLatin1String("memory_mb"), memory}}}};
}
} // namespace

class TestConfigRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void guestSizes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("memory");
        QTest::addColumn<bool>("valid");
        QTest::newRow("shared-1x 256") << "shared" << 1 << 256 << true;
        QTest::newRow("shared-1x 512") << "shared" << 1 << 512 << true;
        QTest::newRow("shared-1x 2048") << "shared" << 1 << 2048 << true;
        QTest::newRow("shared-1x 2304 too much") << "shared" << 1 << 2304 << false;
        QTest::newRow("shared-1x 128 too little") << "shared" << 1 << 128 << false;
        QTest::newRow("shared 300 not a 256 step") << "shared" << 1 << 300 << false;
        QTest::newRow("shared-4x 1024") << "shared" << 4 << 1024 << true;
        QTest::newRow("shared-4x 768 below 256/cpu") << "shared" << 4 << 768 << false;
        QTest::newRow("shared 3 cpus") << "shared" << 3 << 768 << false;
        QTest::newRow("performance-1x 2048") << "performance" << 1 << 2048 << true;
        QTest::newRow("performance-1x 1024") << "performance" << 1 << 1024 << false;
        QTest::newRow("performance-2x 16384") << "performance" << 2 << 16384 << true;
        QTest::newRow("performance-2x 17408") << "performance" << 2 << 17408 << false;
        QTest::newRow("performance 3072 in 1024 MB steps") << "performance" << 1 << 3072 << true;
        QTest::newRow("performance 2560") << "performance" << 1 << 2560 << false;
        QTest::newRow("performance 16 cpus") << "performance" << 16 << 32768 << true;
        QTest::newRow("unknown kind") << "gpu" << 1 << 2048 << false;
    }

    void guestSizes()
    {
        QFETCH(QString, kind);
        QFETCH(int, cpus);
        QFETCH(int, memory);
        QFETCH(bool, valid);
        const QString problem = validateMachineConfig(withGuest(kind, cpus, memory));
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QVERIFY2(problem.contains(QLatin1String("guest")), qPrintable(problem));
    }

    void imageIsRequired()
    {
        QVERIFY(validateMachineConfig({}).contains(QLatin1String("image")));
        QVERIFY(validateMachineConfig({{QLatin1String("image"), QStringLiteral("  ")}})
                    .contains(QLatin1String("image")));
    }

    void oneMountAtMost()
    {
        QJsonObject config = withGuest(QStringLiteral("shared"), 1, 256);
        const QJsonObject mount {{QLatin1String("volume"), QStringLiteral("vol_1")},
            {QLatin1String("path"), QStringLiteral("/data")}};
        config.insert(QLatin1String("mounts"), QJsonArray {mount});
        QVERIFY(validateMachineConfig(config).isEmpty());
        config.insert(QLatin1String("mounts"), QJsonArray {mount, mount});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("only one volume")));
        config.insert(QLatin1String("mounts"),
            QJsonArray {QJsonObject {{QLatin1String("volume"), QStringLiteral("vol_1")},
                {QLatin1String("path"), QStringLiteral("data")}}});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("absolute")));
    }

    void files()
    {
        QJsonObject config = withGuest(QStringLiteral("shared"), 1, 256);
        config.insert(QLatin1String("files"),
            QJsonArray {QJsonObject {{QLatin1String("guest_path"), QStringLiteral("/etc/a")},
                {QLatin1String("raw_value"), QStringLiteral("aGk=")}}});
        QVERIFY(validateMachineConfig(config).isEmpty());
        config.insert(QLatin1String("files"),
            QJsonArray {QJsonObject {{QLatin1String("guest_path"), QStringLiteral("/etc/a")},
                {QLatin1String("raw_value"), QStringLiteral("not base64!")}}});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("base64")));
        config.insert(QLatin1String("files"),
            QJsonArray {QJsonObject {{QLatin1String("guest_path"), QStringLiteral("/etc/a")}}});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("exactly one")));
    }

    void services()
    {
        QJsonObject config = withGuest(QStringLiteral("shared"), 1, 256);
        QJsonObject service {{QLatin1String("protocol"), QStringLiteral("tcp")},
            {QLatin1String("internal_port"), 8080},
            {QLatin1String("autostop"), QStringLiteral("suspend")},
            {QLatin1String("ports"), QJsonArray {QJsonObject {{QLatin1String("port"), 443}}}}};
        config.insert(QLatin1String("services"), QJsonArray {service});
        QVERIFY(validateMachineConfig(config).isEmpty());
        service.insert(QLatin1String("internal_port"), 70000);
        config.insert(QLatin1String("services"), QJsonArray {service});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("internal_port")));
        service.insert(QLatin1String("internal_port"), 80);
        service.insert(QLatin1String("protocol"), QStringLiteral("http"));
        config.insert(QLatin1String("services"), QJsonArray {service});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("protocol")));
    }

    void restartStopAndSchedule()
    {
        QJsonObject config = withGuest(QStringLiteral("shared"), 1, 256);
        config.insert(QLatin1String("restart"),
            QJsonObject {{QLatin1String("policy"), QStringLiteral("sometimes")}});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("restart.policy")));
        config.remove(QLatin1String("restart"));
        config.insert(QLatin1String("stop_config"),
            QJsonObject {{QLatin1String("signal"), QStringLiteral("SIGSEGV")}});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("stop_config.signal")));
        config.insert(QLatin1String("stop_config"),
            QJsonObject {{QLatin1String("timeout"), QStringLiteral("soon")}});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("timeout")));
        config.remove(QLatin1String("stop_config"));
        config.insert(QLatin1String("schedule"), QStringLiteral("yearly"));
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("schedule")));
        config.insert(QLatin1String("schedule"), QStringLiteral("daily"));
        config.insert(QLatin1String("env"), QJsonObject {{QLatin1String("PORT"), 8080}});
        QVERIFY(validateMachineConfig(config).contains(QLatin1String("env.PORT")));
    }

    void normalisationKeepsUnknownFieldsAndFillsTheGuest()
    {
        const QJsonObject config {{QLatin1String("image"), QStringLiteral("nginx")},
            {QLatin1String("x_future_field"), QJsonObject {{QLatin1String("deep"), 1}}},
            {QLatin1String("services"),
                QJsonArray {QJsonObject {{QLatin1String("autostop"), QStringLiteral("off")}},
                    QJsonObject {{QLatin1String("autostop"), QStringLiteral("stop")}},
                    QJsonObject {{QLatin1String("autostop"), QStringLiteral("suspend")}}}}};
        const QJsonObject normal = normalizedMachineConfig(config);
        QCOMPARE(normal.value(QLatin1String("x_future_field")),
            config.value(QLatin1String("x_future_field")));
        QCOMPARE(normal.value(QLatin1String("guest"))
                     .toObject()
                     .value(QLatin1String("memory_mb"))
                     .toInt(),
            256);
        const QJsonArray services = normal.value(QLatin1String("services")).toArray();
        QCOMPARE(services.at(0).toObject().value(QLatin1String("autostop")), QJsonValue(false));
        QCOMPARE(services.at(1).toObject().value(QLatin1String("autostop")), QJsonValue(true));
        QCOMPARE(services.at(2).toObject().value(QLatin1String("autostop")),
            QJsonValue(QStringLiteral("suspend")));
    }

    void sizePresetBecomesGuest()
    {
        const QJsonObject normal =
            normalizedMachineConfig({{QLatin1String("image"), QStringLiteral("nginx")},
                {QLatin1String("size"), QStringLiteral("performance-2x")}});
        QVERIFY(!normal.contains(QLatin1String("size")));
        const QJsonObject guest = normal.value(QLatin1String("guest")).toObject();
        QCOMPARE(guest.value(QLatin1String("cpu_kind")).toString(), QStringLiteral("performance"));
        QCOMPARE(guest.value(QLatin1String("cpus")).toInt(), 2);
        QCOMPARE(guest.value(QLatin1String("memory_mb")).toInt(), 4096);
        QVERIFY(!presetSize(QStringLiteral("shared-cpu-3x")));
        QVERIFY(!presetSize(QStringLiteral("huge")));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << "30s" << qint64(30000);
        QTest::newRow("minutes and seconds") << "1m30s" << qint64(90000);
        QTest::newRow("milliseconds") << "500ms" << qint64(500);
        QTest::newRow("hours") << "2h" << qint64(7200000);
        QTest::newRow("fraction") << "1.5s" << qint64(1500);
        QTest::newRow("garbage") << "30 seconds" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expectedMs);
        const auto parsed = parseDurationMs(QJsonValue(text));
        QCOMPARE(parsed.value_or(-1), expectedMs);
    }

    void nanosecondNumbersAndTimeoutParams()
    {
        QCOMPARE(parseDurationMs(QJsonValue(double(5e9))).value_or(-1), qint64(5000));
        QCOMPARE(parseTimeoutParamMs(QStringLiteral("30")).value_or(-1), qint64(30000));
        QCOMPARE(parseTimeoutParamMs(QStringLiteral("30s")).value_or(-1), qint64(30000));
        QVERIFY(!parseTimeoutParamMs(QStringLiteral("-5")));
        QVERIFY(!parseTimeoutParamMs(QStringLiteral("abc")));
    }
};

QTEST_GUILESS_MAIN(TestConfigRules)
#include "tst_configrules.moc"
