// sha256sum and friends, base64, head, tail, wc, df, and the small system commands.
#include "sim/shell/shelltestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;
using namespace hangar::sim::test;

class TestSimShellDataCommands : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checksums_data();
    void checksums();
    void checksumFormats();
    void checksumErrors();
    void sha256sumOfRedirectedFile();
    void base64Encode_data();
    void base64Encode();
    void base64Decode_data();
    void base64Decode();
    void base64Errors();
    void dd_data();
    void dd();
    void ddStatisticsAndErrors();
    void ddFullVolumeKeepsWhatFits();
    void head_data();
    void head();
    void tail_data();
    void tail();
    void headTailErrorsAndHeaders();
    void wc_data();
    void wc();
    void wcErrors();
    void df();
    void dfHumanAndErrors();
    void systemCommands_data();
    void systemCommands();
    void dirnameAndBasename_data();
    void dirnameAndBasename();
    void sleepIsInstant();
};

void TestSimShellDataCommands::checksums_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("digestOfAbc");
    QTest::newRow("sha256sum")
        << "sha256sum"
        << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("sha1sum") << "sha1sum" << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d");
    QTest::newRow("md5sum") << "md5sum" << QByteArray("900150983cd24fb0d6963f7d28e17f72");
    QTest::newRow("sha512sum")
        << "sha512sum"
        << QByteArray(
               "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1"
               "a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
}

void TestSimShellDataCommands::checksums()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, digestOfAbc);
    MachineFixture machine;
    machine.write(QStringLiteral("/data/abc"), "abc");
    ExecResult result = machine.run({command, QStringLiteral("/data/abc")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, digestOfAbc + "  /data/abc\n");
    result = machine.run({command}, "abc");
    QCOMPARE(result.stdoutData, digestOfAbc + "  -\n");
    result = machine.sh(command + QStringLiteral(" -- - abc"), {}, "abc");
    QCOMPARE(result.exitCode, 1); // "abc" is relative to "/"
    QCOMPARE(result.stdoutData, digestOfAbc + "  -\n");
}

void TestSimShellDataCommands::checksumFormats()
{
    MachineFixture machine;
    machine.write(QStringLiteral("/data/empty"), QByteArray());
    machine.write(QStringLiteral("/data/we\\ird\nname"), QByteArray());
    const QByteArray emptyDigest =
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    ExecResult result = machine.run(
        {QStringLiteral("sha256sum"), QStringLiteral("-b"), QStringLiteral("/data/empty")});
    QCOMPARE(result.stdoutData, emptyDigest + " */data/empty\n");
    result = machine.run(
        {QStringLiteral("sha256sum"), QStringLiteral("--tag"), QStringLiteral("/data/empty")});
    QCOMPARE(result.stdoutData, "SHA256 (/data/empty) = " + emptyDigest + '\n');
    result = machine.run({QStringLiteral("sha256sum"), QStringLiteral("/data/we\\ird\nname")});
    QCOMPARE(result.stdoutData, '\\' + emptyDigest + "  /data/we\\\\ird\\nname\n");
}

void TestSimShellDataCommands::checksumErrors()
{
    MachineFixture machine;
    machine.write(QStringLiteral("/data/abc"), "abc");
    const ExecResult result = machine.run({QStringLiteral("sha256sum"), QStringLiteral("/nope"),
        QStringLiteral("/data"), QStringLiteral("/data/abc")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("sha256sum: /nope: No such file or directory\n"
                       "sha256sum: /data: Is a directory\n"));
    QVERIFY(result.stdoutData.endsWith("  /data/abc\n"));
}

void TestSimShellDataCommands::sha256sumOfRedirectedFile()
{
    // "sha256sum < FILE" uses the file's running hash; it must read like hashing stdin.
    MachineFixture machine;
    machine.write(QStringLiteral("/data/abc"), "abc");
    const QByteArray abcLine =
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  -\n";
    ExecResult result =
        machine.sh(QStringLiteral("sha256sum < \"$1\""), {QStringLiteral("/data/abc")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, abcLine);
    // Written in pieces, out of order, through dd: still the hash of what the file holds.
    result =
        machine.sh(QStringLiteral("echo -n bc | dd of=/data/p bs=1 seek=1 conv=notrunc 2>/dev/null"
                                  " && echo -n a | dd of=/data/p conv=notrunc 2>/dev/null"
                                  " && sha256sum < /data/p"));
    QCOMPARE(result.stdoutData, abcLine);
    // The redirected input is read once: a second "-" gets nothing.
    result = machine.sh(QStringLiteral("sha256sum - - < /data/abc"));
    QCOMPARE(result.stdoutData,
        abcLine + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  -\n");
    result = machine.sh(QStringLiteral("sha256sum < /dev/null"));
    QCOMPARE(result.stdoutData,
        QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  -\n"));
    // Only the command given the redirection reads it: stdin of a nested shell is plain input.
    result = machine.sh(QStringLiteral("sh -c 'cat >/dev/null; sha256sum' < /data/abc"));
    QCOMPARE(result.stdoutData,
        QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  -\n"));
    result = machine.sh(QStringLiteral("sha256sum < /data/nope"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stdoutData.isEmpty());
}

void TestSimShellDataCommands::dd_data()
{
    QTest::addColumn<QStringList>("operands");
    QTest::addColumn<QByteArray>("input"); // standard input
    QTest::addColumn<QByteArray>("before"); // /data/out before, or null for none
    QTest::addColumn<QByteArray>("after"); // /data/out after, or null when dd writes stdout
    QTest::addColumn<QByteArray>("output");
    const QByteArray none;
    QTest::newRow("stdin to stdout")
        << stringList({"status=none"}) << QByteArray("abc") << none << none << QByteArray("abc");
    QTest::newRow("skip and count") << stringList({"bs=2", "skip=1", "count=2", "status=none"})
                                    << QByteArray("aabbccdd") << none << none << QByteArray("bbcc");
    QTest::newRow("creates the file")
        << stringList({"of=/data/out", "status=none"}) << QByteArray("new") << none
        << QByteArray("new") << QByteArray();
    QTest::newRow("truncates without notrunc")
        << stringList({"of=/data/out", "status=none"}) << QByteArray("new")
        << QByteArray("old contents") << QByteArray("new") << QByteArray();
    QTest::newRow("seek keeps what is before, cuts what is after")
        << stringList({"of=/data/out", "bs=4", "seek=1", "status=none"}) << QByteArray("NEW")
        << QByteArray("0123456789") << QByteArray("0123NEW") << QByteArray();
    QTest::newRow("notrunc writes in place")
        << stringList({"of=/data/out", "bs=4", "seek=1", "conv=notrunc", "status=none"})
        << QByteArray("NEW") << QByteArray("0123456789") << QByteArray("0123NEW789")
        << QByteArray();
    QTest::newRow("seek past the end leaves zeros")
        << stringList({"of=/data/out", "bs=4096", "seek=1", "conv=notrunc", "status=none"})
        << QByteArray("x") << QByteArray("ab") << QByteArray("ab") + QByteArray(4094, '\0') + 'x'
        << QByteArray();
    QTest::newRow("if= and suffixes")
        << stringList({"if=/data/out", "ibs=1c", "skip=1K", "status=none"}) << QByteArray()
        << QByteArray(1024, 'a') + "rest" << QByteArray(1024, 'a') + "rest" << QByteArray("rest");
}

void TestSimShellDataCommands::dd()
{
    QFETCH(QStringList, operands);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, output);
    MachineFixture machine;
    if (!before.isNull())
        machine.write(QStringLiteral("/data/out"), before);
    const ExecResult result = machine.run(QStringList {QStringLiteral("dd")} + operands, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stderrData, QByteArray());
    QCOMPARE(result.stdoutData, output);
    if (!after.isNull())
        QCOMPARE(machine.read(QStringLiteral("/data/out")), after);
}

void TestSimShellDataCommands::ddStatisticsAndErrors()
{
    MachineFixture machine;
    ExecResult result = machine.run(stringList({"dd", "of=/data/out", "bs=4"}), "0123456789");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.stderrData.startsWith("2+1 records in\n2+1 records out\n10 bytes"));
    result = machine.run(stringList({"dd", "of=/data/out", "status=noxfer"}), "x");
    QCOMPARE(result.stderrData, QByteArray("0+1 records in\n0+1 records out\n"));

    const auto failure = [&](const QStringList &operands) {
        const ExecResult failed = machine.run(QStringList {QStringLiteral("dd")} + operands, "x");
        if (failed.exitCode != 1)
            qWarning() << operands << "exited with" << failed.exitCode;
        return failed.exitCode == 1 ? QString::fromUtf8(failed.stderrData) : QString();
    };
    QCOMPARE(failure(stringList({"bs=0"})), QStringLiteral("dd: invalid number: '0'\n"));
    QCOMPARE(failure(stringList({"seek=x"})), QStringLiteral("dd: invalid number: 'x'\n"));
    QCOMPARE(
        failure(stringList({"conv=sparse"})), QStringLiteral("dd: invalid conversion: 'sparse'\n"));
    QCOMPARE(
        failure(stringList({"status=loud"})), QStringLiteral("dd: invalid status level: 'loud'\n"));
    QCOMPARE(
        failure(stringList({"nonsense"})), QStringLiteral("dd: unrecognized operand 'nonsense'\n"));
    QCOMPARE(failure(stringList({"if=/data/missing"})),
        QStringLiteral("dd: failed to open '/data/missing': No such file or directory\n"));
    QCOMPARE(failure(stringList({"of=/data"})),
        QStringLiteral("dd: failed to open '/data': Is a directory\n"));
    QCOMPARE(failure(stringList({"seek=1", "status=none"})),
        QStringLiteral("dd: 'standard output': cannot seek: Illegal seek\n"));
}

void TestSimShellDataCommands::ddFullVolumeKeepsWhatFits()
{
    MachineFixture machine(8);
    const ExecResult result = machine.run(
        stringList({"dd", "of=/data/out", "bs=4", "seek=1", "status=noxfer"}), "0123456789");
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.stderrData,
        QByteArray("dd: error writing '/data/out': No space left on device\n"
                   "2+1 records in\n1+0 records out\n"));
    QCOMPARE(machine.read(QStringLiteral("/data/out")),
        QByteArray("\0\0\0\0"
                   "0123",
            8));
}

void TestSimShellDataCommands::base64Encode_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("short") << QStringList() << QByteArray("abc") << QByteArray("YWJj\n");
    QTest::newRow("padding") << QStringList() << QByteArray("ab") << QByteArray("YWI=\n");
    QTest::newRow("empty") << QStringList() << QByteArray() << QByteArray();
    const QByteArray sixty = QByteArray(60, 'x').toBase64(); // 80 characters
    QTest::newRow("wraps at 76") << QStringList() << QByteArray(60, 'x')
                                 << sixty.left(76) + '\n' + sixty.mid(76) + '\n';
    QTest::newRow("-w 0") << stringList({"-w", "0"}) << QByteArray(60, 'x')
                          << QByteArray(60, 'x').toBase64();
    QTest::newRow("--wrap=4") << stringList({"--wrap=4"}) << QByteArray("abcdef")
                              << QByteArray("YWJj\nZGVm\n");
    QTest::newRow("-w4 partial line")
        << stringList({"-w4"}) << QByteArray("abcd") << QByteArray("YWJj\nZA==\n");
}

void TestSimShellDataCommands::base64Encode()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    MachineFixture machine;
    ExecResult result = machine.run(QStringList {QStringLiteral("base64")} + options, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, expected);
    machine.write(QStringLiteral("/data/in"), input);
    result = machine.run(QStringList {QStringLiteral("base64")} + options
        + QStringList {QStringLiteral("/data/in")});
    QCOMPARE(result.stdoutData, expected);
}

void TestSimShellDataCommands::base64Decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QByteArray("YWJj") << QByteArray("abc") << true;
    QTest::newRow("padded") << QByteArray("YWI=") << QByteArray("ab") << true;
    QTest::newRow("double padded") << QByteArray("YQ==\n") << QByteArray("a") << true;
    QTest::newRow("newlines and spaces")
        << QByteArray(" YW\r\nJj\tZG\nVm\n\n") << QByteArray("abcdef") << true;
    QTest::newRow("empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("binary") << QByteArray("AAEC/w==") << QByteArray("\0\1\2\xff", 4) << true;
    QTest::newRow("garbage") << QByteArray("YWJj!!!!") << QByteArray("abc") << false;
    QTest::newRow("truncated") << QByteArray("YWJjZ") << QByteArray("abc") << false;
    QTest::newRow("data after padding") << QByteArray("YQ==YWJj") << QByteArray("a") << false;
    QTest::newRow("misplaced padding") << QByteArray("Y===") << QByteArray() << false;
    QTest::newRow("url alphabet") << QByteArray("-_-_") << QByteArray() << false;
}

void TestSimShellDataCommands::base64Decode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(bool, valid);
    MachineFixture machine;
    const ExecResult result = machine.run({QStringLiteral("base64"), QStringLiteral("-d")}, input);
    QCOMPARE(result.stdoutData, expected);
    QCOMPARE(result.exitCode, valid ? 0 : 1);
    QCOMPARE(
        text(result.stderrData), valid ? QString() : QStringLiteral("base64: invalid input\n"));
}

void TestSimShellDataCommands::base64Errors()
{
    MachineFixture machine;
    ExecResult result = machine.run(
        {QStringLiteral("base64"), QStringLiteral("--decode"), QStringLiteral("-i")}, "YW*Jj");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, QByteArray("abc"));
    result = machine.run({QStringLiteral("base64"), QStringLiteral("/nope")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData), QStringLiteral("base64: /nope: No such file or directory\n"));
    result = machine.run({QStringLiteral("base64"), QStringLiteral("-w"), QStringLiteral("x")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData), QStringLiteral("base64: invalid wrap size: 'x'\n"));
    result = machine.run({QStringLiteral("base64"), QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("base64: extra operand 'b'\n"));
    // Decoding into a full volume keeps what fit and reports the write error.
    MachineFixture full(4);
    result = full.sh(QStringLiteral("base64 -d > /data/out"), {}, "YWJjZGVm");
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(
        text(result.stderrData), QStringLiteral("base64: write error: No space left on device\n"));
    QCOMPARE(full.read(QStringLiteral("/data/out")), QByteArray("abcd"));
}

void TestSimShellDataCommands::head_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default ten lines")
        << QStringList() << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    QTest::newRow("-c") << stringList({"-c", "5"}) << QByteArray("1\n2\n3");
    QTest::newRow("-c beyond end")
        << stringList({"-c", "100"}) << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
    QTest::newRow("-c 0") << stringList({"-c0"}) << QByteArray();
    QTest::newRow("-c with suffix")
        << stringList({"--bytes=1K"}) << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
    QTest::newRow("all but last bytes") << stringList({"-c", "-23"}) << QByteArray("1\n2");
    QTest::newRow("-n") << stringList({"-n", "2"}) << QByteArray("1\n2\n");
    QTest::newRow("obsolete -N") << stringList({"-3"}) << QByteArray("1\n2\n3\n");
    QTest::newRow("all but last lines") << stringList({"-n", "-10"}) << QByteArray("1\n2\n");
}

void TestSimShellDataCommands::head()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expected);
    MachineFixture machine;
    const QByteArray input = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12";
    ExecResult result = machine.run(QStringList {QStringLiteral("head")} + options, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, expected);
    machine.write(QStringLiteral("/data/in"), input);
    result = machine.run(QStringList {QStringLiteral("head")} + options
        + QStringList {QStringLiteral("--"), QStringLiteral("/data/in")});
    QCOMPARE(result.stdoutData, expected);
}

void TestSimShellDataCommands::tail_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default ten lines")
        << QStringList() << QByteArray("3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
    QTest::newRow("-c last bytes") << stringList({"-c", "4"}) << QByteArray("1\n12");
    QTest::newRow("-c +N from byte N") << stringList({"-c", "+21"}) << QByteArray("\n11\n12");
    QTest::newRow("-c +1 is everything")
        << stringList({"-c", "+1"}) << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
    QTest::newRow("-c +0 is everything")
        << stringList({"-c", "+0"}) << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
    QTest::newRow("-c +N past the end") << stringList({"-c", "+100"}) << QByteArray();
    QTest::newRow("-c more than size")
        << stringList({"-c", "100"}) << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
    QTest::newRow("-n") << stringList({"-n", "2"}) << QByteArray("11\n12");
    QTest::newRow("-n +N") << stringList({"-n", "+11"}) << QByteArray("11\n12");
    QTest::newRow("-n 0") << stringList({"-n", "0"}) << QByteArray();
}

void TestSimShellDataCommands::tail()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expected);
    MachineFixture machine;
    const QByteArray input = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12";
    ExecResult result = machine.run(QStringList {QStringLiteral("tail")} + options, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, expected);
    machine.write(QStringLiteral("/data/in"), input);
    result = machine.run(
        QStringList {QStringLiteral("tail")} + options + QStringList {QStringLiteral("/data/in")});
    QCOMPARE(result.stdoutData, expected);
}

void TestSimShellDataCommands::headTailErrorsAndHeaders()
{
    MachineFixture machine;
    machine.write(QStringLiteral("/data/a"), "a\n");
    machine.write(QStringLiteral("/data/b"), "b\n");
    ExecResult result =
        machine.run({QStringLiteral("head"), QStringLiteral("/data/a"), QStringLiteral("/data/b")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("==> /data/a <==\na\n\n==> /data/b <==\nb\n"));
    result = machine.run({QStringLiteral("tail"), QStringLiteral("-q"), QStringLiteral("/data/a"),
        QStringLiteral("/data/b")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("a\nb\n"));
    result = machine.run({QStringLiteral("head"), QStringLiteral("-c"), QStringLiteral("abc")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData), QStringLiteral("head: invalid number of bytes: 'abc'\n"));
    result = machine.run({QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("x")});
    QCOMPARE(text(result.stderrData), QStringLiteral("tail: invalid number of lines: 'x'\n"));
    result = machine.run({QStringLiteral("tail"), QStringLiteral("-c"), QStringLiteral("+1"),
        QStringLiteral("--"), QStringLiteral("/nope")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("tail: cannot open '/nope' for reading: No such file or directory\n"));
    result = machine.run({QStringLiteral("tail"), QStringLiteral("-f"), QStringLiteral("/data/a")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("tail: invalid option -- 'f'\n"));
}

void TestSimShellDataCommands::wc_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("-c stdin") << stringList({"-c"}) << QByteArray("hello") << "5\n";
    QTest::newRow("-c file") << stringList({"-c", "/data/f"}) << QByteArray() << "12 /data/f\n";
    QTest::newRow("default stdin")
        << QStringList() << QByteArray("one two\nthree\n") << "      2       3      14\n";
    QTest::newRow("default file") << stringList({"/data/f"}) << QByteArray()
                                  << " 2  4 12 /data/f\n";
    QTest::newRow("-l -w") << stringList({"-lw", "/data/f"}) << QByteArray() << " 2  4 /data/f\n";
    QTest::newRow("-m counts characters") << stringList({"-m"}) << QByteArray("h\xc3\xa9") << "2\n";
    QTest::newRow("total") << stringList({"-c", "/data/f", "/data/f"}) << QByteArray()
                           << "12 /data/f\n12 /data/f\n24 total\n";
}

void TestSimShellDataCommands::wc()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    MachineFixture machine;
    machine.write(QStringLiteral("/data/f"), "ab cd\nef gh\n");
    const ExecResult result = machine.run(QStringList {QStringLiteral("wc")} + arguments, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData), expected);
}

void TestSimShellDataCommands::wcErrors()
{
    MachineFixture machine;
    const ExecResult result = machine.run({QStringLiteral("wc"), QStringLiteral("-c"),
        QStringLiteral("/nope"), QStringLiteral("/etc/hostname")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData), QStringLiteral("wc: /nope: No such file or directory\n"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("15 /etc/hostname\n15 total\n"));
}

void TestSimShellDataCommands::df()
{
    MachineFixture machine(2 * 1024 * 1024);
    machine.write(QStringLiteral("/data/f"), QByteArray(1024 * 1024 + 1, 'x'));
    ExecResult result = machine.run({QStringLiteral("df"), QStringLiteral("-P"),
        QStringLiteral("-k"), QStringLiteral("--"), QStringLiteral("/data/f")});
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("Filesystem     1024-blocks  Used Available Capacity Mounted on\n"
                       "/dev/vdb              2048  1025      1023      51% /data\n"));
    result = machine.run({QStringLiteral("df")});
    const QStringList rows = text(result.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(
        rows.at(0), QStringLiteral("Filesystem     1K-blocks  Used Available Use% Mounted on"));
    QVERIFY(rows.at(1).startsWith(QStringLiteral("/dev/vda         8388608 ")));
    QVERIFY(rows.at(1).endsWith(QStringLiteral("% /")));
    QVERIFY(rows.at(2).startsWith(QStringLiteral("/dev/vdb            2048  1025")));
}

void TestSimShellDataCommands::dfHumanAndErrors()
{
    MachineFixture machine(1024 * 1024 * 1024);
    machine.write(QStringLiteral("/data/f"), QByteArray(1536, 'x'));
    ExecResult result =
        machine.run({QStringLiteral("df"), QStringLiteral("-h"), QStringLiteral("/data")});
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("Filesystem      Size  Used Avail Use% Mounted on\n"
                       "/dev/vdb        1.0G  1.5K  1.0G   1% /data\n"));
    result = machine.run({QStringLiteral("df"), QStringLiteral("/nope"), QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData), QStringLiteral("df: /nope: No such file or directory\n"));
    QVERIFY(result.stdoutData.contains("/dev/vdb"));
}

void TestSimShellDataCommands::systemCommands_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sync") << "sync && echo synced"
                          << "synced\n";
    QTest::newRow("uname") << "uname"
                           << "Linux\n";
    QTest::newRow("uname -a") << "uname -a"
                              << "Linux e2865013a1d986 6.1.0-fly #1 SMP PREEMPT_DYNAMIC x86_64 "
                                 "GNU/Linux\n";
    QTest::newRow("uname -sm") << "uname -sm"
                               << "Linux x86_64\n";
    QTest::newRow("hostname") << "hostname"
                              << "e2865013a1d986\n";
    QTest::newRow("pwd") << "pwd"
                         << "/\n";
    QTest::newRow("pwd after cd") << "cd /usr/share/nginx && pwd -P"
                                  << "/usr/share/nginx\n";
    QTest::newRow("true and false") << "true && ! false && echo ok"
                                    << "ok\n";
}

void TestSimShellDataCommands::systemCommands()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    MachineFixture machine;
    const ExecResult result = machine.sh(script);
    QCOMPARE(text(result.stderrData), QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData), expected);
}

void TestSimShellDataCommands::dirnameAndBasename_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dirname") << stringList({"dirname", "/a/b/c"}) << "/a/b\n";
    QTest::newRow("dirname trailing slash") << stringList({"dirname", "/a/b/"}) << "/a\n";
    QTest::newRow("dirname relative") << stringList({"dirname", "file"}) << ".\n";
    QTest::newRow("dirname root") << stringList({"dirname", "/"}) << "/\n";
    QTest::newRow("dirname top level") << stringList({"dirname", "/usr"}) << "/\n";
    QTest::newRow("dirname several") << stringList({"dirname", "a/b", "c"}) << "a\n.\n";
    QTest::newRow("basename") << stringList({"basename", "/a/b.txt"}) << "b.txt\n";
    QTest::newRow("basename suffix") << stringList({"basename", "/a/b.txt", ".txt"}) << "b\n";
    QTest::newRow("basename whole suffix") << stringList({"basename", ".txt", ".txt"}) << ".txt\n";
    QTest::newRow("basename trailing slash") << stringList({"basename", "/a/b//"}) << "b\n";
    QTest::newRow("basename root") << stringList({"basename", "/"}) << "/\n";
    QTest::newRow("basename -s") << stringList({"basename", "-s", ".c", "x.c", "y.c"}) << "x\ny\n";
    QTest::newRow("basename -a") << stringList({"basename", "-a", "/p/x", "q/y"}) << "x\ny\n";
}

void TestSimShellDataCommands::dirnameAndBasename()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, expected);
    MachineFixture machine;
    const ExecResult result = machine.run(argv);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData), expected);
}

void TestSimShellDataCommands::sleepIsInstant()
{
    MachineFixture machine;
    ExecResult result = machine.run({QStringLiteral("sleep"), QStringLiteral("3600")});
    QCOMPARE(result.exitCode, 0);
    result = machine.run({QStringLiteral("sleep"), QStringLiteral("0.5"), QStringLiteral("1m")});
    QCOMPARE(result.exitCode, 0);
    result = machine.run({QStringLiteral("sleep"), QStringLiteral("soon")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("sleep: invalid time interval 'soon'\n"));
    result = machine.run({QStringLiteral("sleep")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("sleep: missing operand\n"));
    result = machine.run({QStringLiteral("basename")});
    QCOMPARE(result.exitCode, 1);
    result = machine.run({QStringLiteral("basename"), QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("c")});
    QVERIFY(result.stderrData.startsWith("basename: extra operand 'c'\n"));
    result = machine.run({QStringLiteral("hostname"), QStringLiteral("new-name")});
    QCOMPARE(result.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestSimShellDataCommands)
#include "tst_simshell_datacommands.moc"
