#include "api/operations/createandwait.h"
#include "api/operations/transitionandwait.h"
#include "api/operations/updateandwait.h"
#include "apiharness.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace hangar::tests;

namespace {

const QString kApp = QStringLiteral("app");

Machine createMachine(ApiHarness &harness, bool skipLaunch = false)
{
    CreateMachineRequest request;
    request.config.setImage(QStringLiteral("nginx:latest"));
    request.skipLaunch = skipLaunch;
    CreateAndWait create(harness.client(), kApp, request);
    if (!runToEnd(create) || !create.succeeded())
        qFatal("create-and-wait failed: %s", qPrintable(create.error().message()));
    return create.machine();
}

} // namespace

class TestOperations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createAndWaitHonoursSkipLaunch()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        QCOMPARE(createMachine(harness).state(), QStringLiteral("started"));
        QCOMPARE(createMachine(harness, true).state(), QStringLiteral("created"));
    }

    void updateAndWaitTakesAndReleasesTheLease()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness);
        MachineConfig config = machine.config();
        config.setEnvVariable(QStringLiteral("MODE"), QStringLiteral("blue"));
        UpdateAndWait update(harness.client(), kApp, machine.id(), config, machine.version());
        QVERIFY(runToEnd(update));
        QVERIFY2(update.succeeded(), qPrintable(update.error().message()));
        QCOMPARE(
            update.machine().config().env().value(QStringLiteral("MODE")), QStringLiteral("blue"));
        QCOMPARE(await(harness.client().getLease(kApp, machine.id())).error().httpStatus(), 404);
    }

    void updateAndWaitStopsAtAHeldLease()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness);
        const auto other = await(
            harness.client().acquireLease(kApp, machine.id(), 60, QStringLiteral("someone else")));
        QVERIFY(other.ok());
        UpdateAndWait update(
            harness.client(), kApp, machine.id(), machine.config(), machine.version());
        QVERIFY(runToEnd(update));
        QCOMPARE(update.error().reason(), ApiError::Reason::LeaseHeld);
        QVERIFY(update.error().message().contains(QLatin1String("lease")));
        // The other party's lease is untouched.
        QCOMPARE(await(harness.client().getLease(kApp, machine.id()))->nonce(), other->nonce());
    }

    void updateAndWaitReleasesTheLeaseWhenTheUpdateFails()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness);
        UpdateAndWait update(harness.client(), kApp, machine.id(), machine.config(),
            QStringLiteral("01AAAAAAAAAAAAAAAAAAAAAAAA"));
        QVERIFY(runToEnd(update));
        QCOMPARE(update.error().reason(), ApiError::Reason::VersionConflict);
        QTRY_COMPARE(
            await(harness.client().getLease(kApp, machine.id())).error().httpStatus(), 404);
    }

    void cancellingReleasesTheLeaseAndNeverFinishes()
    {
        hangar::sim::SimOptions options = ApiHarness::simOptions();
        options.speed = 1.0; // slow enough to cancel mid-way
        ApiHarness harness(options);
        harness.createApp(kApp);
        const Machine machine = createMachine(harness);
        UpdateAndWait update(
            harness.client(), kApp, machine.id(), machine.config(), machine.version());
        QSignalSpy finished(&update, &MachineOperation::finished);
        QStringList steps;
        connect(&update, &MachineOperation::progress, this,
            [&steps](const QString &step) { steps.append(step); });
        update.start();
        QTRY_VERIFY(steps.size() >= 3); // waiting for the machine to settle
        update.cancel();
        QVERIFY(update.isCancelled());
        QTRY_COMPARE(
            await(harness.client().getLease(kApp, machine.id())).error().httpStatus(), 404);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
    }

    void transitions_data()
    {
        QTest::addColumn<int>("transition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stop") << int(TransitionAndWait::Transition::Stop) << "stopped";
        QTest::newRow("restart") << int(TransitionAndWait::Transition::Restart) << "started";
        QTest::newRow("suspend") << int(TransitionAndWait::Transition::Suspend) << "suspended";
    }

    void transitions()
    {
        QFETCH(int, transition);
        QFETCH(QString, expected);
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness);
        TransitionAndWait operation(
            harness.client(), kApp, machine.id(), TransitionAndWait::Transition(transition));
        QVERIFY(runToEnd(operation));
        QVERIFY2(operation.succeeded(), qPrintable(operation.error().message()));
        QCOMPARE(operation.machine().state(), expected);
        if (expected == QLatin1String("started"))
            QVERIFY(operation.machine().events().first().timestamp()
                >= machine.events().first().timestamp());
    }

    void startFromStopped()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness);
        TransitionAndWait stop(
            harness.client(), kApp, machine.id(), TransitionAndWait::Transition::Stop);
        QVERIFY(runToEnd(stop));
        TransitionAndWait start(
            harness.client(), kApp, machine.id(), TransitionAndWait::Transition::Start);
        QVERIFY(runToEnd(start));
        QCOMPARE(start.machine().state(), QStringLiteral("started"));
        TransitionAndWait again(
            harness.client(), kApp, machine.id(), TransitionAndWait::Transition::Start);
        QVERIFY(runToEnd(again));
        QCOMPARE(again.error().httpStatus(), 412);
    }

    void destroyStopsFirstUnlessForced_data()
    {
        QTest::addColumn<bool>("force");
        QTest::newRow("stop then destroy") << false;
        QTest::newRow("forced") << true;
    }

    void destroyStopsFirstUnlessForced()
    {
        QFETCH(bool, force);
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness);
        DestroyMachine destroy(harness.client(), kApp, machine.id(), force);
        QStringList steps;
        connect(&destroy, &MachineOperation::progress, this,
            [&steps](const QString &step) { steps.append(step); });
        QVERIFY(runToEnd(destroy));
        QVERIFY2(destroy.succeeded(), qPrintable(destroy.error().message()));
        QCOMPARE(destroy.machine().state(), QStringLiteral("destroyed"));
        QCOMPARE(steps.join(QLatin1Char('|')).contains(QLatin1String("Stopping")), !force);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
