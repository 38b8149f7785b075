#include "sim/server/simserver.h"
#include "sim/world/simworld.h"
#include "simharness.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hangar::sim;

namespace {
SimOptions withState(const QString &file, const QString &seed = QStringLiteral("empty"))
{
    SimOptions options = SimHarness::testOptions();
    options.stateFile = file;
    options.seed = seed;
    return options;
}
} // namespace

class TestStateStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWorldSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        QString machineId;
        QString volumeId;
        QString version;
        {
            SimHarness sim(withState(file));
            sim.createApp(QStringLiteral("app"));
            volumeId = sim.createVolume(
                QStringLiteral("app"), QStringLiteral("data"), QStringLiteral("lhr"), 1);
            QJsonObject config = SimHarness::nginxConfig();
            config.insert(QLatin1String("mounts"),
                QJsonArray {QJsonObject {{QLatin1String("volume"), volumeId},
                    {QLatin1String("path"), QStringLiteral("/data")}}});
            machineId = sim.createMachine(QStringLiteral("app"), config);
            QVERIFY(sim.waitForState(QStringLiteral("app"), machineId, QStringLiteral("started")));
            const SimReply wrote =
                sim.post(QStringLiteral("/apps/app/machines/%1/exec").arg(machineId),
                    {{QLatin1String("command"),
                         QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("base64 -d > /data/note.txt")}},
                        {QLatin1String("stdin"),
                            QString::fromLatin1(QByteArray("kept across runs\n").toBase64())}});
            QCOMPARE(wrote.object().value(QLatin1String("exit_code")).toInt(), 0);
            sim.post(QStringLiteral("/apps/app/secrets/KEY"),
                {{QLatin1String("value"), QStringLiteral("v")}});
            sim.post(QStringLiteral("/apps/app/volumes/%1/snapshots").arg(volumeId));
            version = sim.get(QStringLiteral("/apps/app/machines/") + machineId)
                          .object()
                          .value(QLatin1String("version"))
                          .toString();
        } // the server stops and writes its state
        QVERIFY(QFile::exists(file));

        SimHarness again(withState(file, QStringLiteral("demo")));
        const QJsonObject machine =
            again.get(QStringLiteral("/apps/app/machines/") + machineId).object();
        QCOMPARE(machine.value(QLatin1String("state")).toString(), QStringLiteral("started"));
        QCOMPARE(machine.value(QLatin1String("version")).toString(), version);
        QCOMPARE(again.get(QStringLiteral("/apps/app/volumes/") + volumeId)
                     .object()
                     .value(QLatin1String("attached_machine_id"))
                     .toString(),
            machineId);
        QCOMPARE(again.get(QStringLiteral("/apps/app/volumes/%1/snapshots").arg(volumeId))
                     .array()
                     .size(),
            1);
        QCOMPARE(again.get(QStringLiteral("/apps/app/secrets"))
                     .object()
                     .value(QLatin1String("secrets"))
                     .toArray()
                     .size(),
            1);
        const SimReply read =
            again.post(QStringLiteral("/apps/app/machines/%1/exec").arg(machineId),
                {{QLatin1String("command"),
                    QJsonArray {QStringLiteral("cat"), QStringLiteral("/data/note.txt")}}});
        QCOMPARE(read.object().value(QLatin1String("stdout")).toString(),
            QStringLiteral("kept across runs\n"));
        // The file existed, so the demo seed was not applied on top.
        QCOMPARE(again.get(QStringLiteral("/apps"), QUrlQuery(QStringLiteral("org_slug=personal")))
                     .object()
                     .value(QLatin1String("total_apps"))
                     .toInt(),
            1);
    }

    void changesAreSavedWithoutAShutdown()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        SimHarness sim(withState(file));
        const QByteArray before = [&] {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        sim.createApp(QStringLiteral("saved-soon"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile f(file);
                f.open(QIODevice::ReadOnly);
                return f.readAll().contains("saved-soon");
            }(),
            10000);
        QVERIFY(!before.contains("saved-soon"));
    }

    void transientStatesSettleOnLoad()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        QString id;
        {
            SimOptions options = withState(file);
            options.speed = 100; // transitions take far longer than this test
            SimHarness sim(options);
            sim.createApp(QStringLiteral("app"));
            id = sim.createMachine(QStringLiteral("app"), SimHarness::nginxConfig());
            sim.world().findMachine(QStringLiteral("app"), id)->state = QStringLiteral("stopping");
            QString error;
            QVERIFY(sim.server().saveState(&error));
        }
        SimHarness again(withState(file));
        QCOMPARE(again.machineState(QStringLiteral("app"), id), QStringLiteral("stopped"));
    }

    void aDamagedFileIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\":\"hangar-sim-state\",\"machines\":[");
        damaged.close();
        SimServer server(withState(file));
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(QLatin1String("damaged")));
        QVERIFY(error.contains(file));
        server.stop();
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("{\"format\":\"hangar-sim-state\",\"machines\":["));
    }

    void anotherProgramsFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        QFile other(file);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("{\"some\":\"thing\"}");
        other.close();
        SimServer server(withState(file));
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(QLatin1String("not a hangar-sim state file")));
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
