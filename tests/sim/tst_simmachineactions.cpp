#include "sim/state/fleetbuilder.h"
#include "sim/world/simworld.h"
#include "simharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {

const QString kApp = QStringLiteral("app");

QString path(const QString &id, const QString &suffix = {})
{
    return QStringLiteral("/apps/app/machines/") + id + suffix;
}

// Sends one action; returns the HTTP status.
int perform(SimHarness &sim, const QString &id, const QString &action)
{
    if (action == QLatin1String("start") || action == QLatin1String("stop")
        || action == QLatin1String("restart") || action == QLatin1String("suspend")
        || action == QLatin1String("cordon") || action == QLatin1String("uncordon"))
        return sim.post(path(id, QLatin1Char('/') + action)).status;
    if (action == QLatin1String("signal"))
        return sim
            .post(path(id, QStringLiteral("/signal")),
                {{QLatin1String("signal"), QStringLiteral("SIGUSR1")}})
            .status;
    if (action == QLatin1String("destroy"))
        return sim.del(path(id)).status;
    if (action == QLatin1String("destroy-force"))
        return sim.del(path(id), QUrlQuery(QStringLiteral("force=true"))).status;
    if (action == QLatin1String("update"))
        return sim.post(path(id), {{QLatin1String("config"), SimHarness::nginxConfig()}}).status;
    if (action == QLatin1String("exec"))
        return sim
            .post(path(id, QStringLiteral("/exec")),
                {{QLatin1String("command"), QJsonArray {QStringLiteral("true")}}})
            .status;
    if (action == QLatin1String("ps"))
        return sim.get(path(id, QStringLiteral("/ps"))).status;
    qFatal("unknown action");
}

} // namespace

class TestSimMachineActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyActionFromEveryState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("endState");
        const QStringList states {QStringLiteral("created"), QStringLiteral("started"),
            QStringLiteral("stopped"), QStringLiteral("suspended"), QStringLiteral("failed"),
            QStringLiteral("destroyed")};
        struct Rule {
            const char *action;
            QStringList allowedFrom;
            const char *endState; // empty: the state does not change
        };
        const QList<Rule> rules {
            {"start",
                {QStringLiteral("created"), QStringLiteral("stopped"), QStringLiteral("suspended"),
                    QStringLiteral("failed")},
                "started"},
            {"stop", {QStringLiteral("started"), QStringLiteral("suspended")}, "stopped"},
            {"restart", {QStringLiteral("started")}, "started"},
            {"suspend", {QStringLiteral("started")}, "suspended"},
            {"signal", {QStringLiteral("started")}, ""},
            {"destroy",
                {QStringLiteral("created"), QStringLiteral("stopped"), QStringLiteral("suspended"),
                    QStringLiteral("failed")},
                "destroyed"},
            {"destroy-force",
                {QStringLiteral("created"), QStringLiteral("started"), QStringLiteral("stopped"),
                    QStringLiteral("suspended"), QStringLiteral("failed")},
                "destroyed"},
            {"cordon",
                {QStringLiteral("created"), QStringLiteral("started"), QStringLiteral("stopped"),
                    QStringLiteral("suspended"), QStringLiteral("failed")},
                ""},
            {"exec", {QStringLiteral("started")}, ""},
            {"ps", {QStringLiteral("started")}, ""},
        };
        for (const Rule &rule : rules) {
            for (const QString &state : states) {
                const bool allowed = rule.allowedFrom.contains(state);
                int status = allowed ? 200 : 412;
                if (!allowed && state == QLatin1String("destroyed")
                    && QByteArray(rule.action).startsWith("destroy"))
                    status = 404;
                const QString end =
                    allowed && *rule.endState ? QString::fromLatin1(rule.endState) : state;
                QTest::addRow("%s from %s", rule.action, qPrintable(state))
                    << state << QString::fromLatin1(rule.action) << status << end;
            }
        }
        for (const QString &state : states) {
            QTest::addRow("update from %s", qPrintable(state))
                << state << QStringLiteral("update")
                << (state == QLatin1String("destroyed") ? 412 : 200)
                << (state == QLatin1String("destroyed") ? state : QStringLiteral("started"));
        }
    }

    void everyActionFromEveryState()
    {
        QFETCH(QString, state);
        QFETCH(QString, action);
        QFETCH(int, status);
        QFETCH(QString, endState);
        SimHarness sim;
        sim.createApp(kApp);
        FleetBuilder builder(sim.world());
        const QString id = builder
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), state, 1)
                               .id;
        const int actual = perform(sim, id, action);
        QCOMPARE(actual, status);
        QVERIFY2(sim.waitForState(kApp, id, endState), qPrintable(sim.machineState(kApp, id)));
    }

    void refusalsExplainThemselves()
    {
        SimHarness sim;
        sim.createApp(kApp);
        FleetBuilder builder(sim.world());
        const QString id = builder
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), QStringLiteral("stopped"), 1)
                               .id;
        const SimReply reply = sim.post(path(id, QStringLiteral("/stop")));
        QCOMPARE(reply.status, 412);
        QVERIFY(reply.error().contains(QLatin1String("stopped")));
        QCOMPARE(
            sim.post(path(QStringLiteral("00000000000000"), QStringLiteral("/start"))).status, 404);
    }

    void startReportsThePreviousState()
    {
        SimHarness sim;
        sim.createApp(kApp);
        FleetBuilder builder(sim.world());
        const QString id = builder
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), QStringLiteral("suspended"), 1)
                               .id;
        const SimReply reply = sim.post(path(id, QStringLiteral("/start")));
        QCOMPARE(reply.object().value(QLatin1String("previous_state")).toString(),
            QStringLiteral("suspended"));
        QCOMPARE(reply.object().value(QLatin1String("migrated")).toBool(), false);
    }

    void stopValidatesSignalAndTimeout()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        QCOMPARE(sim.post(path(id, QStringLiteral("/stop")),
                        {{QLatin1String("signal"), QStringLiteral("SIGSEGV")}})
                     .status,
            400);
        QCOMPARE(sim.post(path(id, QStringLiteral("/stop")),
                        {{QLatin1String("timeout"), QStringLiteral("later")}})
                     .status,
            400);
        QCOMPARE(sim.post(path(id, QStringLiteral("/restart")), {},
                        QUrlQuery(QStringLiteral("timeout=forever")))
                     .status,
            400);
        QCOMPARE(sim.post(path(id, QStringLiteral("/signal")),
                        {{QLatin1String("signal"), QStringLiteral("SIGWINCH")}})
                     .status,
            400);
        QCOMPARE(sim.post(path(id, QStringLiteral("/stop")),
                        {{QLatin1String("signal"), QStringLiteral("SIGTERM")},
                            {QLatin1String("timeout"), QStringLiteral("30s")}})
                     .status,
            200);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("stopped")));
    }

    void largeMachinesStopInsteadOfSuspending()
    {
        SimHarness sim;
        sim.createApp(kApp);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("guest"),
            QJsonObject {{QLatin1String("cpu_kind"), QStringLiteral("performance")},
                {QLatin1String("cpus"), 2}, {QLatin1String("memory_mb"), 4096}});
        const QString id = sim.createMachine(kApp, config);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        QCOMPARE(sim.post(path(id, QStringLiteral("/suspend"))).status, 200);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("stopped")));
    }

    void signalsEndTheMainProcessAccordingToTheRestartPolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("autoDestroy");
        QTest::addColumn<QString>("signal");
        QTest::addColumn<QString>("endState");
        QTest::newRow("kill restarts on-failure") << "on-failure" << false << "SIGKILL"
                                                  << "started";
        QTest::newRow("term stops on-failure") << "on-failure" << false << "SIGTERM"
                                               << "stopped";
        QTest::newRow("term restarts always") << "always" << false << "SIGTERM"
                                              << "started";
        QTest::newRow("kill stops with no") << "no" << false << "SIGKILL"
                                            << "stopped";
        QTest::newRow("auto destroy") << "no" << true << "SIGTERM"
                                      << "destroyed";
        QTest::newRow("usr1 keeps running") << "no" << false << "SIGUSR1"
                                            << "started";
    }

    void signalsEndTheMainProcessAccordingToTheRestartPolicy()
    {
        QFETCH(QString, policy);
        QFETCH(bool, autoDestroy);
        QFETCH(QString, signal);
        QFETCH(QString, endState);
        SimHarness sim;
        sim.createApp(kApp);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("restart"), QJsonObject {{QLatin1String("policy"), policy}});
        config.insert(QLatin1String("auto_destroy"), autoDestroy);
        const QString id = sim.createMachine(kApp, config);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        QCOMPARE(sim.post(path(id, QStringLiteral("/signal")), {{QLatin1String("signal"), signal}})
                     .status,
            200);
        QTest::qWait(50);
        QVERIFY2(sim.waitForState(kApp, id, endState), qPrintable(sim.machineState(kApp, id)));
        const QJsonArray events = sim.get(path(id, QStringLiteral("/events"))).array();
        QCOMPARE(events.first().toObject().value(QLatin1String("status")).toString(), endState);
    }

    void eventsAreNewestFirstAndLimited()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        sim.post(path(id, QStringLiteral("/stop")));
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("stopped")));
        const QJsonArray events = sim.get(path(id, QStringLiteral("/events"))).array();
        QVERIFY(events.size() >= 4);
        const QJsonObject newest = events.first().toObject();
        QCOMPARE(newest.value(QLatin1String("type")).toString(), QStringLiteral("exit"));
        QCOMPARE(newest.value(QLatin1String("status")).toString(), QStringLiteral("stopped"));
        QCOMPARE(newest.value(QLatin1String("source")).toString(), QStringLiteral("flyd"));
        QVERIFY(newest.value(QLatin1String("request"))
                    .toObject()
                    .value(QLatin1String("exit_event"))
                    .toObject()
                    .value(QLatin1String("requested_stop"))
                    .toBool());
        QCOMPARE(events.last().toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("launch"));
        for (qsizetype i = 1; i < events.size(); ++i) {
            QVERIFY(events.at(i - 1).toObject().value(QLatin1String("timestamp")).toDouble()
                >= events.at(i).toObject().value(QLatin1String("timestamp")).toDouble());
            QVERIFY(events.at(i - 1).toObject().value(QLatin1String("id")).toString()
                > events.at(i).toObject().value(QLatin1String("id")).toString());
        }
        QCOMPARE(sim.get(path(id, QStringLiteral("/events")), QUrlQuery(QStringLiteral("limit=2")))
                     .array()
                     .size(),
            2);
        QCOMPARE(sim.get(path(id, QStringLiteral("/events")), QUrlQuery(QStringLiteral("limit=x")))
                     .status,
            400);
    }

    void cordonFlipsTheFlag()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        QCOMPARE(sim.post(path(id, QStringLiteral("/cordon"))).status, 200);
        QCOMPARE(sim.get(path(id)).object().value(QLatin1String("cordoned")).toBool(), true);
        QCOMPARE(sim.post(path(id, QStringLiteral("/uncordon"))).status, 200);
        QCOMPARE(sim.get(path(id)).object().value(QLatin1String("cordoned")).toBool(), false);
    }

    void processesOfAStartedMachine()
    {
        SimHarness sim;
        sim.createApp(kApp);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("services"),
            QJsonArray {QJsonObject {{QLatin1String("protocol"), QStringLiteral("tcp")},
                {QLatin1String("internal_port"), 80}}});
        const QString id = sim.createMachine(kApp, config);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        const QJsonArray processes = sim.get(path(id, QStringLiteral("/ps"))).array();
        QCOMPARE(processes.size(), 3);
        QCOMPARE(processes.first().toObject().value(QLatin1String("pid")).toInt(), 1);
        const QJsonObject main = processes.last().toObject();
        QVERIFY(main.value(QLatin1String("command")).toString().contains(QLatin1String("nginx")));
        QCOMPARE(main.value(QLatin1String("listen_sockets"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("address"))
                     .toString(),
            QStringLiteral("0.0.0.0:80"));
    }

    void checksFollowTheState()
    {
        SimHarness sim;
        sim.createApp(kApp);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("checks"),
            QJsonObject {{QLatin1String("alive"),
                QJsonObject {
                    {QLatin1String("type"), QStringLiteral("tcp")}, {QLatin1String("port"), 80}}}});
        const QString id = sim.createMachine(kApp, config);
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        QJsonObject check =
            sim.get(path(id)).object().value(QLatin1String("checks")).toArray().first().toObject();
        QCOMPARE(check.value(QLatin1String("name")).toString(), QStringLiteral("alive"));
        QCOMPARE(check.value(QLatin1String("status")).toString(), QStringLiteral("passing"));
        sim.post(path(id, QStringLiteral("/stop")));
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("stopped")));
        check =
            sim.get(path(id)).object().value(QLatin1String("checks")).toArray().first().toObject();
        QCOMPARE(check.value(QLatin1String("status")).toString(), QStringLiteral("critical"));
    }
};

QTEST_GUILESS_MAIN(TestSimMachineActions)
#include "tst_simmachineactions.moc"
