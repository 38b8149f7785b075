// whenSettled() with real requests to the simulator: it waits for every one to finish or go,
// and for commands whose answers were lost to be done, gives up after its timeout (cancelling
// what is left), tells once, and not at all once its context is gone.
#include "core/transfer/whensettled.h"
#include "sim/server/faultinjector.h"
#include "sim/server/simserver.h"
#include "transferharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace hangar::tests;

class TestWhenSettled : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TransferHarness> m_sim;
    QString m_machine;

    // An exec whose answer the simulator holds back for `latencyMs`.
    QPointer<api::ApiJob> slowExec(int latencyMs)
    {
        sim::FaultSettings faults;
        faults.latencyMs = latencyMs;
        m_sim->api().server().setFaults(faults);
        api::ExecRequest request;
        request.command = {QStringLiteral("true")};
        return m_sim->client().exec(m_sim->app(), m_machine, request).job();
    }

    static core::StillRunning only(const QList<QPointer<api::ApiJob>> &requests)
    {
        core::StillRunning stillRunning;
        stillRunning.requests = requests;
        return stillRunning;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sim = std::make_unique<TransferHarness>();
        m_machine = m_sim->createMachine(QStringLiteral("runner"), {}, {});
    }

    void cleanup() { m_sim.reset(); }

    void nothingToWaitForIsToldFromTheEventLoop()
    {
        QObject context;
        int told = 0;
        core::whenSettled(only({QPointer<api::ApiJob>()}), &context, 60000, [&told] { ++told; });
        QCOMPARE(told, 0);
        QTRY_COMPARE(told, 1);
    }

    void waitsForEveryRequestToFinish()
    {
        const QPointer<api::ApiJob> first = slowExec(100);
        const QPointer<api::ApiJob> second = slowExec(300);
        QVERIFY(first && second);
        QObject context;
        int told = 0;
        bool bothDone = false;
        core::whenSettled(only({first, second}), &context, 60000, [&] {
            ++told;
            bothDone = (!first || first->isFinished()) && (!second || second->isFinished());
        });
        QTRY_COMPARE_WITH_TIMEOUT(told, 1, 10000);
        QVERIFY(bothDone);
    }

    void aCancelledRequestCountsAsSettled()
    {
        const QPointer<api::ApiJob> job = slowExec(30000);
        QObject context;
        int told = 0;
        core::whenSettled(only({job}), &context, 60000, [&told] { ++told; });
        QTest::qWait(50);
        QCOMPARE(told, 0);
        job->cancel();
        QTRY_COMPARE(told, 1);
    }

    void givesUpAfterItsTimeoutCancellingWhatIsLeft()
    {
        const QPointer<api::ApiJob> job = slowExec(30000);
        QObject context;
        int told = 0;
        bool cancelledFirst = false;
        core::whenSettled(only({job}), &context, 100, [&] {
            ++told;
            cancelledFirst = !job || job->isCancelled();
        });
        QTRY_COMPARE_WITH_TIMEOUT(told, 1, 10000);
        QVERIFY(cancelledFirst);
        QTest::qWait(50);
        QCOMPARE(told, 1);
    }

    void waitsUntilCommandsWhoseAnswersWereLostAreDone()
    {
        core::StillRunning stillRunning;
        stillRunning.lostCommandsEnd = QDeadlineTimer(2000, Qt::PreciseTimer);
        QObject context;
        int told = 0;
        bool lostCommandsDone = false;
        core::whenSettled(stillRunning, &context, 60000, [&] {
            ++told;
            lostCommandsDone = stillRunning.lostCommandsEnd.hasExpired();
        });
        QTest::qWait(20);
        QCOMPARE(told, 0);
        QTRY_COMPARE_WITH_TIMEOUT(told, 1, 10000);
        QVERIFY(lostCommandsDone);
    }

    // A request given up on at the timeout may still run on the machine, like one whose
    // answer was lost: the timeout (100 ms) and then that long (600 ms) are waited for.
    void aRequestGivenUpOnIsWaitedForLikeALostAnswer()
    {
        const QPointer<api::ApiJob> job = slowExec(30000);
        core::StillRunning stillRunning = only({job});
        stillRunning.lostCommandMayRunMs = 600;
        QObject context;
        int told = 0;
        bool cancelledFirst = false;
        bool waitedLongEnough = false;
        const QDeadlineTimer earliest(700, Qt::PreciseTimer);
        core::whenSettled(stillRunning, &context, 100, [&] {
            ++told;
            cancelledFirst = !job || job->isCancelled();
            waitedLongEnough = earliest.hasExpired();
        });
        QTRY_COMPARE_WITH_TIMEOUT(told, 1, 10000);
        QVERIFY(cancelledFirst);
        QVERIFY(waitedLongEnough);
    }

    void combiningKeepsEveryRequestAndTheLaterEnd()
    {
        core::StillRunning first = only({slowExec(100)});
        first.lostCommandsEnd = QDeadlineTimer(500000);
        core::StillRunning second = only({slowExec(100)});
        second.lostCommandsEnd = QDeadlineTimer(600000);
        core::StillRunning none;
        QVERIFY(!none.mayHaveLostCommands());
        none += first;
        QCOMPARE(none.requests.size(), 1);
        QCOMPARE(none.lostCommandsEnd, first.lostCommandsEnd);
        none += second;
        QCOMPARE(none.requests.size(), 2);
        QCOMPARE(none.lostCommandsEnd, second.lostCommandsEnd);
        none += first;
        QCOMPARE(none.lostCommandsEnd, second.lostCommandsEnd);
    }

    void notToldOnceItsContextIsGone()
    {
        const QPointer<api::ApiJob> job = slowExec(100);
        auto context = std::make_unique<QObject>();
        int told = 0;
        core::whenSettled(only({job}), context.get(), 60000, [&told] { ++told; });
        context.reset();
        QTRY_VERIFY(!job || job->isFinished());
        QTest::qWait(50);
        QCOMPARE(told, 0);
    }
};

QTEST_GUILESS_MAIN(TestWhenSettled)
#include "tst_whensettled.moc"
