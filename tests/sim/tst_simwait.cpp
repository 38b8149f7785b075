#include "sim/state/fleetbuilder.h"
#include "sim/world/simworld.h"
#include "simharness.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {
const QString kApp = QStringLiteral("app");
QString waitPath(const QString &id)
{
    return QStringLiteral("/apps/app/machines/%1/wait").arg(id);
}
} // namespace

class TestSimWait : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void answersAsSoonAsTheStateIsReached()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        const SimReply reply =
            sim.get(waitPath(id), QUrlQuery(QStringLiteral("state=started&timeout=10")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(
            reply.object().value(QLatin1String("state")).toString(), QStringLiteral("started"));
        QCOMPARE(reply.object().value(QLatin1String("version")).toString().size(), 26);
        QCOMPARE(reply.object().value(QLatin1String("event_id")).toString().size(), 26);
        QCOMPARE(sim.machineState(kApp, id), QStringLiteral("started"));
    }

    void defaultsToStartedAndAnswersAtOnceWhenAlreadyThere()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = FleetBuilder(sim.world())
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), QStringLiteral("started"), 1)
                               .id;
        QCOMPARE(sim.get(waitPath(id)).status, 200);
    }

    void timesOutWith408()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = FleetBuilder(sim.world())
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), QStringLiteral("stopped"), 1)
                               .id;
        const SimReply reply =
            sim.get(waitPath(id), QUrlQuery(QStringLiteral("state=started&timeout=1")));
        QCOMPARE(reply.status, 408);
        QVERIFY(reply.error().contains(QLatin1String("started")));
    }

    void settledMeansAnyPersistentState()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        QVERIFY(sim.waitForState(kApp, id, QStringLiteral("started")));
        sim.post(QStringLiteral("/apps/app/machines/%1/stop").arg(id));
        const SimReply reply =
            sim.get(waitPath(id), QUrlQuery(QStringLiteral("state=settled&timeout=10")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.object().value(QLatin1String("state")).toString(), QStringLiteral("stopped"));
    }

    void severalStatesMeanAnyOfThem()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = FleetBuilder(sim.world())
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), QStringLiteral("suspended"), 1)
                               .id;
        QCOMPARE(
            sim.get(waitPath(id), QUrlQuery(QStringLiteral("state=stopped,suspended&timeout=1")))
                .status,
            200);
        QCOMPARE(sim.get(waitPath(id),
                        QUrlQuery(QStringLiteral("state=stopped&state=suspended&timeout=1")))
                     .status,
            200);
    }

    void versionAndFromEventIdIgnoreStaleStates()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = FleetBuilder(sim.world())
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), QStringLiteral("started"), 1)
                               .id;
        const QString eventId = sim.get(QStringLiteral("/apps/app/machines/") + id)
                                    .object()
                                    .value(QLatin1String("events"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("id"))
                                    .toString();
        // Already started, but nothing happened since that event: keep waiting.
        QCOMPARE(
            sim.get(waitPath(id),
                   QUrlQuery(QStringLiteral("state=started&timeout=1&from_event_id=") + eventId))
                .status,
            408);

        const SimReply updated = sim.post(QStringLiteral("/apps/app/machines/") + id,
            {{QLatin1String("config"), SimHarness::nginxConfig()}});
        const QString newVersion = updated.object().value(QLatin1String("version")).toString();
        const SimReply reply = sim.get(waitPath(id),
            QUrlQuery(QStringLiteral("state=started&timeout=10&version=") + newVersion));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("version")).toString(), newVersion);
        QCOMPARE(sim.get(waitPath(id),
                        QUrlQuery(QStringLiteral(
                            "state=started&timeout=1&version=01AAAAAAAAAAAAAAAAAAAAAAAA")))
                     .status,
            408);
    }

    void destroyedIsWaitable()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(
            kApp, SimHarness::nginxConfig(), {}, {{QLatin1String("skip_launch"), true}});
        sim.del(QStringLiteral("/apps/app/machines/") + id);
        QCOMPARE(
            sim.get(waitPath(id), QUrlQuery(QStringLiteral("state=destroyed&timeout=10"))).status,
            200);
    }

    void badParameters()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        QCOMPARE(sim.get(waitPath(id), QUrlQuery(QStringLiteral("state=sleeping"))).status, 400);
        QCOMPARE(sim.get(waitPath(id), QUrlQuery(QStringLiteral("timeout=soon"))).status, 400);
        QCOMPARE(sim.get(waitPath(QStringLiteral("ffffffffffffff"))).status, 404);
    }

    void aClientThatGivesUpDoesNoHarm()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = FleetBuilder(sim.world())
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), QStringLiteral("stopped"), 1)
                               .id;
        // The client's transfer timeout fires first and it disconnects mid long-poll.
        const SimReply abandoned = sim.send("GET", waitPath(id), {}, {},
            QUrlQuery(QStringLiteral("state=started&timeout=2")), true, 300);
        QVERIFY(abandoned.networkError != 0);
        QTest::qWait(2200); // the server's own timeout passes with nobody listening
        QCOMPARE(sim.get(QStringLiteral("/apps/app/machines/") + id).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimWait)
#include "tst_simwait.moc"
