// Shell syntax: quoting, parameters, field splitting, globbing, lists, pipelines, redirections,
// builtins, and the errors for unsupported syntax and unknown commands.
#include "sim/shell/glob.h"
#include "sim/shell/shelltestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;
using namespace hangar::sim::test;

namespace {

QStringList lines(const QByteArray &output)
{
    QStringList result = text(output).split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

class TestSimShellParsing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wordExpansion_data();
    void wordExpansion();
    void directArgvIsNotParsed();
    void scriptNameAndArguments();
    void lastStatus();
    void processIdIsOnePerShell();
    void lists_data();
    void lists();
    void pipelines();
    void largeDataThroughPipeline();
    void redirections();
    void redirectionOrderWithDuplicates();
    void redirectionErrors();
    void globMatch_data();
    void globMatch();
    void globExpansion_data();
    void globExpansion();
    void syntaxErrors_data();
    void syntaxErrors();
    void unsupportedSyntax_data();
    void unsupportedSyntax();
    void unknownCommands();
};

void TestSimShellParsing::wordExpansion_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    QTest::newRow("plain") << "a b" << none << stringList({"a", "b"});
    QTest::newRow("extra blanks") << "  a\t b  " << none << stringList({"a", "b"});
    QTest::newRow("single quotes") << "'a  b'" << none << stringList({"a  b"});
    QTest::newRow("double quotes") << "\"a  b\"" << none << stringList({"a  b"});
    QTest::newRow("backslash space") << "a\\ b" << none << stringList({"a b"});
    QTest::newRow("concatenation") << "\"a\"'b'c" << none << stringList({"abc"});
    QTest::newRow("empty double") << "\"\"" << none << stringList({""});
    QTest::newRow("empty single") << "''" << none << stringList({""});
    QTest::newRow("single quotes are literal")
        << "'$1 \\n \"'" << stringList({"x"}) << stringList({"$1 \\n \""});
    QTest::newRow("double quote escapes")
        << "\"\\$1 \\\"q\\\" \\\\ \\a\"" << none << stringList({"$1 \"q\" \\ \\a"});
    QTest::newRow("lone dollar") << "$ \"$\" a$" << none << stringList({"$", "$", "a$"});
    QTest::newRow("hash inside word") << "a#b" << none << stringList({"a#b"});
    QTest::newRow("comment") << "a #b c" << none << stringList({"a"});
    QTest::newRow("line continuation") << "a\\\nb" << none << stringList({"ab"});
    QTest::newRow("quoted parameter keeps spaces")
        << "\"$1\"" << stringList({"x  y"}) << stringList({"x  y"});
    QTest::newRow("unquoted parameter splits")
        << "$1" << stringList({" x  y "}) << stringList({"x", "y"});
    QTest::newRow("split joins neighbours")
        << "a$1b" << stringList({" x "}) << stringList({"a", "x", "b"});
    QTest::newRow("quoted at") << "\"$@\"" << stringList({"a b", "", "c"})
                               << stringList({"a b", "", "c"});
    QTest::newRow("quoted at without parameters") << "\"$@\"" << none << QStringList {};
    QTest::newRow("at with prefix and suffix")
        << "x\"$@\"y" << stringList({"1", "2"}) << stringList({"x1", "2y"});
    QTest::newRow("unquoted at") << "$@" << stringList({"a b", "", "c"})
                                 << stringList({"a", "b", "c"});
    QTest::newRow("quoted star") << "\"$*\"" << stringList({"a", "b c"}) << stringList({"a b c"});
    QTest::newRow("unquoted star")
        << "$*" << stringList({"a", "b c"}) << stringList({"a", "b", "c"});
    QTest::newRow("count") << "$# ${#}" << stringList({"a", "b", "c"}) << stringList({"3", "3"});
    QTest::newRow("script name") << "$0" << none << stringList({"hangar"});
    QTest::newRow("braces") << "${1}x" << stringList({"v"}) << stringList({"vx"});
    QTest::newRow("two digits need braces")
        << "$10 ${10}" << stringList({"1", "2", "3", "4", "5", "6", "7", "8", "9", "ten"})
        << stringList({"10", "ten"});
    QTest::newRow("unset unquoted vanishes") << "a $5 b" << none << stringList({"a", "b"});
    QTest::newRow("unset quoted is empty") << "\"$5\"" << none << stringList({""});
    QTest::newRow("braces are literal") << "{a,b}" << none << stringList({"{a,b}"});
    QTest::newRow("assignment-like argument") << "a=b" << none << stringList({"a=b"});
    QTest::newRow("semicolon inside quotes")
        << "'a;b' \"c|d\"" << none << stringList({"a;b", "c|d"});
}

void TestSimShellParsing::wordExpansion()
{
    QFETCH(QString, words);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    MachineFixture machine;
    // basename -a prints each operand on a line; "^" guards against zero operands.
    const ExecResult result = machine.sh(QStringLiteral("basename -a -- ^ ") + words, arguments);
    QCOMPARE(text(result.stderrData), QString());
    QCOMPARE(result.exitCode, 0);
    QStringList fields = lines(result.stdoutData);
    QCOMPARE(fields.takeFirst(), QStringLiteral("^"));
    QCOMPARE(fields, expected);
}

void TestSimShellParsing::directArgvIsNotParsed()
{
    MachineFixture machine;
    const ExecResult result =
        machine.run({QStringLiteral("echo"), QStringLiteral("$1"), QStringLiteral("*"),
            QStringLiteral("a;b"), QStringLiteral("'q' \"d\""), QStringLiteral("> x")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData), QStringLiteral("$1 * a;b 'q' \"d\" > x\n"));
}

void TestSimShellParsing::scriptNameAndArguments()
{
    MachineFixture machine;
    ExecResult result = machine.run(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo \"$0|$1|$2|$#\""),
            QStringLiteral("name"), QStringLiteral("one"), QStringLiteral("two words")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("name|one|two words|2\n"));
    result =
        machine.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo \"$0|$#\"")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("sh|0\n"));
}

// $$ is the same throughout one shell and its subshells, and differs between two shells, as
// between two runs of one exec: a script can name a file of its own with it.
void TestSimShellParsing::processIdIsOnePerShell()
{
    MachineFixture machine;
    const ExecResult first = machine.sh(QStringLiteral("echo $$ ${$} \"$$\"; echo x | echo $$"));
    const QStringList lines = text(first.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString id = lines.at(1);
    QVERIFY(id.toLongLong() > 0);
    QCOMPARE(lines.at(0), QStringList({id, id, id}).join(QLatin1Char(' ')));
    const ExecResult second = machine.sh(QStringLiteral("echo $$"));
    QVERIFY(text(second.stdoutData).trimmed() != id);
}

void TestSimShellParsing::lastStatus()
{
    MachineFixture machine;
    const ExecResult result = machine.sh(QStringLiteral(
        "true; echo $?; false; echo $?; nosuch 2>/dev/null; echo $?; cat /nope 2>/dev/null\n"
        "echo \"status $?\""));
    QCOMPARE(text(result.stdoutData), QStringLiteral("0\n1\n127\nstatus 1\n"));
    QCOMPARE(result.exitCode, 0);
}

void TestSimShellParsing::lists_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expectedOutput");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("semicolons") << "echo a; echo b;"
                                << "a\nb\n"
                                << 0;
    QTest::newRow("newlines") << "\n\necho a\n\necho b\n"
                              << "a\nb\n"
                              << 0;
    QTest::newRow("and runs on success") << "true && echo yes"
                                         << "yes\n"
                                         << 0;
    QTest::newRow("and skips on failure") << "false && echo no"
                                          << "" << 1;
    QTest::newRow("or skips on success") << "true || echo no"
                                         << "" << 0;
    QTest::newRow("or runs on failure") << "false || echo yes"
                                        << "yes\n"
                                        << 0;
    QTest::newRow("chain") << "false && echo a || echo b && echo c"
                           << "b\nc\n"
                           << 0;
    QTest::newRow("newline after operator") << "true &&\n\necho a ||\necho b"
                                            << "a\n"
                                            << 0;
    QTest::newRow("status of last") << "echo a; false"
                                    << "a\n"
                                    << 1;
    QTest::newRow("empty script") << ""
                                  << "" << 0;
    QTest::newRow("only comments") << "# nothing\n  # here"
                                   << "" << 0;
    QTest::newRow("negation") << "! false && echo negated"
                              << "negated\n"
                              << 0;
    QTest::newRow("negated success") << "! true"
                                     << "" << 1;
}

void TestSimShellParsing::lists()
{
    QFETCH(QString, script);
    QFETCH(QString, expectedOutput);
    QFETCH(int, expectedStatus);
    MachineFixture machine;
    const ExecResult result = machine.sh(script);
    QCOMPARE(text(result.stderrData), QString());
    QCOMPARE(text(result.stdoutData), expectedOutput);
    QCOMPARE(result.exitCode, expectedStatus);
}

void TestSimShellParsing::pipelines()
{
    MachineFixture machine;
    ExecResult result = machine.sh(QStringLiteral("echo hello | cat | base64 | base64 -d"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("hello\n"));
    QCOMPARE(machine.sh(QStringLiteral("false | true")).exitCode, 0);
    QCOMPARE(machine.sh(QStringLiteral("true | false")).exitCode, 1);
    QCOMPARE(machine.sh(QStringLiteral("! true | false")).exitCode, 0);

    // Each element is a subshell: cd and exit do not leak out.
    result = machine.sh(QStringLiteral("cd /tmp | true; pwd; exit 3 | true; echo after"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("/\nafter\n"));
    QCOMPARE(result.exitCode, 0);

    // Standard input reaches the first command only.
    result = machine.sh(QStringLiteral("cat | wc -c"), {}, "12345");
    QCOMPARE(text(result.stdoutData), QStringLiteral("5\n"));
    // stderr bypasses the pipe.
    result = machine.sh(QStringLiteral("cat /nope | wc -c"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("0\n"));
    QCOMPARE(text(result.stderrData), QStringLiteral("cat: /nope: No such file or directory\n"));
    // Whoever reads stdin first consumes it.
    result = machine.sh(QStringLiteral("cat; echo --; cat"), {}, "once");
    QCOMPARE(text(result.stdoutData), QStringLiteral("once--\n"));
}

void TestSimShellParsing::largeDataThroughPipeline()
{
    MachineFixture machine(64 * 1024 * 1024);
    const QByteArray big(20 * 1024 * 1024, 'z');
    ExecResult result = machine.sh(
        QStringLiteral("cat | base64 | base64 -d > /data/big && wc -c /data/big"), {}, big);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData), QStringLiteral("20971520 /data/big\n"));
    QCOMPARE(machine.read(QStringLiteral("/data/big")), big);
}

void TestSimShellParsing::redirections()
{
    MachineFixture machine;
    ExecResult result = machine.sh(
        QStringLiteral("echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f; cat /nope 2> /tmp/err;"
                       "cat /nope2 2>> /tmp/err; echo three 1> /tmp/g; >/tmp/created; : > \"$1\";"
                       "echo to-stderr >&2; echo gone >/dev/null; cat </dev/null"),
        {QStringLiteral("/tmp/with space")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData), QStringLiteral("one\ntwo\n"));
    QCOMPARE(text(result.stderrData), QStringLiteral("to-stderr\n"));
    QCOMPARE(machine.read(QStringLiteral("/tmp/err")),
        QByteArray("cat: /nope: No such file or directory\n"
                   "cat: /nope2: No such file or directory\n"));
    QCOMPARE(machine.read(QStringLiteral("/tmp/g")), QByteArray("three\n"));
    QVERIFY(machine.fs.exists(QStringLiteral("/tmp/created")));
    QVERIFY(machine.fs.exists(QStringLiteral("/tmp/with space")));

    // ">" truncates even when the command writes nothing; a relative target uses the cwd.
    machine.write(QStringLiteral("/tmp/full"), "old contents");
    result = machine.sh(QStringLiteral("cd /tmp && true > full && echo new >>relative"));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/tmp/full")), QByteArray());
    QCOMPARE(machine.read(QStringLiteral("/tmp/relative")), QByteArray("new\n"));

    // A redirection before the command name, and a quoted redirection operator.
    result = machine.sh(QStringLiteral("> /tmp/first echo hi; echo '>' \\> x"));
    QCOMPARE(machine.read(QStringLiteral("/tmp/first")), QByteArray("hi\n"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("> > x\n"));
}

void TestSimShellParsing::redirectionOrderWithDuplicates()
{
    MachineFixture machine;
    // 2>&1 first: stderr goes to the original stdout.
    ExecResult result = machine.sh(QStringLiteral("cat /nope 2>&1 >/dev/null"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("cat: /nope: No such file or directory\n"));
    QCOMPARE(result.stderrData, QByteArray());
    // 2>&1 last: both go to /dev/null.
    result = machine.sh(QStringLiteral("cat /nope >/dev/null 2>&1"));
    QCOMPARE(result.stdoutData, QByteArray());
    QCOMPARE(result.stderrData, QByteArray());
    // Both into one file, interleaved in order.
    result = machine.sh(QStringLiteral("cat /etc/hostname /nope /etc/hostname > /tmp/both 2>&1"));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(machine.read(QStringLiteral("/tmp/both")),
        QByteArray("e2865013a1d986\ncat: /nope: No such file or directory\ne2865013a1d986\n"));
    // stderr into a pipe.
    result = machine.sh(QStringLiteral("cat /nope 2>&1 | wc -c"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("38\n"));
}

void TestSimShellParsing::redirectionErrors()
{
    MachineFixture machine;
    ExecResult result = machine.sh(QStringLiteral("echo x > /missing/dir/f; echo $?"));
    QCOMPARE(text(result.stderrData),
        QStringLiteral("sh: cannot create /missing/dir/f: No such file or directory\n"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("1\n"));
    result = machine.sh(QStringLiteral("echo x > /data"));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData), QStringLiteral("sh: cannot create /data: Is a directory\n"));
    result = machine.sh(QStringLiteral("cat < /nope && echo not-run"));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.stdoutData, QByteArray());
    QCOMPARE(text(result.stderrData),
        QStringLiteral("sh: cannot open /nope: No such file or directory\n"));
}

void TestSimShellParsing::globMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << "*.txt"
                          << "a.txt" << true;
    QTest::newRow("star empty") << "a*"
                                << "a" << true;
    QTest::newRow("star mismatch") << "*.txt"
                                   << "a.log" << false;
    QTest::newRow("two stars") << "*b*d*"
                               << "abcde" << true;
    QTest::newRow("backtracking") << "*aab"
                                  << "aaaab" << true;
    QTest::newRow("question") << "?.c"
                              << "x.c" << true;
    QTest::newRow("question needs a character") << "?.c"
                                                << ".c" << false;
    QTest::newRow("bracket") << "[abc]x"
                             << "bx" << true;
    QTest::newRow("bracket range") << "[a-c]"
                                   << "d" << false;
    QTest::newRow("bracket negation !") << "[!a]"
                                        << "b" << true;
    QTest::newRow("bracket negation ^") << "[^a]"
                                        << "a" << false;
    QTest::newRow("bracket with ]") << "[]a]"
                                    << "]" << true;
    QTest::newRow("bracket class") << "[[:digit:]]x"
                                   << "7x" << true;
    QTest::newRow("bracket class mismatch") << "[[:upper:]]"
                                            << "a" << false;
    QTest::newRow("unclosed bracket is literal") << "[ab"
                                                 << "[ab" << true;
    QTest::newRow("escaped star") << "\\*"
                                  << "*" << true;
    QTest::newRow("escaped star is literal") << "\\*"
                                             << "x" << false;
    QTest::newRow("escaped bracket") << "\\[a]"
                                     << "[a]" << true;
    QTest::newRow("dot-dot pattern") << "..?*"
                                     << "..x" << true;
    QTest::newRow("dot pattern excludes dotdot") << ".[!.]*"
                                                 << "..x" << false;
    QTest::newRow("exact") << "abc"
                           << "abc" << true;
    QTest::newRow("longer name") << "abc"
                                 << "abcd" << false;
}

void TestSimShellParsing::globMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(hangar::sim::globMatch(pattern, name), matches);
}

void TestSimShellParsing::globExpansion_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QStringList none;
    QTest::newRow("absolute") << "echo /data/g/*.txt" << none
                              << "/data/g/a.txt /data/g/b.txt /data/g/sp ace.txt\n";
    QTest::newRow("relative") << "cd /data/g && echo *" << none
                              << "a.txt b.txt c.log sp ace.txt sub\n";
    QTest::newRow("question mark") << "cd /data/g && echo ?.txt" << none << "a.txt b.txt\n";
    QTest::newRow("bracket") << "cd /data/g && echo [!a].*" << none << "b.txt c.log\n";
    QTest::newRow("dotfiles need a dot") << "cd /data/g && echo .*" << none << ".hidden\n";
    QTest::newRow("directories only") << "cd /data/g && echo */" << none << "sub/\n";
    QTest::newRow("in the middle") << "echo /data/*/a.txt" << none << "/data/g/a.txt\n";
    QTest::newRow("no match stays literal") << "echo /data/g/*.none" << none << "/data/g/*.none\n";
    QTest::newRow("quoted star is literal")
        << "cd /data/g && echo \"*\" '*' \\*" << none << "* * *\n";
    QTest::newRow("quoted prefix, unquoted glob")
        << "echo \"$1\"/*.log" << stringList({"/data/g"}) << "/data/g/c.log\n";
    QTest::newRow("glob in a parameter is expanded unquoted")
        << "cd /data/g && echo $1" << stringList({"b*"}) << "b.txt\n";
    QTest::newRow("glob in a quoted parameter is not")
        << "cd /data/g && echo \"$1\"" << stringList({"b*"}) << "b*\n";
    QTest::newRow("quoted glob characters in directory name")
        << "echo \"$1\"/*" << stringList({"/data/we*rd"}) << "/data/we*rd/x\n";
}

void TestSimShellParsing::globExpansion()
{
    QFETCH(QString, script);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    MachineFixture machine;
    machine.fs.makeDirectory(QStringLiteral("/data/g/sub"), true);
    for (const char *name : {"a.txt", "b.txt", "c.log", ".hidden", "sp ace.txt"})
        machine.write(QStringLiteral("/data/g/") + QLatin1String(name), "");
    machine.fs.makeDirectory(QStringLiteral("/data/we*rd"));
    machine.fs.makeDirectory(QStringLiteral("/data/weXrd"));
    machine.write(QStringLiteral("/data/we*rd/x"), "");
    machine.write(QStringLiteral("/data/weXrd/y"), "");
    const ExecResult result = machine.sh(script, arguments);
    QCOMPARE(text(result.stderrData), QString());
    QCOMPARE(text(result.stdoutData), expected);
}

void TestSimShellParsing::syntaxErrors_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated single") << "touch /tmp/m; echo 'abc"
                                         << "sh: syntax error: unterminated quoted string\n";
    QTest::newRow("unterminated double") << "touch /tmp/m; echo \"abc"
                                         << "sh: syntax error: unterminated quoted string\n";
    QTest::newRow("leading semicolon") << "; touch /tmp/m"
                                       << "sh: syntax error: unexpected \";\"\n";
    QTest::newRow("dangling and") << "touch /tmp/m &&"
                                  << "sh: syntax error: unexpected end of file\n";
    QTest::newRow("leading pipe") << "| touch /tmp/m"
                                  << "sh: syntax error: unexpected \"|\"\n";
    QTest::newRow("missing target") << "touch /tmp/m >"
                                    << "sh: syntax error: unexpected end of file\n";
    QTest::newRow("pipe then newline") << "touch /tmp/m |\n"
                                       << "sh: syntax error: unexpected end of file\n";
    QTest::newRow("double operator") << "touch /tmp/m && || true"
                                     << "sh: syntax error: unexpected \"||\"\n";
    QTest::newRow("unclosed brace") << "touch /tmp/m ${1"
                                    << "sh: syntax error: missing \"}\"\n";
    QTest::newRow("redirect into operator") << "touch /tmp/m > ;"
                                            << "sh: syntax error: unexpected \";\"\n";
}

void TestSimShellParsing::syntaxErrors()
{
    QFETCH(QString, script);
    QFETCH(QString, message);
    MachineFixture machine;
    const ExecResult result = machine.sh(script);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(result.stderrData), message);
    QCOMPARE(result.stdoutData, QByteArray());
    QVERIFY2(!machine.fs.exists(QStringLiteral("/tmp/m")), "nothing runs before a syntax error");
}

void TestSimShellParsing::unsupportedSyntax_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("if") << "if true; then echo a; fi"
                        << "\"if\"";
    QTest::newRow("for") << "for x in a b; do echo $x; done"
                         << "\"for\"";
    QTest::newRow("while") << "while true; do :; done"
                           << "\"while\"";
    QTest::newRow("until") << "until false; do :; done"
                           << "\"until\"";
    QTest::newRow("case") << "case x in x) echo;; esac"
                          << "\"case\"";
    QTest::newRow("brace group") << "{ echo a; }"
                                 << "\"{\"";
    QTest::newRow("double bracket") << "[[ -e / ]]"
                                    << "\"[[\"";
    QTest::newRow("subshell") << "(echo a)"
                              << "subshells";
    QTest::newRow("function") << "f() { :; }"
                              << "functions";
    QTest::newRow("command substitution") << "echo $(ls)"
                                          << "command substitution";
    QTest::newRow("backquotes") << "echo `ls`"
                                << "command substitution";
    QTest::newRow("backquotes in double quotes") << "echo \"`ls`\""
                                                 << "command substitution";
    QTest::newRow("arithmetic") << "echo $((1 + 1))"
                                << "arithmetic";
    QTest::newRow("variable") << "echo $HOME"
                              << "$HOME";
    QTest::newRow("variable in quotes") << "echo \"$PATH\""
                                        << "$PATH";
    QTest::newRow("braced variable") << "echo ${HOME}"
                                     << "${HOME}";
    QTest::newRow("parameter default") << "echo ${1:-x}"
                                       << "${1:-x}";
    QTest::newRow("parameter length") << "echo ${#1}"
                                      << "${#1}";
    QTest::newRow("last background job") << "echo $!"
                                         << "$!";
    QTest::newRow("assignment") << "X=1"
                                << "assignment";
    QTest::newRow("assignment prefix") << "X=1 echo"
                                       << "assignment";
    QTest::newRow("background") << "sleep 1 &"
                                << "background";
    QTest::newRow("here-document") << "cat <<EOF\nx\nEOF"
                                   << "here-documents";
    QTest::newRow("here-string") << "cat <<< x"
                                 << "here-documents";
    QTest::newRow("input duplication") << "cat <&0"
                                       << "<&";
    QTest::newRow("fd 3") << "echo a 3>/tmp/x"
                          << "file descriptor 3";
    QTest::newRow("dup to fd 3") << "echo a >&3"
                                 << ">&3";
    QTest::newRow("close fd") << "echo a >&-"
                              << ">&-";
    QTest::newRow("dup to file") << "echo a >&/tmp/f"
                                 << ">&/tmp/f";
    QTest::newRow("export") << "export A=1"
                            << "\"export\"";
    QTest::newRow("read") << "read line"
                          << "\"read\"";
    QTest::newRow("eval") << "eval echo"
                          << "\"eval\"";
    QTest::newRow("exec") << "exec cat"
                          << "\"exec\"";
    QTest::newRow("dot") << ". /etc/profile"
                         << "\".\"";
    QTest::newRow("tilde user") << "echo ~bob"
                                << "~user";
    QTest::newRow("ansi-c quoting") << "echo $'a\\n'"
                                    << "$'";
    QTest::newRow("later line") << "echo ok\nif true; then :; fi"
                                << "\"if\"";
}

void TestSimShellParsing::unsupportedSyntax()
{
    QFETCH(QString, script);
    QFETCH(QString, mentions);
    MachineFixture machine;
    const ExecResult result = machine.sh(script);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(text(result.stderrData).startsWith(QStringLiteral("sh: unsupported shell syntax: ")),
        result.stderrData.constData());
    QVERIFY2(text(result.stderrData).contains(mentions), result.stderrData.constData());
    QCOMPARE(result.stdoutData, QByteArray()); // nothing ran, not even "echo ok"
}

void TestSimShellParsing::unknownCommands()
{
    MachineFixture machine;
    ExecResult result = machine.run({QStringLiteral("nosuch"), QStringLiteral("arg")});
    QCOMPARE(result.exitCode, 127);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("exec: \"nosuch\": executable file not found in $PATH\n"));
    // Shell builtins are not executables, and only standard bin directories are searched.
    for (const QString &name : {QStringLiteral("cd"), QStringLiteral("exit"),
             QStringLiteral("/opt/bin/cat"), QStringLiteral("/bin/cd")}) {
        result = machine.run({name});
        QCOMPARE(result.exitCode, 127);
        QVERIFY(result.stderrData.startsWith("exec: \""));
    }
    result = machine.run({QStringLiteral("/usr/bin/cat")}, "via path");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, QByteArray("via path"));
    QCOMPARE(machine.run({}).exitCode, 127);

    result = machine.sh(QStringLiteral("nosuch a b; /bin/echo after"));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stderrData), QStringLiteral("sh: nosuch: not found\n"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("after\n"));
    result = machine.sh(QStringLiteral("nosuch"));
    QCOMPARE(result.exitCode, 127);
    result = machine.sh(QStringLiteral("\"if\" x"));
    QCOMPARE(result.exitCode, 127); // a quoted reserved word is just a command name
    QCOMPARE(text(result.stderrData), QStringLiteral("sh: if: not found\n"));
}

QTEST_GUILESS_MAIN(TestSimShellParsing)
#include "tst_simshell_parsing.moc"
