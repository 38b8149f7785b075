#include "apiharness.h"
#include "core/fleet/fleetstore.h"
#include "sim/server/simserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace hangar::tests;

namespace {

sim::SimOptions demo()
{
    sim::SimOptions options = ApiHarness::simOptions();
    options.seed = QStringLiteral("demo");
    return options;
}

// A store that polls fast, so tests see refreshes without waiting long.
core::FleetStore::Intervals quick()
{
    core::FleetStore::Intervals intervals;
    intervals.focusedAppMs = 100;
    intervals.backgroundAppMs = 200;
    intervals.appListMs = 300;
    intervals.tickMs = 50;
    return intervals;
}

QString machineNamed(const core::FleetStore &store, const QString &name)
{
    for (const core::MachineRecord &record : store.machines()) {
        if (record.machine.name() == name)
            return record.machine.id();
    }
    return {};
}

} // namespace

class TestFleetStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstLoadBringsEverything()
    {
        ApiHarness harness(demo());
        core::FleetStore store(&harness.client(), {});
        QSignalSpy loaded(&store, &core::FleetStore::loaded);
        store.start();
        QVERIFY(loaded.wait(20000));
        QVERIFY(store.hasLoaded());
        QCOMPARE(store.apps().size(), 6); // both organisations, found through /tokens/current
        QVERIFY(store.machines().size() >= 40);
        QVERIFY(!store.volumes().isEmpty());
        QTRY_VERIFY(!store.regions().regions.isEmpty());
        QVERIFY(store.lastRefresh().isValid());
        QVERIFY(!store.lastError().isError());
        for (const core::MachineRecord &record : store.machines())
            QVERIFY(record.machine.state() != QLatin1String("destroyed"));
        QCOMPARE(store.machinesOfApp(QStringLiteral("postgres-main")).size(), 3);
    }

    void aChangeMadeElsewhereArrivesAsOneChangedMachine()
    {
        ApiHarness harness(demo());
        core::FleetStore store(
            &harness.client(), {QStringLiteral("personal"), QStringLiteral("acme-corp")});
        QSignalSpy loaded(&store, &core::FleetStore::loaded);
        store.start();
        QVERIFY(loaded.wait(20000));
        const QString id = machineNamed(store, QStringLiteral("web-1"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(store.machine(id)->machine.state(), QStringLiteral("started"));

        QSignalSpy deltas(&store, &core::FleetStore::deltaReady);
        QVERIFY(await(harness.client().stopMachine(QStringLiteral("web-frontend"), id)).ok());
        api::WaitOptions wait;
        wait.states = {QStringLiteral("stopped")};
        QVERIFY(
            await(harness.client().waitForState(QStringLiteral("web-frontend"), id, wait)).ok());
        store.refreshApp(QStringLiteral("web-frontend"));
        QVERIFY(deltas.wait(10000));
        const auto delta = deltas.last().first().value<core::FleetDelta>();
        QCOMPARE(delta.machinesChanged.size(), 1);
        QCOMPARE(delta.machinesChanged.first().machine.id(), id);
        QVERIFY(delta.machinesAdded.isEmpty());
        QVERIFY(delta.machinesRemoved.isEmpty());
        QCOMPARE(store.machine(id)->machine.state(), QStringLiteral("stopped"));
    }

    void pollingFindsNewAndDestroyedMachinesAndApps()
    {
        ApiHarness harness;
        harness.createApp(QStringLiteral("app"));
        core::FleetStore store(&harness.client(), {QStringLiteral("personal")});
        store.setIntervals(quick());
        QSignalSpy loaded(&store, &core::FleetStore::loaded);
        store.start();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(store.machines().size(), 0);

        api::CreateMachineRequest request;
        request.config.setImage(QStringLiteral("nginx"));
        request.skipLaunch = true;
        const QString id =
            await(harness.client().createMachine(QStringLiteral("app"), request))->id();
        QTRY_VERIFY_WITH_TIMEOUT(store.machine(id).has_value(), 10000);
        QCOMPARE(store.machine(id)->appName, QStringLiteral("app"));

        QVERIFY(await(harness.client().destroyMachine(QStringLiteral("app"), id)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!store.machine(id).has_value(), 10000);

        harness.createApp(QStringLiteral("late-app"));
        QTRY_VERIFY_WITH_TIMEOUT(store.app(QStringLiteral("late-app")).has_value(), 10000);
        QVERIFY(await(harness.client().deleteApp(QStringLiteral("late-app"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!store.app(QStringLiteral("late-app")).has_value(), 10000);
    }

    void nothingIsPolledWhilePaused()
    {
        ApiHarness harness;
        harness.createApp(QStringLiteral("app"));
        core::FleetStore store(&harness.client(), {QStringLiteral("personal")});
        store.setIntervals(quick());
        QSignalSpy loaded(&store, &core::FleetStore::loaded);
        store.start();
        QVERIFY(loaded.wait(20000));
        store.setPaused(true);
        QTest::qWait(100); // let anything already in flight land
        int requests = 0;
        connect(
            &harness.server(), &sim::SimServer::requestHandled, this, [&requests] { ++requests; });
        QTest::qWait(600);
        QCOMPARE(requests, 0);
        store.setPaused(false);
        QTRY_VERIFY(requests > 0);
    }

    void unchangedRefreshesAnnounceNothing()
    {
        ApiHarness harness(demo());
        core::FleetStore store(&harness.client(), {QStringLiteral("personal")});
        QSignalSpy loaded(&store, &core::FleetStore::loaded);
        store.start();
        QVERIFY(loaded.wait(20000));
        QSignalSpy deltas(&store, &core::FleetStore::deltaReady);
        QSignalSpy refreshed(&store, &core::FleetStore::refreshed);
        store.refreshApp(QStringLiteral("postgres-main"));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(deltas.count(), 0);
    }

    void failuresKeepWhatIsKnownAndSayWhy()
    {
        ApiHarness harness(demo());
        core::FleetStore store(&harness.client(), {QStringLiteral("personal")});
        QSignalSpy loaded(&store, &core::FleetStore::loaded);
        store.start();
        QVERIFY(loaded.wait(20000));
        const qsizetype machines = store.machines().size();
        harness.transport().setToken(QStringLiteral("fm2_revoked"));
        QSignalSpy failed(&store, &core::FleetStore::refreshFailed);
        store.refreshAll();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<api::ApiError>().reason(),
            api::ApiError::Reason::TokenRejected);
        QTRY_VERIFY(!store.isRefreshing());
        QCOMPARE(store.machines().size(), machines);
        QCOMPARE(store.lastError().reason(), api::ApiError::Reason::TokenRejected);
    }
};

QTEST_GUILESS_MAIN(TestFleetStore)
#include "tst_fleetstore.moc"
