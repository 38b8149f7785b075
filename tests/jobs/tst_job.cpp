#include "scriptedjob.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using hangar::api::ApiError;
using hangar::core::Job;
using hangar::tests::ScriptedJob;

namespace {

ApiError leaseHeldError()
{
    return ApiError::fromHttp(409,
        R"({"error":"machine lease currently held by someone else","status":"lease_held"})",
        "01REQUESTID");
}

Job::Changes changesAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<Job::Changes>();
}

} // namespace

class TestJob : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNewJobIsQueued()
    {
        ScriptedJob job(QStringLiteral("Stop web"));
        QCOMPARE(job.title(), QStringLiteral("Stop web"));
        QCOMPARE(job.state(), Job::State::Queued);
        QVERIFY(!job.isFinished());
        QVERIFY(job.canCancel());
        QVERIFY(job.isProgressIndeterminate());
        QCOMPARE(job.progressFraction(), -1.0);
        QVERIFY(!job.startedAt().isValid());
        QVERIFY(job.log().isEmpty());
        QCOMPARE(job.runCount(), 0);
    }

    void startRunsOnceAndSaysSo()
    {
        ScriptedJob job;
        QSignalSpy changed(&job, &Job::changed);
        job.start();
        QCOMPARE(job.state(), Job::State::Running);
        QCOMPARE(job.runCount(), 1);
        QVERIFY(job.startedAt().isValid());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changesAt(changed, 0), Job::Changes(Job::Change::State));
        job.start();
        QCOMPARE(job.runCount(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void progressStepsAndLog()
    {
        ScriptedJob job;
        job.start();
        QSignalSpy changed(&job, &Job::changed);
        job.setProgress(2, 5);
        QCOMPARE(job.progressFraction(), 0.4);
        QVERIFY(!job.isProgressIndeterminate());
        QCOMPARE(changesAt(changed, 0), Job::Changes(Job::Change::Progress));
        job.setProgress(2, 5); // no change, no signal
        QCOMPARE(changed.count(), 1);

        job.setStep(QStringLiteral("Stopping the machine"));
        QCOMPARE(job.currentStep(), QStringLiteral("Stopping the machine"));
        QCOMPARE(changesAt(changed, 1), Job::Change::Step | Job::Change::Log);
        job.appendLog(QStringLiteral("a note"));
        QCOMPARE(changesAt(changed, 2), Job::Changes(Job::Change::Log));
        QCOMPARE(job.currentStep(), QStringLiteral("Stopping the machine"));

        const QList<hangar::core::JobLogEntry> log = job.log();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).text, QStringLiteral("Stopping the machine"));
        QCOMPARE(log.at(1).text, QStringLiteral("a note"));
        QVERIFY(log.at(0).time.isValid());
        QVERIFY(log.at(0).time <= log.at(1).time);

        job.setIndeterminate();
        QCOMPARE(job.progressFraction(), -1.0);
    }

    void succeedingFinishesExactlyOnce()
    {
        ScriptedJob job;
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy changed(&job, &Job::changed);
        job.start();
        job.succeed(QStringLiteral("web is stopped"));
        QCOMPARE(job.state(), Job::State::Succeeded);
        QVERIFY(job.isFinished());
        QVERIFY(!job.canCancel());
        QCOMPARE(job.summary(), QStringLiteral("web is stopped"));
        QVERIFY(job.errorMessage().isEmpty());
        QVERIFY(job.finishedAt() >= job.startedAt());
        QVERIFY(job.durationMs() >= 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(changesAt(changed, changed.count() - 1),
            Job::Change::State | Job::Change::Log | Job::Change::Summary);

        // Whatever comes later does not change the outcome.
        job.fail(leaseHeldError());
        job.succeed(QStringLiteral("again"));
        job.cancel();
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(job.summary(), QStringLiteral("web is stopped"));
        QCOMPARE(job.abortCount(), 0);
        QCOMPARE(finished.count(), 1);
    }

    void failingWithAnApiErrorKeepsItsSentenceAndDetails()
    {
        ScriptedJob job;
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy changed(&job, &Job::changed);
        job.start();
        job.fail(leaseHeldError());
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.error().reason(), ApiError::Reason::LeaseHeld);
        QCOMPARE(job.errorMessage(), leaseHeldError().message());
        QVERIFY(job.errorMessage().contains(QLatin1String("lease")));
        QVERIFY(job.errorDetails().contains(QLatin1String("01REQUESTID")));
        QVERIFY(job.log().last().text.contains(job.errorMessage()));
        QVERIFY(changesAt(changed, changed.count() - 1).testFlag(Job::Change::Error));
        QCOMPARE(finished.count(), 1);
        job.cancel();
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(finished.count(), 1);
    }

    void failingWithOwnWords()
    {
        ScriptedJob job;
        job.start();
        job.fail(QStringLiteral("The checksum did not match."), QStringLiteral("sha256 abc"),
            ApiError(), QStringLiteral("0 of 1 files copied"));
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.errorMessage(), QStringLiteral("The checksum did not match."));
        QCOMPARE(job.errorDetails(), QStringLiteral("sha256 abc"));
        QCOMPARE(job.summary(), QStringLiteral("0 of 1 files copied"));
        QVERIFY(!job.error().isError());
    }

    void cancellingARunningJobAbortsItAndFinishesOnce()
    {
        ScriptedJob job;
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.cancel();
        QCOMPARE(job.abortCount(), 1);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QVERIFY(!job.canCancel());
        QVERIFY(job.errorMessage().isEmpty());
        QCOMPARE(finished.count(), 1);
        job.cancel();
        job.succeed();
        QCOMPARE(job.abortCount(), 1);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(finished.count(), 1);
    }

    void cancellingAQueuedJobNeverRunsIt()
    {
        ScriptedJob job;
        QSignalSpy finished(&job, &Job::finished);
        job.cancel();
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(job.abortCount(), 0);
        QCOMPARE(finished.count(), 1);
        job.start();
        QCOMPARE(job.runCount(), 0);
        QCOMPARE(job.state(), Job::State::Cancelled);
    }

    void anOutcomeReachedWhileAbortingStands()
    {
        ScriptedJob job;
        job.setOnAbort([](ScriptedJob &self) { self.succeed(QStringLiteral("made it")); });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.cancel();
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(finished.count(), 1);
    }

    void aJobCanRefuseToBeCancelled()
    {
        ScriptedJob job;
        job.start();
        QSignalSpy changed(&job, &Job::changed);
        job.setCancellable(false);
        QCOMPARE(changesAt(changed, 0), Job::Changes(Job::Change::Cancellable));
        QVERIFY(!job.canCancel());
        job.cancel();
        QCOMPARE(job.state(), Job::State::Running);
        QCOMPARE(job.abortCount(), 0);
    }

    void aJobThatEndsWhileStartingFinishesOnce()
    {
        ScriptedJob job;
        job.setOnRun([](ScriptedJob &self) { self.succeed(); });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(finished.count(), 1);
    }

    void titleChanges()
    {
        ScriptedJob job;
        QSignalSpy changed(&job, &Job::changed);
        job.setTitle(QStringLiteral("Create web-2"));
        QCOMPARE(job.title(), QStringLiteral("Create web-2"));
        QCOMPARE(changesAt(changed, 0), Job::Changes(Job::Change::Title));
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
