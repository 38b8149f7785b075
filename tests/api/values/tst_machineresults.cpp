#include "api/values/execresult.h"
#include "api/values/processstat.h"
#include "api/values/waitresult.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

// The answers of machine actions: exec, ps and wait.
class TestMachineResults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsAnExecResult()
    {
        const ExecResult result(valuetest::parseObject(
            R"({"exit_code": 2, "exit_signal": 0, "stdout": "hello\n", "stderr": "oops\n"})"));
        QCOMPARE(result.exitCode(), 2);
        QCOMPARE(result.exitSignal(), 0);
        QCOMPARE(result.standardOutput(), u"hello\n"_s);
        QCOMPARE(result.standardError(), u"oops\n"_s);
        QVERIFY(!result.succeeded());
    }

    void missingExecFieldsReadAsZeroOrEmpty()
    {
        const ExecResult quiet(valuetest::parseObject(R"({"stdout": "ok"})"));
        QCOMPARE(quiet.exitCode(), 0);
        QCOMPARE(quiet.exitSignal(), 0);
        QCOMPARE(quiet.standardError(), QString());
        QVERIFY(quiet.succeeded());

        const ExecResult killed(valuetest::parseObject(R"({"exit_signal": 9})"));
        QVERIFY(!killed.succeeded());
        QVERIFY(ExecResult().succeeded());
    }

    void readsProcesses()
    {
        const ProcessStat process(valuetest::parseObject(R"({
            "pid": 713, "command": "/usr/bin/puma -p 8080", "directory": "/app", "cpu": 12,
            "rss": 104857600, "stime": 150, "rtime": 9000000000,
            "listen_sockets": [{"proto": "tcp", "address": "0.0.0.0:8080"},
                               {"proto": "tcp6", "address": "[::]:8080"}]
        })"));
        QCOMPARE(process.pid(), qint64(713));
        QCOMPARE(process.command(), u"/usr/bin/puma -p 8080"_s);
        QCOMPARE(process.directory(), u"/app"_s);
        QCOMPARE(process.cpu(), qint64(12));
        QCOMPARE(process.rss(), qint64(104857600));
        QCOMPARE(process.stime(), qint64(150));
        QCOMPARE(process.rtime(), qint64(9000000000));
        const QList<ListenSocket> sockets = process.listenSockets();
        QCOMPARE(sockets.size(), 2);
        QCOMPARE(sockets.at(0).proto(), u"tcp"_s);
        QCOMPARE(sockets.at(0).address(), u"0.0.0.0:8080"_s);
        QCOMPARE(sockets.at(1).address(), u"[::]:8080"_s);
        QVERIFY(ProcessStat().listenSockets().isEmpty());
    }

    void readsWaitResults()
    {
        const WaitResult current(valuetest::parseObject(R"({
            "ok": true, "state": "started", "version": "01HWQ4ZJ8N5X2R7T9V3K6M1P0D",
            "event_id": "01HWQ51A2B3C4D5E6F7G8H9J0K"
        })"));
        QCOMPARE(current.ok(), true);
        QCOMPARE(current.state(), u"started"_s);
        QCOMPARE(current.version(), u"01HWQ4ZJ8N5X2R7T9V3K6M1P0D"_s);
        QCOMPARE(current.eventId(), u"01HWQ51A2B3C4D5E6F7G8H9J0K"_s);

        const WaitResult old(valuetest::parseObject(R"({"ok": true})"));
        QCOMPARE(old.ok(), true);
        QVERIFY(old.state().isEmpty());
        QVERIFY(old.eventId().isEmpty());
        QCOMPARE(WaitResult().ok(), false);
    }
};

QTEST_GUILESS_MAIN(TestMachineResults)
#include "tst_machineresults.moc"
