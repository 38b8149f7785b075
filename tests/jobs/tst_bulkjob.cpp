#include "api/operations/createandwait.h"
#include "api/operations/transitionandwait.h"
#include "apiharness.h"
#include "core/jobs/bulkjob.h"
#include "core/jobs/machinejobs.h"
#include "sim/server/simserver.h"

#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using hangar::core::BulkItemResult;
using hangar::core::BulkJob;
using hangar::core::BulkJobItem;
using hangar::core::Job;
using hangar::core::MachineRef;
using hangar::tests::ApiHarness;
using hangar::tests::await;
using hangar::tests::runToEnd;

namespace {

const QString kApp = QStringLiteral("app");
constexpr int kWait = 60000;

QList<MachineRef> createMachines(ApiHarness &harness, int count)
{
    QList<MachineRef> machines;
    for (int i = 1; i <= count; ++i) {
        CreateMachineRequest request;
        request.name = QStringLiteral("web-%1").arg(i);
        request.config.setImage(QStringLiteral("nginx:latest"));
        CreateAndWait create(harness.client(), kApp, request);
        if (!runToEnd(create) || !create.succeeded())
            qFatal("create-and-wait failed: %s", qPrintable(create.error().message()));
        machines.append({kApp, create.machine().id(), create.machine().name()});
    }
    return machines;
}

QString stateOf(ApiHarness &harness, const MachineRef &machine)
{
    return await(harness.client().getMachine(kApp, machine.id))->state();
}

// Stop items whose factories count how many operations exist and are unfinished at once.
struct CountingStops {
    int made = 0;
    int active = 0;
    int peak = 0;
    QObject context;

    QList<BulkJobItem> items(ApiHarness &harness, const QList<MachineRef> &machines)
    {
        QList<BulkJobItem> result;
        for (const MachineRef &machine : machines) {
            result.append({machine.label, [this, &harness, machine] {
                               auto operation =
                                   std::make_unique<TransitionAndWait>(harness.client(), kApp,
                                       machine.id, TransitionAndWait::Transition::Stop);
                               ++made;
                               peak = qMax(peak, ++active);
                               QObject::connect(operation.get(), &MachineOperation::finished,
                                   &context, [this] { --active; });
                               return operation;
                           }});
        }
        return result;
    }
};

} // namespace

class TestBulkJob : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stopsEveryMachineWithinTheConcurrencyLimit_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("default") << 2;
        QTest::newRow("three") << 3;
    }

    void stopsEveryMachineWithinTheConcurrencyLimit()
    {
        QFETCH(int, concurrency);
        ApiHarness harness;
        harness.createApp(kApp);
        const QList<MachineRef> machines = createMachines(harness, 5);
        CountingStops stops;
        BulkJob job(QStringLiteral("Stop 5 machines"), stops.items(harness, machines));
        QCOMPARE(job.concurrency(), 2);
        job.setConcurrency(concurrency);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy itemFinished(&job, &BulkJob::itemFinished);
        int peakSeenByJob = 0;
        connect(&job, &Job::changed, this,
            [&] { peakSeenByJob = qMax(peakSeenByJob, job.runningItemCount()); });
        QList<double> progress;
        connect(&job, &Job::changed, this, [&](Job::Changes what) {
            if (what & Job::Change::Progress)
                progress.append(job.progressFraction());
        });

        job.start();
        QCOMPARE(job.runningItemCount(), concurrency);
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), kWait);

        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(itemFinished.count(), 5);
        QCOMPARE(stops.made, 5);
        QCOMPARE(stops.peak, concurrency);
        QVERIFY(peakSeenByJob <= concurrency);
        QCOMPARE(job.runningItemCount(), 0);
        QCOMPARE(job.succeededCount(), 5);
        QCOMPARE(progress, (QList<double> {0.0, 0.2, 0.4, 0.6, 0.8, 1.0}));
        for (const BulkItemResult &result : job.results()) {
            QCOMPARE(result.state, BulkItemResult::State::Succeeded);
            QCOMPARE(result.machine.state(), QStringLiteral("stopped"));
        }
        for (const MachineRef &machine : machines)
            QCOMPARE(stateOf(harness, machine), QStringLiteral("stopped"));
    }

    void aFailingItemIsNamedInTheSummary()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const QList<MachineRef> machines = createMachines(harness, 5);
        QVERIFY(await(harness.client().acquireLease(
                          kApp, machines.at(2).id, 60, QStringLiteral("someone else")))
                    .ok());
        std::unique_ptr<BulkJob> job(hangar::core::makeBulkTransitionJob(
            harness.client(), machines, TransitionAndWait::Transition::Stop));
        QCOMPARE(job->title(), QStringLiteral("Stop 5 machine(s)"));
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), kWait);

        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->summary(), QStringLiteral("4 of 5 machine(s) stopped; 1 failed"));
        QCOMPARE(job->failedCount(), 1);
        QVERIFY(job->errorMessage().startsWith(QLatin1String("web-3: ")));
        QVERIFY(job->errorMessage().contains(QLatin1String("lease")));
        QCOMPARE(job->error().reason(), ApiError::Reason::LeaseHeld);
        QVERIFY(job->errorDetails().contains(QLatin1String("web-3")));
        QVERIFY(job->errorDetails().contains(QLatin1String("fly-request-id")));
        const QList<BulkItemResult> results = job->results();
        QCOMPARE(results.at(2).state, BulkItemResult::State::Failed);
        QCOMPARE(results.at(2).errorMessage, results.at(2).error.message());
        QCOMPARE(stateOf(harness, machines.at(2)), QStringLiteral("started"));
        for (int i : {0, 1, 3, 4}) {
            QCOMPARE(results.at(i).state, BulkItemResult::State::Succeeded);
            QCOMPARE(stateOf(harness, machines.at(i)), QStringLiteral("stopped"));
        }
    }

    void cancellingMidWayStopsTheRest()
    {
        ApiHarness harness;
        harness.createApp(kApp);
        const QList<MachineRef> machines = createMachines(harness, 5);
        harness.server().setSpeed(5.0); // a stop takes seconds: time enough to cancel
        CountingStops stops;
        BulkJob job(QStringLiteral("Stop 5 machines"), stops.items(harness, machines));
        job.setOutcomeText([](int succeeded, int total) {
            return QStringLiteral("%1 of %2 stopped").arg(succeeded).arg(total);
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            job.currentStep().endsWith(QLatin1String("Waiting for the machine")), kWait);
        job.cancel();

        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.runningItemCount(), 0);
        const int made = stops.made;
        QVERIFY(made < 5);
        int cancelled = 0;
        for (const BulkItemResult &result : job.results())
            cancelled += result.state == BulkItemResult::State::Cancelled ? 1 : 0;
        QCOMPARE(cancelled, 5 - job.succeededCount() - job.failedCount());
        QVERIFY(job.summary().contains(QLatin1String("cancelled")));

        // Nothing new starts afterwards, and the machines never reached stay as they were.
        QTest::qWait(300);
        QCOMPARE(stops.made, made);
        QCOMPARE(finished.count(), 1);
        for (int i = made; i < machines.size(); ++i)
            QCOMPARE(stateOf(harness, machines.at(i)), QStringLiteral("started"));
    }

    void itemsThatCannotBeMadeFailWithoutStoppingTheOthers()
    {
        int made = 0;
        QList<BulkJobItem> items;
        for (const QString &label : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
            items.append({label, [&made]() -> std::unique_ptr<MachineOperation> {
                              ++made;
                              return nullptr;
                          }});
        BulkJob job(QStringLiteral("Stop 3 machines"), items);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QCOMPARE(made, 3);
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.failedCount(), 3);
        QVERIFY(job.summary().endsWith(QLatin1String("3 failed")));
        QVERIFY(job.errorMessage().startsWith(QLatin1String("a: ")));
        QVERIFY(job.errorMessage().contains(QLatin1String("2 more")));
    }

    void anEmptyBulkJobSucceedsAtOnce()
    {
        BulkJob job(QStringLiteral("Stop 0 machines"), {});
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!job.summary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkJob)
#include "tst_bulkjob.moc"
