// ExecChannel against the simulator over loopback: several commands in flight, each with its
// own answer; cancel silences them all, or hands over those the machine may run; what a lost
// answer turns into.
#include "core/transfer/execchannel.h"
#include "sim/server/faultinjector.h"
#include "sim/server/simserver.h"
#include "transferharness.h"

#include <QCoreApplication>
#include <QMap>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace hangar::tests;

namespace {

api::ExecRequest echo(const QString &text)
{
    api::ExecRequest request;
    request.command = {QStringLiteral("echo"), text};
    return request;
}

api::ExecRequest touch(const QString &path)
{
    api::ExecRequest request;
    request.command = {QStringLiteral("touch"), path};
    return request;
}

} // namespace

class TestExecChannel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TransferHarness> m_sim;
    QString m_volume;
    QString m_machine;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sim = std::make_unique<TransferHarness>();
        m_volume = m_sim->createVolume(QStringLiteral("channel"));
        m_machine =
            m_sim->createMachine(QStringLiteral("runner"), m_volume, QStringLiteral("/data"));
    }

    void cleanup() { m_sim.reset(); }

    void severalCommandsInFlightEachGetTheirOwnAnswer()
    {
        sim::FaultSettings faults;
        faults.latencyJitterMs = 30; // answers come back in any order
        m_sim->api().server().setFaults(faults);
        core::ExecChannel channel(m_sim->client());
        channel.setMachine(m_sim->app(), m_machine);
        QMap<int, QString> answers;
        for (int i = 0; i < 5; ++i) {
            channel.run(
                echo(QString::number(i)), true, [&answers, i](const core::ExecOutcome &outcome) {
                    QVERIFY(outcome.ranOk());
                    answers.insert(i, outcome.result.standardOutput().trimmed());
                });
        }
        QCOMPARE(channel.commandsInFlight(), 5);
        QVERIFY(channel.isBusy());
        QTRY_COMPARE(answers.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(answers.value(i), QString::number(i));
        QVERIFY(!channel.isBusy());
    }

    void sentIsToldOnceBeforeTheAnswer()
    {
        // The answer is held back: the body is out long before it, and `sent` says so once.
        sim::FaultSettings faults;
        faults.latencyMs = 300;
        m_sim->api().server().setFaults(faults);
        core::ExecChannel channel(m_sim->client());
        channel.setMachine(m_sim->app(), m_machine);
        api::ExecRequest request = echo(QStringLiteral("big"));
        request.stdinData = QByteArray(2 * 1024 * 1024, 'x');
        request.timeoutSecs = channel.timeoutSecs();
        QStringList events;
        channel.runEncoded(
            api::ApiClient::encodeExecBody(request), true,
            [&events](const core::ExecOutcome &outcome) {
                QVERIFY(outcome.ranOk());
                events.append(QStringLiteral("answer"));
            },
            [&events] { events.append(QStringLiteral("sent")); });
        QTRY_COMPARE(events.size(), 2);
        QCOMPARE(events, (QStringList {QStringLiteral("sent"), QStringLiteral("answer")}));
    }

    void cancelSilencesEveryCommandInFlight()
    {
        sim::FaultSettings faults;
        faults.latencyMs = 150;
        m_sim->api().server().setFaults(faults);
        core::ExecChannel channel(m_sim->client());
        channel.setMachine(m_sim->app(), m_machine);
        int called = 0;
        for (int i = 0; i < 3; ++i)
            channel.run(echo(QStringLiteral("x")), true,
                [&called](const core::ExecOutcome &) { ++called; });
        channel.cancel();
        QVERIFY(!channel.isBusy());
        QTest::qWait(400);
        QCOMPARE(called, 0);
        // The channel works again afterwards.
        bool ran = false;
        channel.run(echo(QStringLiteral("again")), true,
            [&ran](const core::ExecOutcome &outcome) { ran = outcome.ranOk(); });
        QTRY_VERIFY(ran);
    }

    void cancelKeepingRunningHandsOverWhatTheMachineMayRun()
    {
        // Answers are held back, so requests that have left are still running when the channel
        // is cancelled. One whose body is all out is handed over; so is one that has only begun
        // to leave, unless its command may be aborted while sending: that one is aborted and
        // never runs. (Their 4 MiB bodies take many turns of the event loop to go out; one
        // turn only lets the transport start them.)
        sim::FaultSettings faults;
        faults.latencyMs = 300;
        m_sim->api().server().setFaults(faults);
        core::ExecChannel channel(m_sim->client());
        channel.setMachine(m_sim->app(), m_machine);
        int called = 0;
        const auto count = [&called](const core::ExecOutcome &) { ++called; };
        api::ExecRequest delivered = touch(QStringLiteral("/data/delivered"));
        delivered.timeoutSecs = channel.timeoutSecs();
        bool sent = false;
        channel.runEncoded(
            api::ApiClient::encodeExecBody(delivered), true, count, [&sent] { sent = true; });
        QTRY_VERIFY(sent);
        api::ExecRequest leaving = touch(QStringLiteral("/data/leaving"));
        leaving.stdinData = QByteArray(4 * 1024 * 1024, 'x');
        api::ExecRequest never = touch(QStringLiteral("/data/never"));
        never.stdinData = leaving.stdinData;
        channel.run(leaving, true, count);
        channel.run(never, true, count, core::ExecChannel::OnCancel::AbortWhileSending);
        QCoreApplication::processEvents();

        const QList<QPointer<api::ApiJob>> running = channel.cancelKeepingRunning().requests;
        QVERIFY(!channel.isBusy());
        QCOMPARE(running.size(), 2);
        for (const QPointer<api::ApiJob> &job : running)
            QVERIFY(job && !job->isFinished());
        for (const QPointer<api::ApiJob> &job : running)
            QTRY_VERIFY(!job || job->isFinished());

        // Answered after all of them: by then the aborted one would have run, had it left.
        bool ran = false;
        channel.run(echo(QStringLiteral("after")), true,
            [&ran](const core::ExecOutcome &outcome) { ran = outcome.ranOk(); });
        QTRY_VERIFY(ran);
        QCOMPARE(called, 0);
        QCOMPARE(m_sim->volumePaths(m_volume),
            (QStringList {QStringLiteral("/delivered"), QStringLiteral("/leaving")}));
    }

    // The machine may run a command whose answer was lost, even after the client has given up
    // on it; the channel says until when, so what tidies up can wait that long.
    void lostAnswersTellUntilWhenTheirCommandsMayRun()
    {
        core::ExecChannel channel(m_sim->client());
        channel.setMachine(m_sim->app(), m_machine);
        channel.setRetryPolicy(3, 60000, 5); // the pause before a repeat outlasts the test
        QVERIFY(channel.lostCommandsEnd().hasExpired());
        QVERIFY(!channel.hasLostAnswers());
        sim::FaultSettings faults;
        faults.lostAnswerRate = 1.0;
        m_sim->api().server().setFaults(faults);
        int called = 0;
        channel.run(touch(QStringLiteral("/data/lost")), true,
            [&called](const core::ExecOutcome &) { ++called; });
        QTRY_VERIFY(!channel.lostCommandsEnd().hasExpired());
        QTRY_VERIFY(m_sim->volumePaths(m_volume).contains(QStringLiteral("/lost")));

        const core::StillRunning stillRunning = channel.cancelKeepingRunning();
        QVERIFY(stillRunning.requests.isEmpty()); // waiting to be repeated: nothing on its way
        QVERIFY(stillRunning.mayHaveLostCommands());
        // Its exec timeout (5 s) and a margin (2 s) from when the answer was lost.
        QVERIFY(stillRunning.lostCommandsEnd.remainingTime() <= 7000);
        QVERIFY(stillRunning.lostCommandsEnd.remainingTime() > 1000);
        QCOMPARE(stillRunning.lostCommandMayRunMs, 7000);
        QVERIFY(channel.hasLostAnswers());
        QCOMPARE(called, 0);
    }

    void lostAnswersAndRefusals()
    {
        core::ExecChannel channel(m_sim->client());
        channel.setMachine(m_sim->app(), m_machine);
        channel.setRetryPolicy(3, 1, 60);
        sim::FaultSettings faults;
        faults.failRate = 1.0; // every answer is a 5xx, a 429 or a dropped connection
        m_sim->api().server().setFaults(faults);
        std::optional<core::ExecOutcome> repeatable;
        std::optional<core::ExecOutcome> once;
        channel.run(
            echo(QStringLiteral("a")), true, [&](const core::ExecOutcome &o) { repeatable = o; });
        channel.run(
            echo(QStringLiteral("b")), false, [&](const core::ExecOutcome &o) { once = o; });
        QTRY_VERIFY(repeatable && once);
        QCOMPARE(repeatable->kind, core::ExecOutcome::Kind::Unknown);
        QCOMPARE(once->kind, core::ExecOutcome::Kind::Unknown);

        m_sim->api().server().setFaults({});
        channel.setMachine(m_sim->app(), QStringLiteral("no-such-machine"));
        std::optional<core::ExecOutcome> refused;
        channel.run(
            echo(QStringLiteral("c")), true, [&](const core::ExecOutcome &o) { refused = o; });
        QTRY_VERIFY(refused);
        QCOMPARE(refused->kind, core::ExecOutcome::Kind::Failed);
    }
};

QTEST_GUILESS_MAIN(TestExecChannel)
#include "tst_execchannel.moc"
