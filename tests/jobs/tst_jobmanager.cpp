#include "core/jobs/jobmanager.h"
#include "scriptedjob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using hangar::core::Job;
using hangar::core::JobManager;
using hangar::tests::ScriptedJob;

class TestJobManager : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addAnnouncesThenStartsAndOwns()
    {
        JobManager manager;
        auto *job = new ScriptedJob;
        QList<Job::State> stateWhenAnnounced;
        connect(&manager, &JobManager::jobAdded, this,
            [&stateWhenAnnounced](Job *added) { stateWhenAnnounced.append(added->state()); });
        QSignalSpy running(&manager, &JobManager::runningCountChanged);
        QCOMPARE(manager.add(job), job);
        QCOMPARE(stateWhenAnnounced, QList<Job::State> {Job::State::Queued});
        QCOMPARE(job->state(), Job::State::Running);
        QCOMPARE(job->parent(), &manager);
        QCOMPARE(manager.jobs(), QList<Job *> {job});
        QCOMPARE(manager.runningCount(), 1);
        QCOMPARE(running.count(), 1);
        QCOMPARE(running.at(0).at(0).toInt(), 1);
    }

    void finishedJobsAreAnnouncedAndKept()
    {
        JobManager manager;
        auto *first = new ScriptedJob;
        auto *second = new ScriptedJob;
        manager.add(first);
        manager.add(second);
        QCOMPARE(manager.runningCount(), 2);
        QSignalSpy finished(&manager, &JobManager::jobFinished);
        QSignalSpy running(&manager, &JobManager::runningCountChanged);
        first->succeed();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<Job *>(), first);
        QCOMPARE(running.at(0).at(0).toInt(), 1);
        QCOMPARE(manager.runningCount(), 1);
        QCOMPARE(manager.jobs(), (QList<Job *> {first, second}));
    }

    void aJobThatEndsAtOnceIsAnnouncedInOrder()
    {
        JobManager manager;
        auto *job = new ScriptedJob;
        job->setOnRun([](ScriptedJob &self) { self.succeed(); });
        QStringList order;
        connect(
            &manager, &JobManager::jobAdded, this, [&order] { order << QStringLiteral("added"); });
        connect(&manager, &JobManager::jobFinished, this,
            [&order] { order << QStringLiteral("finished"); });
        manager.add(job);
        QCOMPARE(order, (QStringList {QStringLiteral("added"), QStringLiteral("finished")}));
        QCOMPARE(manager.runningCount(), 0);
    }

    void clearFinishedRemovesOnlyFinishedJobs()
    {
        JobManager manager;
        auto *done = new ScriptedJob;
        auto *failed = new ScriptedJob;
        auto *running = new ScriptedJob;
        manager.add(done);
        manager.add(failed);
        manager.add(running);
        done->succeed();
        failed->fail(QStringLiteral("no"), QString());
        QSignalSpy removed(&manager, &JobManager::jobRemoved);
        QPointer<Job> doneGuard(done);
        manager.clearFinished();
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.at(0).at(0).value<Job *>(), done);
        QCOMPARE(removed.at(1).at(0).value<Job *>(), failed);
        QCOMPARE(manager.jobs(), QList<Job *> {running});
        QTRY_VERIFY(doneGuard.isNull());
        manager.clearFinished();
        QCOMPARE(removed.count(), 2);
    }

    void cancelAllCancelsWhatRuns()
    {
        JobManager manager;
        auto *done = new ScriptedJob;
        auto *running = new ScriptedJob;
        manager.add(done);
        manager.add(running);
        done->succeed();
        manager.cancelAll();
        QCOMPARE(done->state(), Job::State::Succeeded);
        QCOMPARE(running->state(), Job::State::Cancelled);
        QCOMPARE(running->abortCount(), 1);
        QCOMPARE(manager.runningCount(), 0);
    }

    void destroyingTheManagerCancelsRunningJobsQuietly()
    {
        int aborted = 0;
        auto manager = std::make_unique<JobManager>();
        auto *job = new ScriptedJob;
        job->setOnAbort([&aborted](ScriptedJob &) { ++aborted; });
        manager->add(job);
        QSignalSpy finished(manager.get(), &JobManager::jobFinished);
        QPointer<Job> guard(job);
        manager.reset();
        QCOMPARE(aborted, 1);
        QVERIFY(guard.isNull());
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
