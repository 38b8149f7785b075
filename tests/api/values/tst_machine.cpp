#include "api/values/machine.h"
#include "api/values/machinerequests.h"
#include "api/values/machineversion.h"
#include "api/values/timestamps.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

class TestMachine : public QObject {
    Q_OBJECT

private:
    QJsonObject m_full;
    QJsonObject m_legacy;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_full = valuetest::loadObject(u"machine-full.json"_s);
        m_legacy = valuetest::loadObject(u"machine-legacy.json"_s);
        QVERIFY(!m_full.isEmpty());
        QVERIFY(!m_legacy.isEmpty());
    }

    void readsIdentityAndState()
    {
        const Machine machine(m_full);
        QCOMPARE(machine.id(), u"3d8d9e1be77389"_s);
        QCOMPARE(machine.name(), u"quiet-river-4821"_s);
        QCOMPARE(machine.state(), u"started"_s);
        QCOMPARE(machine.region(), u"ams"_s);
        QCOMPARE(machine.version(), u"01HWQ4ZJ8N5X2R7T9V3K6M1P0D"_s);
        QCOMPARE(machine.instanceId(), machine.version());
        QCOMPARE(machine.privateIp(), u"fdaa:0:2a3:a7b:1f2:3e4d:5c6b:2"_s);
        QCOMPARE(machine.createdAt(), parseRfc3339(u"2024-05-01T12:00:00Z"_s));
        QCOMPARE(machine.updatedAt(), parseRfc3339(u"2024-05-01T12:03:27Z"_s));
        QCOMPARE(machine.nonce(), u"4f2a9c1d7e8b"_s);
        QCOMPARE(machine.hostStatus(), u"ok"_s);
        QCOMPARE(machine.hostFeatures(), (QStringList {u"gpu-passthrough"_s, u"suspend"_s}));
        QCOMPARE(machine.cordoned(), false);
        QCOMPARE(machine.config().image(), u"registry.fly.io/hangar-demo:deployment-01HWQ4ZJ"_s);
        QVERIFY(machine.incompleteConfig().isNull()); // null on the wire
        QCOMPARE(machine.effectiveConfig(), machine.config());
    }

    void readsImageRef()
    {
        const ImageRef image = Machine(m_full).imageRef();
        QCOMPARE(image.registry(), u"registry.fly.io"_s);
        QCOMPARE(image.repository(), u"hangar-demo"_s);
        QCOMPARE(image.tag(), u"deployment-01HWQ4ZJ"_s);
        QVERIFY(image.digest().startsWith("sha256:"_L1));
        QCOMPARE(image.labels().value(u"fly.version"_s), u"0.3.10"_s);
        QCOMPARE(image.labels().size(), 2);
    }

    void readsLeaseAndContainers()
    {
        const Machine machine(m_full);
        const Lease lease = machine.lease();
        QCOMPARE(lease.owner(), u"ops@example.com"_s);
        QCOMPARE(lease.description(), u"rolling deploy"_s);
        QCOMPARE(lease.expiresAt(), fromEpochSeconds(1714567200));
        QVERIFY(lease.nonce().isEmpty()); // stripped lease

        const QList<ContainerStatus> containers = machine.containers();
        QCOMPARE(containers.size(), 2);
        QCOMPARE(containers.at(0).name(), u"app"_s);
        QCOMPARE(containers.at(0).state(), u"running"_s);
        QCOMPARE(containers.at(1).state(), u"starting"_s);
    }

    void readsCheckStatuses()
    {
        const QList<CheckStatus> checks = Machine(m_full).checks();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).name(), u"servicecheck-00-http-8080"_s);
        QCOMPARE(checks.at(0).status(), u"passing"_s);
        QVERIFY(checks.at(0).isPassing());
        QCOMPARE(checks.at(0).output(), u"Success"_s);
        QCOMPARE(checks.at(0).updatedAt(), parseRfc3339(u"2024-05-01T12:01:00.500Z"_s));
        QVERIFY(!checks.at(0).isCompatibilityPlaceholder());
        QVERIFY(!checks.at(1).isPassing());
        QVERIFY(checks.at(1).isCompatibilityPlaceholder());
    }

    void readsEvents()
    {
        const QList<MachineEvent> events = Machine(m_full).events();
        QCOMPARE(events.size(), 3);

        const MachineEvent start = events.at(0);
        QCOMPARE(start.id(), u"01HWQ51A2B3C4D5E6F7G8H9J0K"_s);
        QCOMPARE(start.type(), u"start"_s);
        QCOMPARE(start.status(), u"started"_s);
        QCOMPARE(start.source(), u"flyd"_s);
        QCOMPARE(start.timestampMs(), qint64(1714564989000));
        QCOMPARE(start.timestamp(), fromEpochMilliseconds(1714564989000));
        QVERIFY(start.request().isEmpty());
        QVERIFY(start.exitEvent().isNull());
        QCOMPARE(start.restartCount(), 0);

        const MachineEvent exit = events.at(1);
        QCOMPARE(exit.type(), u"exit"_s);
        QCOMPARE(exit.timestampMs(), qint64(1714564900123));
        QCOMPARE(exit.restartCount(), 2);
        const ExitEvent exitEvent = exit.exitEvent();
        QCOMPARE(exitEvent.exitCode(), 137);
        QCOMPARE(exitEvent.guestExitCode(), 0);
        QCOMPARE(exitEvent.guestSignal(), 9);
        QCOMPARE(exitEvent.signal(), -1);
        QCOMPARE(exitEvent.oomKilled(), true);
        QCOMPARE(exitEvent.requestedStop(), false);
        QCOMPARE(exitEvent.restarting(), true);
        QCOMPARE(exitEvent.exitedAt(), parseRfc3339(u"2024-05-01T11:41:40.123Z"_s));

        QCOMPARE(events.at(2).source(), u"user"_s);
        QVERIFY(events.at(2).request().isEmpty()); // no request at all
    }

    void readsAMachineOnAnUnreachableHost()
    {
        const Machine machine(m_legacy);
        QCOMPARE(machine.hostStatus(), u"unreachable"_s);
        QVERIFY(machine.config().isNull());
        QVERIFY(!machine.incompleteConfig().isNull());
        QCOMPARE(machine.effectiveConfig().image(), u"flyio/hellofly:latest"_s);
        QVERIFY(machine.imageRef().isNull());
        QVERIFY(machine.checks().isEmpty());
        QCOMPARE(machine.updatedAt(), parseRfc3339(u"2023-01-10T08:15:30.250Z"_s));

        // Older answers nest the exit under MonitorEvent and give exited_at in milliseconds.
        const ExitEvent exitEvent = machine.events().at(0).exitEvent();
        QCOMPARE(exitEvent.exitCode(), 1);
        QCOMPARE(exitEvent.oomKilled(), false);
        QCOMPARE(exitEvent.exitedAt(), fromEpochMilliseconds(1673338530000));
        QVERIFY(machine.events().at(0).id().isEmpty());
    }

    void missingFieldsReadAsDefaults()
    {
        const Machine machine;
        QVERIFY(machine.isNull());
        QVERIFY(machine.id().isEmpty());
        QVERIFY(!machine.createdAt().isValid());
        QVERIFY(machine.config().isNull());
        QVERIFY(machine.events().isEmpty());
        QVERIFY(machine.lease().isNull());
        QCOMPARE(machine.cordoned(), false);
    }

    void editingTheConfigThroughTheMachineIsLossless()
    {
        Machine machine(m_full);
        MachineConfig config = machine.config();
        GuestConfig guest = config.guest();
        guest.setMemoryMb(1024);
        config.setGuest(guest);
        machine.setConfig(config);
        QCOMPARE(valuetest::changedPaths(m_full, machine.json()),
            QStringList {u"config.guest.memory_mb"_s});

        UpdateMachineRequest request;
        request.config = config;
        request.currentVersion = Machine(m_full).version();
        const QJsonObject body = request.toJson();
        const QJsonObject originalBody {{u"config"_s, m_full.value("config"_L1)}};
        QCOMPARE(valuetest::changedPaths(originalBody, body),
            (QStringList {u"config.guest.memory_mb"_s, u"current_version"_s}));
        QCOMPARE(body.value("current_version"_L1).toString(), u"01HWQ4ZJ8N5X2R7T9V3K6M1P0D"_s);
    }

    void readsMachineVersions()
    {
        const MachineVersion version(QJsonObject {
            {u"version"_s, u"01HWQ4ZJ8N5X2R7T9V3K6M1P0D"_s},
            {u"user_config"_s, m_full.value("config"_L1)},
        });
        QCOMPARE(version.version(), u"01HWQ4ZJ8N5X2R7T9V3K6M1P0D"_s);
        QCOMPARE(version.userConfig().json(), m_full.value("config"_L1).toObject());
        QCOMPARE(version.userConfig().guest().memoryMb(), 512);
    }
};

QTEST_GUILESS_MAIN(TestMachine)
#include "tst_machine.moc"
