#include "api/operations/createandwait.h"
#include "api/operations/transitionandwait.h"
#include "apiharness.h"
#include "core/jobs/machinejobs.h"
#include "core/jobs/operationjob.h"
#include "sim/server/simserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using hangar::core::Job;
using hangar::core::JobLogEntry;
using hangar::core::MachineRef;
using hangar::core::OperationJob;
using hangar::tests::ApiHarness;
using hangar::tests::await;
using hangar::tests::runToEnd;

namespace {

const QString kApp = QStringLiteral("app");

Machine createMachine(ApiHarness &harness, const QString &name)
{
    CreateMachineRequest request;
    request.name = name;
    request.config.setImage(QStringLiteral("nginx:latest"));
    CreateAndWait create(harness.client(), kApp, request);
    if (!runToEnd(create) || !create.succeeded())
        qFatal("create-and-wait failed: %s", qPrintable(create.error().message()));
    return create.machine();
}

QStringList texts(const QList<JobLogEntry> &log)
{
    QStringList result;
    for (const JobLogEntry &entry : log)
        result.append(entry.text);
    return result;
}

std::unique_ptr<OperationJob> stopJob(ApiHarness &harness, const Machine &machine)
{
    return std::unique_ptr<OperationJob>(hangar::core::makeTransitionJob(harness.client(),
        MachineRef {kApp, machine.id(), machine.name()}, TransitionAndWait::Transition::Stop));
}

} // namespace

class TestOperationJob : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stoppingAMachineLogsItsStepsAndSucceeds()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness, QStringLiteral("web-1"));
        const auto job = stopJob(harness, machine);
        QCOMPARE(job->title(), QStringLiteral("Stop web-1"));
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QCOMPARE(job->state(), Job::State::Running);
        QCOMPARE(job->progressFraction(), -1.0);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);

        QCOMPARE(job->state(), Job::State::Succeeded);
        QCOMPARE(finished.count(), 1);
        const QStringList log = texts(job->log());
        QVERIFY2(log.contains(QStringLiteral("Stopping the machine")), qPrintable(log.join(u'|')));
        QVERIFY2(
            log.contains(QStringLiteral("Waiting for the machine")), qPrintable(log.join(u'|')));
        QCOMPARE(job->progressFraction(), 1.0);
        QCOMPARE(job->summary(), QStringLiteral("web-1 is stopped"));
        QCOMPARE(job->operation()->machine().state(), QStringLiteral("stopped"));
        QCOMPARE(await(harness.client().getMachine(kApp, machine.id()))->state(),
            QStringLiteral("stopped"));
    }

    void aLeaseHeldBySomeoneElseFailsWithTheLeaseSentence()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness, QStringLiteral("web-1"));
        QVERIFY(await(
            harness.client().acquireLease(kApp, machine.id(), 60, QStringLiteral("someone else")))
                    .ok());
        const auto job = stopJob(harness, machine);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);

        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error().reason(), ApiError::Reason::LeaseHeld);
        QCOMPARE(job->errorMessage(), job->error().message());
        QVERIFY(job->errorMessage().contains(QLatin1String("lease")));
        QVERIFY(job->errorDetails().contains(QLatin1String("fly-request-id")));
        QCOMPARE(await(harness.client().getMachine(kApp, machine.id()))->state(),
            QStringLiteral("started"));
    }

    void cancellingMidWayEndsAsCancelledOnce()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const Machine machine = createMachine(harness, QStringLiteral("web-1"));
        harness.server().setSpeed(5.0); // a stop takes seconds: time enough to cancel
        const auto job = stopJob(harness, machine);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(
            job->currentStep(), QStringLiteral("Waiting for the machine"), 30000);
        QVERIFY(job->canCancel());
        job->cancel();

        QCOMPARE(job->state(), Job::State::Cancelled);
        QVERIFY(job->operation()->isCancelled());
        QCOMPARE(finished.count(), 1);
        QVERIFY(job->errorMessage().isEmpty());
        // The operation stays quiet after a cancel, and so does the job.
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->state(), Job::State::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestOperationJob)
#include "tst_operationjob.moc"
