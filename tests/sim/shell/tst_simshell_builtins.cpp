// Shell builtins (exit, cd, set, shift, echo, test and [), sh invocations and the working
// directory.
#include "sim/shell/shelltestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;
using namespace hangar::sim::test;

class TestSimShellBuiltins : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exitBuiltin_data();
    void exitBuiltin();
    void cdBuiltin();
    void setErrexit();
    void setNounset();
    void setPositionalAndShift();
    void setXtraceAndPipefail();
    void echo_data();
    void echo();
    void testBuiltin_data();
    void testBuiltin();
    void bracketNeedsClosingBracket();
    void shInvocations();
    void workingDirectory();
};

void TestSimShellBuiltins::exitBuiltin_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expectedOutput");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("explicit") << "echo a; exit 3; echo b"
                              << "a\n"
                              << 3;
    QTest::newRow("last status") << "false; exit"
                                 << "" << 1;
    QTest::newRow("wraps") << "exit 257"
                           << "" << 1;
    QTest::newRow("negative") << "exit -1"
                              << "" << 255;
    QTest::newRow("in and-or") << "true && exit 4 || echo no"
                               << "" << 4;
    QTest::newRow("illegal number") << "exit abc"
                                    << "" << 2;
}

void TestSimShellBuiltins::exitBuiltin()
{
    QFETCH(QString, script);
    QFETCH(QString, expectedOutput);
    QFETCH(int, expectedStatus);
    MachineFixture machine;
    const ExecResult result = machine.sh(script);
    QCOMPARE(text(result.stdoutData), expectedOutput);
    QCOMPARE(result.exitCode, expectedStatus);
}

void TestSimShellBuiltins::cdBuiltin()
{
    MachineFixture machine;
    ExecResult result = machine.sh(
        QStringLiteral("pwd; cd /usr && pwd; cd share; pwd; cd ..; pwd; cd; pwd; cd /data/; pwd"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("/\n/usr\n/usr/share\n/usr\n/root\n/data\n"));
    result = machine.sh(QStringLiteral("cd /nope; echo $?; cd /etc/hostname"));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(result.stdoutData), QStringLiteral("2\n"));
    QCOMPARE(text(result.stderrData),
        QStringLiteral("sh: cd: can't cd to /nope: No such file or directory\n"
                       "sh: cd: can't cd to /etc/hostname: Not a directory\n"));
    result = machine.sh(QStringLiteral("cd ~/ && pwd"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("/root\n"));
}

void TestSimShellBuiltins::setErrexit()
{
    MachineFixture machine;
    ExecResult result = machine.sh(QStringLiteral("set -e; echo a; false; echo b"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("a\n"));
    QCOMPARE(result.exitCode, 1);
    result = machine.sh(QStringLiteral("set -e; false || true; false && true; ! true; echo kept"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("kept\n"));
    QCOMPARE(result.exitCode, 0);
    result = machine.sh(QStringLiteral("set -e; set +e; false; echo off"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("off\n"));
    result = machine.sh(
        QStringLiteral("set -e; cat /nope 2>/dev/null | true; cat /nope 2>/dev/null; echo no"));
    QCOMPARE(result.stdoutData, QByteArray());
    QCOMPARE(result.exitCode, 1);
    result = machine.run(
        {QStringLiteral("sh"), QStringLiteral("-ec"), QStringLiteral("false; echo no")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.stdoutData, QByteArray());
}

void TestSimShellBuiltins::setNounset()
{
    MachineFixture machine;
    ExecResult result = machine.sh(
        QStringLiteral("set -u; echo \"$1\"; echo $2; echo no"), {QStringLiteral("one")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("one\n"));
    QCOMPARE(text(result.stderrData), QStringLiteral("sh: 2: parameter not set\n"));
    QCOMPARE(result.exitCode, 2);
    result = machine.sh(QStringLiteral("set -u; echo \"$@\" $# $0 $?; echo ok"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("0 hangar 0\nok\n"));
    result = machine.sh(QStringLiteral("set -u; cat < \"$3\""));
    QCOMPARE(result.exitCode, 2);
}

void TestSimShellBuiltins::setPositionalAndShift()
{
    MachineFixture machine;
    ExecResult result = machine.sh(
        QStringLiteral("set -- a 'b c'; echo $# \"$2\"; shift; echo $# \"$1\"; set --; echo $#"),
        {QStringLiteral("x")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("2 b c\n1 b c\n0\n"));
    result = machine.sh(QStringLiteral("shift 2; echo $1"),
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("3\n"));
    result = machine.sh(QStringLiteral("shift 4"), {QStringLiteral("1")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(result.stderrData), QStringLiteral("sh: shift: can't shift that many\n"));
    result = machine.sh(QStringLiteral("set -q"));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(result.stderrData), QStringLiteral("sh: set: illegal option -q\n"));
}

void TestSimShellBuiltins::setXtraceAndPipefail()
{
    MachineFixture machine;
    ExecResult result = machine.sh(QStringLiteral("set -x; echo \"$1\""), {QStringLiteral("a b")});
    QCOMPARE(text(result.stderrData), QStringLiteral("+ echo a b\n"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("a b\n"));
    result = machine.sh(QStringLiteral("set -o pipefail; false | true"));
    QCOMPARE(result.exitCode, 1);
    result = machine.run({QStringLiteral("bash"), QStringLiteral("-o"), QStringLiteral("pipefail"),
        QStringLiteral("-c"), QStringLiteral("false | true")});
    QCOMPARE(result.exitCode, 1);
}

void TestSimShellBuiltins::echo_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << "echo a  b" << QByteArray("a b\n");
    QTest::newRow("no arguments") << "echo" << QByteArray("\n");
    QTest::newRow("-n") << "echo -n a" << QByteArray("a");
    QTest::newRow("-e") << "echo -e 'a\\tb\\nc'" << QByteArray("a\tb\nc\n");
    QTest::newRow("no escapes by default") << "echo 'a\\tb'" << QByteArray("a\\tb\n");
    QTest::newRow("-e \\c stops") << "echo -e 'a\\cb' c" << QByteArray("a");
    QTest::newRow("-e octal") << "echo -ne '\\0101\\0'" << QByteArray("A\0", 2);
    QTest::newRow("unknown option is text") << "echo -x -n" << QByteArray("-x -n\n");
    QTest::newRow("double dash is text") << "echo -- a" << QByteArray("-- a\n");
    QTest::newRow("combined flags") << "echo -nE 'a\\n'" << QByteArray("a\\n");
    QTest::newRow("tilde") << "echo ~ ~/x \"~\"" << QByteArray("/root /root/x ~\n");
}

void TestSimShellBuiltins::echo()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, expected);
    MachineFixture machine;
    const ExecResult result = machine.sh(script);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, expected);
}

void TestSimShellBuiltins::testBuiltin_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected");
    QTest::newRow("no arguments") << QStringList {} << 1;
    QTest::newRow("non-empty string") << stringList({"x"}) << 0;
    QTest::newRow("empty string") << stringList({""}) << 1;
    QTest::newRow("-e directory") << stringList({"-e", "/etc"}) << 0;
    QTest::newRow("-e missing") << stringList({"-e", "/nope"}) << 1;
    QTest::newRow("-e null device") << stringList({"-e", "/dev/null"}) << 0;
    QTest::newRow("-f file") << stringList({"-f", "/etc/hostname"}) << 0;
    QTest::newRow("-f directory") << stringList({"-f", "/etc"}) << 1;
    QTest::newRow("-d directory") << stringList({"-d", "/data"}) << 0;
    QTest::newRow("-d file") << stringList({"-d", "/etc/hostname"}) << 1;
    QTest::newRow("-s non-empty") << stringList({"-s", "/etc/hostname"}) << 0;
    QTest::newRow("-s empty") << stringList({"-s", "/tmp/empty"}) << 1;
    QTest::newRow("-x executable") << stringList({"-x", "/bin/sh"}) << 0;
    QTest::newRow("-x plain file") << stringList({"-x", "/etc/hostname"}) << 1;
    QTest::newRow("-n empty") << stringList({"-n", ""}) << 1;
    QTest::newRow("-n text") << stringList({"-n", "a"}) << 0;
    QTest::newRow("-z empty") << stringList({"-z", ""}) << 0;
    QTest::newRow("-z text") << stringList({"-z", "a"}) << 1;
    QTest::newRow("lone operator is a string") << stringList({"-n"}) << 0;
    QTest::newRow("equal") << stringList({"a", "=", "a"}) << 0;
    QTest::newRow("not equal") << stringList({"a", "!=", "a"}) << 1;
    QTest::newRow("operator as operand") << stringList({"=", "=", "="}) << 0;
    QTest::newRow("negation") << stringList({"!", "-e", "/nope"}) << 0;
    QTest::newRow("negated string") << stringList({"!", ""}) << 0;
    QTest::newRow("negated comparison") << stringList({"!", "a", "=", "b"}) << 0;
    QTest::newRow("parentheses") << stringList({"(", "x", ")"}) << 0;
    QTest::newRow("integers") << stringList({"10", "-gt", "9"}) << 0;
    QTest::newRow("integer equality") << stringList({"010", "-eq", "10"}) << 0;
    QTest::newRow("and") << stringList({"-d", "/etc", "-a", "-f", "/etc/hostname"}) << 0;
    QTest::newRow("or") << stringList({"-d", "/nope", "-o", "-n", "x"}) << 0;
    QTest::newRow("and binds tighter") << stringList({"x", "-o", "", "-a", ""}) << 0;
    QTest::newRow("bad integer") << stringList({"a", "-eq", "1"}) << 2;
    QTest::newRow("unknown unary") << stringList({"-q", "x"}) << 2;
    QTest::newRow("missing binary operator") << stringList({"a", "b", "c"}) << 2;
}

void TestSimShellBuiltins::testBuiltin()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    MachineFixture machine;
    machine.write(QStringLiteral("/tmp/empty"), QByteArray());
    ExecResult result = machine.run(QStringList {QStringLiteral("test")} + arguments);
    QCOMPARE(result.exitCode, expected);
    QCOMPARE(result.stderrData.isEmpty(), expected != 2);
    result = machine.run(
        QStringList {QStringLiteral("[")} + arguments + QStringList {QStringLiteral("]")});
    QCOMPARE(result.exitCode, expected);
    result = machine.sh(QStringLiteral("test \"$@\""), arguments);
    QCOMPARE(result.exitCode, expected);
}

void TestSimShellBuiltins::bracketNeedsClosingBracket()
{
    MachineFixture machine;
    const ExecResult result = machine.sh(QStringLiteral("[ -e / "));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(result.stderrData), QStringLiteral("[: missing ']'\n"));
    QCOMPARE(machine.sh(QStringLiteral("[ -d /data ] && [ ! -e /data/x ]")).exitCode, 0);
}

void TestSimShellBuiltins::shInvocations()
{
    MachineFixture machine;
    ExecResult result = machine.run({QStringLiteral("sh"), QStringLiteral("-c")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(result.stderrData), QStringLiteral("sh: -c requires an argument\n"));
    result =
        machine.run({QStringLiteral("/bin/bash"), QStringLiteral("-c"), QStringLiteral("echo hi")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("hi\n"));
    result = machine.run({QStringLiteral("sh"), QStringLiteral("-k")});
    QCOMPARE(result.exitCode, 2);
    // Script on standard input.
    result = machine.run({QStringLiteral("sh")}, "echo from stdin; exit 5");
    QCOMPARE(text(result.stdoutData), QStringLiteral("from stdin\n"));
    QCOMPARE(result.exitCode, 5);
    // Script in a file, with arguments.
    machine.write(QStringLiteral("/tmp/script.sh"), "echo \"$0 $1\"\n");
    result = machine.run(
        {QStringLiteral("sh"), QStringLiteral("/tmp/script.sh"), QStringLiteral("arg")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("/tmp/script.sh arg\n"));
    result = machine.run({QStringLiteral("sh"), QStringLiteral("/tmp/none.sh")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("sh: cannot open /tmp/none.sh: No such file or directory\n"));
    // Nested shells share the machine, stdin and output.
    result = machine.sh(QStringLiteral("sh -c 'cat; echo \"$0\" \"$1\" >&2' inner \"$1\" | wc -c"),
        {QStringLiteral("outer arg")}, "abc");
    QCOMPARE(text(result.stdoutData), QStringLiteral("3\n"));
    QCOMPARE(text(result.stderrData), QStringLiteral("inner outer arg\n"));
    result = machine.sh(QStringLiteral("sh -c 'exit 7'; echo $?"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("7\n"));
    result = machine.sh(QStringLiteral("sh -c 'if'"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.stderrData.startsWith("sh: unsupported shell syntax"));
}

void TestSimShellBuiltins::workingDirectory()
{
    MachineFixture machine;
    machine.write(QStringLiteral("/data/rel.txt"), "relative");
    Shell shell(machine.fs);
    QCOMPARE(shell.workingDirectory(), QStringLiteral("/"));
    ExecResult result = shell.run({QStringLiteral("cat"), QStringLiteral("data/rel.txt")}, {});
    QCOMPARE(result.stdoutData, QByteArray("relative"));
    shell.setWorkingDirectory(QStringLiteral("/data"));
    result = shell.run({QStringLiteral("cat"), QStringLiteral("rel.txt")}, {});
    QCOMPARE(result.stdoutData, QByteArray("relative"));
    result = shell.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("pwd")}, {});
    QCOMPARE(result.stdoutData, QByteArray("/data\n"));
}

QTEST_GUILESS_MAIN(TestSimShellBuiltins)
#include "tst_simshell_builtins.moc"
