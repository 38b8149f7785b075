// The classic first session, driven through the client library against hangar-sim: create
// volume nginx-data, run nginx:latest as my-nginx-server with it mounted, read the private IP,
// add /etc/nginx/nginx.conf as a config file with update-and-wait, read the file back.
#include "api/operations/createandwait.h"
#include "api/operations/updateandwait.h"
#include "apiharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace hangar::tests;

class TestClassicSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstSession()
    {
        ApiHarness harness;
        ApiClient &client = harness.client();
        harness.createApp(QStringLiteral("my-nginx"));

        CreateVolumeRequest volumeRequest;
        volumeRequest.name = QStringLiteral("nginx-data");
        volumeRequest.region = QStringLiteral("lhr");
        volumeRequest.sizeGb = 1;
        const auto volume = await(client.createVolume(QStringLiteral("my-nginx"), volumeRequest));
        QVERIFY2(volume.ok(), qPrintable(volume.error().message()));
        QCOMPARE(volume->name(), QStringLiteral("nginx-data"));

        MachineConfig config;
        config.setImage(QStringLiteral("nginx:latest"));
        GuestConfig guest;
        guest.setCpuKind(QStringLiteral("shared"));
        guest.setCpus(1);
        guest.setMemoryMb(512);
        config.setGuest(guest);
        MountConfig mount;
        mount.setVolume(volume->id());
        mount.setPath(QStringLiteral("/data"));
        config.setMounts({mount});
        CreateMachineRequest machineRequest;
        machineRequest.name = QStringLiteral("my-nginx-server");
        machineRequest.region = QStringLiteral("lhr");
        machineRequest.config = config;
        CreateAndWait create(client, QStringLiteral("my-nginx"), machineRequest);
        QVERIFY(runToEnd(create));
        QVERIFY2(create.succeeded(), qPrintable(create.error().message()));
        const Machine machine = create.machine();
        QCOMPARE(machine.state(), QStringLiteral("started"));
        QCOMPARE(machine.name(), QStringLiteral("my-nginx-server"));
        QCOMPARE(machine.region(), QStringLiteral("lhr"));
        QVERIFY(machine.privateIp().startsWith(QLatin1String("fdaa:")));
        QCOMPARE(machine.config().mounts().first().volume(), volume->id());

        const QByteArray nginxConf =
            "events {}\nhttp {\n  server {\n    listen 80;\n    root /data/www;\n  }\n}\n";
        MachineConfig edited = machine.config();
        FileConfig file;
        file.setGuestPath(QStringLiteral("/etc/nginx/nginx.conf"));
        file.setContent(nginxConf);
        edited.setFiles({file});
        UpdateAndWait update(
            client, QStringLiteral("my-nginx"), machine.id(), edited, machine.version());
        QStringList steps;
        connect(&update, &MachineOperation::progress, this,
            [&steps](const QString &step) { steps.append(step); });
        QVERIFY(runToEnd(update));
        QVERIFY2(update.succeeded(), qPrintable(update.error().message()));
        QCOMPARE(update.machine().state(), QStringLiteral("started"));
        QCOMPARE(update.machine().version(), update.newVersion());
        QVERIFY(update.machine().version() != machine.version());
        QVERIFY(steps.size() >= 4);
        // The lease is gone again.
        QCOMPARE(
            await(client.getLease(QStringLiteral("my-nginx"), machine.id())).error().httpStatus(),
            404);

        ExecRequest read;
        read.command = {QStringLiteral("cat"), QStringLiteral("/etc/nginx/nginx.conf")};
        const auto result = await(client.exec(QStringLiteral("my-nginx"), machine.id(), read));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result->exitCode(), 0);
        QCOMPARE(result->standardOutput().toUtf8(), nginxConf);
    }
};

QTEST_GUILESS_MAIN(TestClassicSession)
#include "tst_classicsession.moc"
