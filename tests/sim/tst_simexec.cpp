#include "sim/world/simworld.h"
#include "simharness.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {

const QString kApp = QStringLiteral("app");

QJsonArray words(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

struct Exec {
    int status = 0;
    int exitCode = -1;
    QString stdoutText;
    QString stderrText;
};

Exec run(SimHarness &sim, const QString &id, const QStringList &command,
    const QByteArray &stdinData = {})
{
    QJsonObject body {{QLatin1String("command"), words(command)}, {QLatin1String("timeout"), 30}};
    if (!stdinData.isNull())
        body.insert(QLatin1String("stdin"), QString::fromLatin1(stdinData));
    const SimReply reply = sim.post(QStringLiteral("/apps/app/machines/%1/exec").arg(id), body);
    const QJsonObject result = reply.object();
    return {reply.status, result.value(QLatin1String("exit_code")).toInt(-1),
        result.value(QLatin1String("stdout")).toString(),
        result.value(QLatin1String("stderr")).toString()};
}

QString startedMachineWithVolume(SimHarness &sim, int sizeGb = 1)
{
    sim.createApp(kApp);
    const QString volume =
        sim.createVolume(kApp, QStringLiteral("data"), QStringLiteral("lhr"), sizeGb);
    QJsonObject config = SimHarness::nginxConfig();
    config.insert(QLatin1String("mounts"),
        QJsonArray {QJsonObject {
            {QLatin1String("volume"), volume}, {QLatin1String("path"), QStringLiteral("/data")}}});
    const QString id = sim.createMachine(kApp, config);
    if (!sim.waitForState(kApp, id, QStringLiteral("started")))
        qFatal("the machine did not start");
    return id;
}

} // namespace

class TestSimExec : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void binaryFilesArriveByteExactThroughBase64Stdin()
    {
        SimHarness sim;
        const QString id = startedMachineWithVolume(sim);
        QByteArray payload;
        for (int i = 0; i < 300000; ++i)
            payload.append(char((i * 131 + i / 7) % 256));
        const QString tmp = QStringLiteral("/data/site/.hangar-upload.tmp");
        const QString target = QStringLiteral("/data/site/blob.bin");
        QCOMPARE(run(sim, id,
                     {QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("mkdir -p -- \"$1\" && : > \"$2\""),
                         QStringLiteral("hangar"), QStringLiteral("/data/site"), tmp})
                     .exitCode,
            0);
        for (qsizetype offset = 0; offset < payload.size(); offset += 65536) {
            const Exec chunk = run(sim, id,
                {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("base64 -d >> \"$1\""),
                    QStringLiteral("hangar"), tmp},
                payload.mid(offset, 65536).toBase64());
            QCOMPARE(chunk.status, 200);
            QCOMPARE(chunk.exitCode, 0);
        }
        const Exec sum = run(sim, id, {QStringLiteral("sha256sum"), QStringLiteral("--"), tmp});
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
        QCOMPARE(sum.stdoutText.section(QLatin1Char(' '), 0, 0), expected);
        QCOMPARE(run(sim, id,
                     {QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("chmod \"$1\" \"$2\" && mv -f -- \"$2\" \"$3\""),
                         QStringLiteral("hangar"), QStringLiteral("640"), tmp, target})
                     .exitCode,
            0);
        QCOMPARE(
            run(sim, id,
                {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%s %a"), target})
                .stdoutText.trimmed(),
            QStringLiteral("300000 640"));
        // The bytes are in the volume itself, so they outlive the machine.
        QByteArray stored;
        const SimMachine *machine = sim.world().findMachine(kApp, id);
        sim.world()
            .findVolume(kApp, machine->mountedVolumeId())
            ->files->readFile(QStringLiteral("/site/blob.bin"), &stored);
        QCOMPARE(stored, payload);
    }

    void configFilesAppearAtTheirGuestPathAfterStart()
    {
        SimHarness sim;
        sim.createApp(kApp);
        sim.post(QStringLiteral("/apps/app/secrets/API_KEY"),
            {{QLatin1String("value"), QStringLiteral("s3cret")}});
        const QByteArray conf = "events {}\nhttp { server { listen 8080; } }\n";
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("files"),
            QJsonArray {
                QJsonObject {{QLatin1String("guest_path"), QStringLiteral("/etc/nginx/nginx.conf")},
                    {QLatin1String("raw_value"), QString::fromLatin1(conf.toBase64())},
                    {QLatin1String("mode"), 0600}},
                QJsonObject {{QLatin1String("guest_path"), QStringLiteral("/run/secrets/api_key")},
                    {QLatin1String("secret_name"), QStringLiteral("API_KEY")}}});
        const QString id = sim.createMachine(kApp, config);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        QCOMPARE(run(sim, id, {QStringLiteral("cat"), QStringLiteral("/etc/nginx/nginx.conf")})
                     .stdoutText.toLatin1(),
            conf);
        QCOMPARE(run(sim, id,
                     {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"),
                         QStringLiteral("/etc/nginx/nginx.conf")})
                     .stdoutText.trimmed(),
            QStringLiteral("600"));
        QCOMPARE(run(sim, id, {QStringLiteral("cat"), QStringLiteral("/run/secrets/api_key")})
                     .stdoutText,
            QStringLiteral("s3cret"));
        const QString secretsReferenced = QStringLiteral("/apps/app/secrets/API_KEY");
        QCOMPARE(sim.get(secretsReferenced).status, 200);
    }

    void rootFsResetsOnRestartButTheVolumeKeepsItsFiles()
    {
        SimHarness sim;
        const QString id = startedMachineWithVolume(sim);
        QCOMPARE(run(sim, id,
                     {QStringLiteral("touch"), QStringLiteral("/tmp/scratch"),
                         QStringLiteral("/data/kept")})
                     .exitCode,
            0);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/machines/%1/restart").arg(id)).status, 200);
        QCOMPARE(sim.machineState(kApp, id), QStringLiteral("restarting"));
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        QCOMPARE(run(sim, id,
                     {QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/tmp/scratch")})
                     .exitCode,
            1);
        QCOMPARE(run(sim, id,
                     {QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/data/kept")})
                     .exitCode,
            0);
    }

    void commandFailuresAreStill200()
    {
        SimHarness sim;
        const QString id = startedMachineWithVolume(sim);
        const Exec missing = run(sim, id, {QStringLiteral("cat"), QStringLiteral("/nope")});
        QCOMPARE(missing.status, 200);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.stderrText.contains(QLatin1String("No such file or directory")));
        const Exec unknown = run(sim, id, {QStringLiteral("vim"), QStringLiteral("/etc/hosts")});
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.exitCode, 127);
        const Exec script = run(sim, id,
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("curl example.com")});
        QCOMPARE(script.exitCode, 127);
    }

    void aFullVolumeFailsTheWriteWithEnospc()
    {
        SimHarness sim;
        const QString id = startedMachineWithVolume(sim);
        SimVolume *volume =
            sim.world().findVolume(kApp, sim.world().findMachine(kApp, id)->mountedVolumeId());
        volume->files->setCapacity(1000);
        const Exec write = run(sim, id,
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("base64 -d >> \"$1\""),
                QStringLiteral("hangar"), QStringLiteral("/data/big.tmp")},
            QByteArray(4000, 'x').toBase64());
        QCOMPARE(write.exitCode, 1);
        QVERIFY(write.stderrText.contains(QLatin1String("No space left on device")));
        const Exec df = run(sim, id,
            {QStringLiteral("df"), QStringLiteral("-P"), QStringLiteral("-k"), QStringLiteral("--"),
                QStringLiteral("/data")});
        QCOMPARE(df.exitCode, 0);
        QVERIFY(df.stdoutText.contains(QLatin1String("/data")));
        QCOMPARE(run(sim, id,
                     {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"),
                         QStringLiteral("/data/big.tmp")})
                     .exitCode,
            0);
        QCOMPARE(volume->files->usedBytes(), qint64(0));
    }

    void theDeprecatedCmdStringAndBadRequests()
    {
        SimHarness sim;
        const QString id = startedMachineWithVolume(sim);
        const SimReply viaCmd = sim.post(QStringLiteral("/apps/app/machines/%1/exec").arg(id),
            {{QLatin1String("cmd"), QStringLiteral("echo 'hello world'")}});
        QCOMPARE(viaCmd.status, 200);
        QCOMPARE(viaCmd.object().value(QLatin1String("stdout")).toString(),
            QStringLiteral("hello world\n"));
        QCOMPARE(sim.post(QStringLiteral("/apps/app/machines/%1/exec").arg(id), {}).status, 400);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/machines/%1/exec").arg(id),
                        {{QLatin1String("command"), QJsonArray {1, 2}}})
                     .status,
            400);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/machines/%1/exec").arg(id),
                        {{QLatin1String("command"), QJsonArray {QStringLiteral("cat")}},
                            {QLatin1String("stdin"), 5}})
                     .status,
            400);
    }

    void aStoppedMachineCannotRunCommands()
    {
        SimHarness sim;
        const QString id = startedMachineWithVolume(sim);
        sim.post(QStringLiteral("/apps/app/machines/%1/stop").arg(id));
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("stopped")));
        const SimReply reply = sim.post(QStringLiteral("/apps/app/machines/%1/exec").arg(id),
            {{QLatin1String("command"), QJsonArray {QStringLiteral("ls")}}});
        QCOMPARE(reply.status, 412);
        QVERIFY(reply.error().contains(QLatin1String("started")));
    }
};

QTEST_GUILESS_MAIN(TestSimExec)
#include "tst_simexec.moc"
