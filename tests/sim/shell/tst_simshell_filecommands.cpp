// cat, touch, mkdir, rmdir, rm, chmod, cp and mv, and GNU-style option parsing.
#include "sim/shell/shelltestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;
using namespace hangar::sim::test;

class TestSimShellFileCommands : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cat();
    void catErrors();
    void touch();
    void touchErrors();
    void mkdir();
    void mkdirErrors();
    void rmdir();
    void rm();
    void rmErrors();
    void chmod_data();
    void chmod();
    void chmodRecursiveAndErrors();
    void cpFile();
    void cpIntoDirectoryAndRecursive();
    void cpErrors();
    void cpFullVolume();
    void mvRenames();
    void mvIntoDirectory();
    void mvAcrossFilesystems();
    void mvAcrossFilesystemsWithoutSpace();
    void mvErrors();
    void optionsAfterOperandsAndDoubleDash();
    void invalidOptions_data();
    void invalidOptions();

private:
    static void populate(MachineFixture &machine);
};

void TestSimShellFileCommands::populate(MachineFixture &machine)
{
    machine.fs.makeDirectory(QStringLiteral("/data/dir/sub"), true);
    machine.write(QStringLiteral("/data/dir/a.txt"), "alpha\n");
    machine.write(QStringLiteral("/data/dir/b.bin"), QByteArray("\0\1\2", 3));
    machine.write(QStringLiteral("/data/dir/.hidden"), "h");
    machine.write(QStringLiteral("/data/dir/sub/deep"), "deep");
}

void TestSimShellFileCommands::cat()
{
    MachineFixture machine;
    populate(machine);
    ExecResult result = machine.run({QStringLiteral("cat"), QStringLiteral("/data/dir/a.txt"),
                                        QStringLiteral("-"), QStringLiteral("/data/dir/b.bin")},
        "stdin\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, QByteArray("alpha\nstdin\n\0\1\2", 15));
    result = machine.run({QStringLiteral("cat")}, "only stdin");
    QCOMPARE(result.stdoutData, QByteArray("only stdin"));
    result = machine.sh(QStringLiteral("cd /data/dir && cat -u -- a.txt"));
    QCOMPARE(result.stdoutData, QByteArray("alpha\n"));
    result = machine.run({QStringLiteral("cat"), QStringLiteral("/dev/null")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, QByteArray());
}

void TestSimShellFileCommands::catErrors()
{
    MachineFixture machine;
    populate(machine);
    const ExecResult result =
        machine.run({QStringLiteral("cat"), QStringLiteral("/x"), QStringLiteral("/data/dir"),
            QStringLiteral("/data/dir/a.txt/"), QStringLiteral("/data/dir/a.txt")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.stdoutData, QByteArray("alpha\n"));
    QCOMPARE(text(result.stderrData),
        QStringLiteral("cat: /x: No such file or directory\n"
                       "cat: /data/dir: Is a directory\n"
                       "cat: /data/dir/a.txt/: Not a directory\n"));
}

void TestSimShellFileCommands::touch()
{
    MachineFixture machine;
    populate(machine);
    machine.clock.advance(100);
    ExecResult result = machine.run({QStringLiteral("touch"), QStringLiteral("/data/new"),
        QStringLiteral("/data/dir/a.txt"), QStringLiteral("/data/dir")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/data/new")), QByteArray());
    QCOMPARE(machine.read(QStringLiteral("/data/dir/a.txt")), QByteArray("alpha\n"));
    for (const QString &path : {QStringLiteral("/data/new"), QStringLiteral("/data/dir/a.txt"),
             QStringLiteral("/data/dir")}) {
        FileInfo info;
        machine.fs.stat(path, &info);
        QCOMPARE(info.mtime, kFixedNow + 100);
    }
    result = machine.run(
        {QStringLiteral("touch"), QStringLiteral("-c"), QStringLiteral("/data/not-created")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/not-created")));
    result = machine.run({QStringLiteral("touch"), QStringLiteral("-d"), QStringLiteral("@12345"),
        QStringLiteral("/data/new")});
    FileInfo info;
    machine.fs.stat(QStringLiteral("/data/new"), &info);
    QCOMPARE(info.mtime, 12345);
    result = machine.run({QStringLiteral("touch"), QStringLiteral("--date=2024-02-29 12:30:15"),
        QStringLiteral("/data/new")});
    QCOMPARE(result.exitCode, 0);
    machine.fs.stat(QStringLiteral("/data/new"), &info);
    QCOMPARE(info.mtime, 1709209815);
}

void TestSimShellFileCommands::touchErrors()
{
    MachineFixture machine;
    ExecResult result = machine.run({QStringLiteral("touch"), QStringLiteral("/nope/file")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("touch: cannot touch '/nope/file': No such file or directory\n"));
    result = machine.run({QStringLiteral("touch")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("touch: missing file operand\nTry 'touch --help' for more information.\n"));
    result = machine.run({QStringLiteral("touch"), QStringLiteral("-d"),
        QStringLiteral("yesterday"), QStringLiteral("/tmp/x")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData), QStringLiteral("touch: invalid date format 'yesterday'\n"));
}

void TestSimShellFileCommands::mkdir()
{
    MachineFixture machine;
    ExecResult result = machine.run(
        {QStringLiteral("mkdir"), QStringLiteral("/data/a"), QStringLiteral("/data/b")});
    QCOMPARE(result.exitCode, 0);
    result = machine.run({QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--"),
        QStringLiteral("/data/x/y/z"), QStringLiteral("/data/a")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(machine.fs.exists(QStringLiteral("/data/x/y/z")));
    result = machine.run({QStringLiteral("mkdir"), QStringLiteral("-m"), QStringLiteral("700"),
        QStringLiteral("/data/private")});
    FileInfo info;
    machine.fs.stat(QStringLiteral("/data/private"), &info);
    QCOMPARE(info.mode, 0700);
    result = machine.run({QStringLiteral("mkdir"), QStringLiteral("--mode=u=rwx,go=rx"),
        QStringLiteral("-pv"), QStringLiteral("/data/sym")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("mkdir: created directory '/data/sym'\n"));
    machine.fs.stat(QStringLiteral("/data/sym"), &info);
    QCOMPARE(info.mode, 0755);
}

void TestSimShellFileCommands::mkdirErrors()
{
    MachineFixture machine;
    machine.write(QStringLiteral("/data/file"), "");
    ExecResult result = machine.run({QStringLiteral("mkdir"), QStringLiteral("/data"),
        QStringLiteral("/data/a/b"), QStringLiteral("/data/file/x"), QStringLiteral("/data/ok")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("mkdir: cannot create directory '/data': File exists\n"
                       "mkdir: cannot create directory '/data/a/b': No such file or directory\n"
                       "mkdir: cannot create directory '/data/file/x': Not a directory\n"));
    QVERIFY(machine.fs.exists(QStringLiteral("/data/ok")));
    result = machine.run({QStringLiteral("mkdir"), QStringLiteral("-m"), QStringLiteral("9"),
        QStringLiteral("/data/m")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData), QStringLiteral("mkdir: invalid mode '9'\n"));
    result = machine.run({QStringLiteral("mkdir")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("mkdir: missing operand\n"));
}

void TestSimShellFileCommands::rmdir()
{
    MachineFixture machine;
    populate(machine);
    machine.fs.makeDirectory(QStringLiteral("/data/empty"));
    ExecResult result = machine.run({QStringLiteral("rmdir"), QStringLiteral("/data/empty"),
        QStringLiteral("/data/dir"), QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/empty")));
    QCOMPARE(text(result.stderrData),
        QStringLiteral("rmdir: failed to remove '/data/dir': Directory not empty\n"
                       "rmdir: failed to remove '/data': Device or resource busy\n"));
}

void TestSimShellFileCommands::rm()
{
    MachineFixture machine(1000);
    populate(machine);
    QVERIFY(machine.volume->usedBytes() > 0);
    ExecResult result = machine.run({QStringLiteral("rm"), QStringLiteral("/data/dir/a.txt")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/dir/a.txt")));
    result = machine.run({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("/data/none"),
        QStringLiteral("/data/dir/b.bin")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stderrData, QByteArray());
    result =
        machine.run({QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("/data/dir")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/dir")));
    QCOMPARE(machine.volume->usedBytes(), 0);
    machine.fs.makeDirectory(QStringLiteral("/data/e"));
    result = machine.run({QStringLiteral("rm"), QStringLiteral("-d"), QStringLiteral("/data/e")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.run({QStringLiteral("rm"), QStringLiteral("-f")}).exitCode, 0);
    result = machine.sh(QStringLiteral("cd /tmp && touch a b && rm -v -- a b"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("removed 'a'\nremoved 'b'\n"));
}

void TestSimShellFileCommands::rmErrors()
{
    MachineFixture machine;
    populate(machine);
    ExecResult result = machine.run({QStringLiteral("rm"), QStringLiteral("/data/none"),
        QStringLiteral("/data/dir"), QStringLiteral("/data/dir/a.txt")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("rm: cannot remove '/data/none': No such file or directory\n"
                       "rm: cannot remove '/data/dir': Is a directory\n"));
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/dir/a.txt")));
    result = machine.run({QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("/")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("rm: it is dangerous to operate recursively on '/'\n"
                       "rm: use --no-preserve-root to override this failsafe\n"));
    result =
        machine.run({QStringLiteral("rm"), QStringLiteral("-r"), QStringLiteral("/data/dir/..")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("rm: refusing to remove '.' or '..' directory: skipping '/data/dir/..'\n"));
    result = machine.run({QStringLiteral("rm")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("rm: missing operand\n"));
    // Removing the mount point empties the volume but the directory stays.
    result = machine.run({QStringLiteral("rm"), QStringLiteral("-r"), QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("rm: cannot remove '/data': Device or resource busy\n"));
    QVERIFY(machine.fs.exists(QStringLiteral("/data")));
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/dir")));
}

void TestSimShellFileCommands::chmod_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("expected");
    QTest::newRow("octal") << "640" << 0644 << 0640;
    QTest::newRow("octal with leading zero") << "0755" << 0600 << 0755;
    QTest::newRow("setuid octal") << "4755" << 0644 << 04755;
    QTest::newRow("u+x") << "u+x" << 0644 << 0744;
    QTest::newRow("+x honours umask") << "+x" << 0644 << 0755;
    QTest::newRow("a+w ignores umask") << "a+w" << 0644 << 0666;
    QTest::newRow("go-rwx") << "go-rwx" << 0755 << 0700;
    QTest::newRow("u=rw,go=r") << "u=rw,go=r" << 0777 << 0644;
    QTest::newRow("o=u") << "o=u" << 0740 << 0747;
    QTest::newRow("X on file without x") << "a+X" << 0644 << 0644;
    QTest::newRow("X on file with x") << "a+X" << 0744 << 0755;
    QTest::newRow("sticky") << "+t" << 0755 << 01755;
    QTest::newRow("dash mode") << "-w" << 0644 << 0444;
}

void TestSimShellFileCommands::chmod()
{
    QFETCH(QString, mode);
    QFETCH(int, initial);
    QFETCH(int, expected);
    MachineFixture machine;
    machine.write(QStringLiteral("/data/f"), "");
    machine.fs.setMode(QStringLiteral("/data/f"), initial);
    const ExecResult result =
        machine.run({QStringLiteral("chmod"), mode, QStringLiteral("/data/f")});
    QCOMPARE(text(result.stderrData), QString());
    QCOMPARE(result.exitCode, 0);
    FileInfo info;
    machine.fs.stat(QStringLiteral("/data/f"), &info);
    QCOMPARE(info.mode, expected);
}

void TestSimShellFileCommands::chmodRecursiveAndErrors()
{
    MachineFixture machine;
    populate(machine);
    ExecResult result = machine.run({QStringLiteral("chmod"), QStringLiteral("-R"),
        QStringLiteral("go-rwx"), QStringLiteral("/data/dir")});
    QCOMPARE(result.exitCode, 0);
    FileInfo info;
    machine.fs.stat(QStringLiteral("/data/dir/sub/deep"), &info);
    QCOMPARE(info.mode, 0600);
    machine.fs.stat(QStringLiteral("/data/dir/sub"), &info);
    QCOMPARE(info.mode, 0700);

    result = machine.run({QStringLiteral("chmod"), QStringLiteral("644"), QStringLiteral("/nope"),
        QStringLiteral("/data/dir/a.txt")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("chmod: cannot access '/nope': No such file or directory\n"));
    machine.fs.stat(QStringLiteral("/data/dir/a.txt"), &info);
    QCOMPARE(info.mode, 0644);
    result = machine.run({QStringLiteral("chmod"), QStringLiteral("abc"), QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("chmod: invalid mode: 'abc'\n"));
    result = machine.run({QStringLiteral("chmod"), QStringLiteral("8"), QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 1);
    result = machine.run({QStringLiteral("chmod"), QStringLiteral("644")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("chmod: missing operand after '644'\n"));
}

void TestSimShellFileCommands::cpFile()
{
    MachineFixture machine;
    populate(machine);
    machine.fs.setMode(QStringLiteral("/data/dir/a.txt"), 0777);
    machine.fs.setMtime(QStringLiteral("/data/dir/a.txt"), 1000);
    ExecResult result = machine.run(
        {QStringLiteral("cp"), QStringLiteral("/data/dir/a.txt"), QStringLiteral("/tmp/copy")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/tmp/copy")), QByteArray("alpha\n"));
    FileInfo info;
    machine.fs.stat(QStringLiteral("/tmp/copy"), &info);
    QCOMPARE(info.mode, 0755); // source mode minus the umask
    QCOMPARE(info.mtime, kFixedNow);

    // Overwriting keeps the destination's mode; -p preserves mode and mtime.
    machine.write(QStringLiteral("/tmp/existing"), "old old old");
    machine.fs.setMode(QStringLiteral("/tmp/existing"), 0600);
    result = machine.run({QStringLiteral("cp"), QStringLiteral("-f"),
        QStringLiteral("/data/dir/a.txt"), QStringLiteral("/tmp/existing")});
    QCOMPARE(machine.read(QStringLiteral("/tmp/existing")), QByteArray("alpha\n"));
    machine.fs.stat(QStringLiteral("/tmp/existing"), &info);
    QCOMPARE(info.mode, 0600);
    result = machine.run({QStringLiteral("cp"), QStringLiteral("-p"),
        QStringLiteral("/data/dir/a.txt"), QStringLiteral("/tmp/preserved")});
    machine.fs.stat(QStringLiteral("/tmp/preserved"), &info);
    QCOMPARE(info.mode, 0777);
    QCOMPARE(info.mtime, 1000);
    // -n keeps an existing file.
    machine.write(QStringLiteral("/tmp/keep"), "keep");
    result = machine.run({QStringLiteral("cp"), QStringLiteral("-n"),
        QStringLiteral("/data/dir/a.txt"), QStringLiteral("/tmp/keep")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/tmp/keep")), QByteArray("keep"));
}

void TestSimShellFileCommands::cpIntoDirectoryAndRecursive()
{
    MachineFixture machine;
    populate(machine);
    ExecResult result = machine.run({QStringLiteral("cp"), QStringLiteral("/data/dir/a.txt"),
        QStringLiteral("/data/dir/b.bin"), QStringLiteral("/tmp")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/tmp/b.bin")), QByteArray("\0\1\2", 3));
    result = machine.run({QStringLiteral("cp"), QStringLiteral("-r"), QStringLiteral("/data/dir"),
        QStringLiteral("/tmp/tree")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/tmp/tree/sub/deep")), QByteArray("deep"));
    QCOMPARE(machine.read(QStringLiteral("/tmp/tree/.hidden")), QByteArray("h"));
    // Copying onto an existing directory puts the tree inside it.
    result = machine.run({QStringLiteral("cp"), QStringLiteral("-R"), QStringLiteral("/data/dir"),
        QStringLiteral("/tmp/tree")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/tmp/tree/dir/a.txt")), QByteArray("alpha\n"));
    result = machine.sh(QStringLiteral("cd /data/dir && cp -v a.txt copy.txt"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("'a.txt' -> 'copy.txt'\n"));
}

void TestSimShellFileCommands::cpErrors()
{
    MachineFixture machine;
    populate(machine);
    ExecResult result =
        machine.run({QStringLiteral("cp"), QStringLiteral("/data/dir"), QStringLiteral("/tmp/x")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("cp: -r not specified; omitting directory '/data/dir'\n"));
    result = machine.run({QStringLiteral("cp"), QStringLiteral("/nope"), QStringLiteral("/tmp/x")});
    QCOMPARE(text(result.stderrData),
        QStringLiteral("cp: cannot stat '/nope': No such file or directory\n"));
    result = machine.run({QStringLiteral("cp"), QStringLiteral("/data/dir/a.txt"),
        QStringLiteral("/data/dir/../dir/a.txt")});
    QCOMPARE(text(result.stderrData),
        QStringLiteral("cp: '/data/dir/a.txt' and '/data/dir/../dir/a.txt' are the same file\n"));
    result = machine.run({QStringLiteral("cp"), QStringLiteral("-r"), QStringLiteral("/data/dir"),
        QStringLiteral("/data/dir/sub")});
    QCOMPARE(text(result.stderrData),
        QStringLiteral("cp: cannot copy a directory, '/data/dir', into itself, "
                       "'/data/dir/sub/dir'\n"));
    result = machine.run({QStringLiteral("cp"), QStringLiteral("/data/dir/a.txt"),
        QStringLiteral("/data/dir/b.bin"), QStringLiteral("/data/dir/a.txt")});
    QCOMPARE(text(result.stderrData),
        QStringLiteral("cp: target '/data/dir/a.txt' is not a directory\n"));
    result = machine.run({QStringLiteral("cp"), QStringLiteral("/data/dir/a.txt")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith(
        "cp: missing destination file operand after '/data/dir/a.txt'\n"));
    result = machine.run(
        {QStringLiteral("cp"), QStringLiteral("/data/dir/a.txt"), QStringLiteral("/nope/x")});
    QCOMPARE(text(result.stderrData),
        QStringLiteral("cp: cannot create regular file '/nope/x': No such file or directory\n"));
}

void TestSimShellFileCommands::cpFullVolume()
{
    MachineFixture machine(10);
    machine.write(QStringLiteral("/tmp/big"), QByteArray(25, 'b'));
    const ExecResult result = machine.run(
        {QStringLiteral("cp"), QStringLiteral("/tmp/big"), QStringLiteral("/data/big")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("cp: error writing '/data/big': No space left on device\n"));
    QCOMPARE(machine.read(QStringLiteral("/data/big")), QByteArray(10, 'b'));
}

void TestSimShellFileCommands::mvRenames()
{
    MachineFixture machine;
    populate(machine);
    machine.write(QStringLiteral("/data/target"), "replaced");
    ExecResult result = machine.run({QStringLiteral("mv"), QStringLiteral("-f"),
        QStringLiteral("--"), QStringLiteral("/data/dir/a.txt"), QStringLiteral("/data/target")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/data/target")), QByteArray("alpha\n"));
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/dir/a.txt")));
    result = machine.run(
        {QStringLiteral("mv"), QStringLiteral("/data/dir"), QStringLiteral("/data/renamed")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/data/renamed/sub/deep")), QByteArray("deep"));
    machine.write(QStringLiteral("/data/keep"), "keep");
    result = machine.run({QStringLiteral("mv"), QStringLiteral("-n"),
        QStringLiteral("/data/target"), QStringLiteral("/data/keep")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/data/keep")), QByteArray("keep"));
    QVERIFY(machine.fs.exists(QStringLiteral("/data/target")));
}

void TestSimShellFileCommands::mvIntoDirectory()
{
    MachineFixture machine;
    populate(machine);
    machine.fs.makeDirectory(QStringLiteral("/data/into"));
    ExecResult result = machine.sh(QStringLiteral("cd /data/dir && mv -v a.txt b.bin ../into/"));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("renamed 'a.txt' -> '../into/a.txt'\nrenamed 'b.bin' -> '../into/b.bin'\n"));
    QCOMPARE(machine.read(QStringLiteral("/data/into/a.txt")), QByteArray("alpha\n"));
    // -T treats the destination as a name, even when it is a directory.
    machine.fs.makeDirectory(QStringLiteral("/data/emptydir"));
    result = machine.run({QStringLiteral("mv"), QStringLiteral("-T"), QStringLiteral("/data/into"),
        QStringLiteral("/data/emptydir")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(machine.fs.exists(QStringLiteral("/data/emptydir/a.txt")));
}

void TestSimShellFileCommands::mvAcrossFilesystems()
{
    MachineFixture machine;
    populate(machine);
    machine.fs.setMode(QStringLiteral("/data/dir/a.txt"), 0600);
    machine.fs.setMtime(QStringLiteral("/data/dir/a.txt"), 777);
    ExecResult result = machine.run(
        {QStringLiteral("mv"), QStringLiteral("/data/dir/a.txt"), QStringLiteral("/tmp/moved")});
    QCOMPARE(text(result.stderrData), QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/tmp/moved")), QByteArray("alpha\n"));
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/dir/a.txt")));
    FileInfo info;
    machine.fs.stat(QStringLiteral("/tmp/moved"), &info);
    QCOMPARE(info.mode, 0600);
    QCOMPARE(info.mtime, 777);
    // A whole tree, replacing an existing file on the other side.
    machine.write(QStringLiteral("/data/moved-back"), "old");
    result = machine.run(
        {QStringLiteral("mv"), QStringLiteral("/tmp/moved"), QStringLiteral("/data/moved-back")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/data/moved-back")), QByteArray("alpha\n"));
    result =
        machine.run({QStringLiteral("mv"), QStringLiteral("/data/dir"), QStringLiteral("/srv")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/srv/dir/sub/deep")), QByteArray("deep"));
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/dir")));
}

void TestSimShellFileCommands::mvAcrossFilesystemsWithoutSpace()
{
    MachineFixture machine(10);
    machine.write(QStringLiteral("/tmp/big"), QByteArray(25, 'b'));
    const ExecResult result = machine.run(
        {QStringLiteral("mv"), QStringLiteral("/tmp/big"), QStringLiteral("/data/big")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("mv: error writing '/data/big': No space left on device\n"));
    QVERIFY(machine.fs.exists(QStringLiteral("/tmp/big")));
    QVERIFY(!machine.fs.exists(QStringLiteral("/data/big")));
    QCOMPARE(machine.volume->usedBytes(), 0);
}

void TestSimShellFileCommands::mvErrors()
{
    MachineFixture machine;
    populate(machine);
    machine.fs.makeDirectory(QStringLiteral("/data/full/x"), true);
    const QList<std::pair<QStringList, QString>> cases {
        {{QStringLiteral("/data/none"), QStringLiteral("/data/x")},
            QStringLiteral("mv: cannot stat '/data/none': No such file or directory\n")},
        {{QStringLiteral("/data/dir/a.txt"), QStringLiteral("/data/dir/./a.txt")},
            QStringLiteral("mv: '/data/dir/a.txt' and '/data/dir/./a.txt' are the same file\n")},
        {{QStringLiteral("/data/dir"), QStringLiteral("/data/dir/sub/inner")},
            QStringLiteral("mv: cannot move '/data/dir' to a subdirectory of itself, "
                           "'/data/dir/sub/inner'\n")},
        {{QStringLiteral("-T"), QStringLiteral("/data/dir/a.txt"), QStringLiteral("/data/dir/sub")},
            QStringLiteral("mv: cannot overwrite directory '/data/dir/sub' with non-directory\n")},
        {{QStringLiteral("-T"), QStringLiteral("/data/dir/sub"), QStringLiteral("/data/dir/a.txt")},
            QStringLiteral("mv: cannot overwrite non-directory '/data/dir/a.txt' with directory "
                           "'/data/dir/sub'\n")},
        {{QStringLiteral("-T"), QStringLiteral("/data/dir"), QStringLiteral("/data/full")},
            QStringLiteral("mv: cannot move '/data/dir' to '/data/full': Directory not empty\n")},
        {{QStringLiteral("/data"), QStringLiteral("/srv/data")},
            QStringLiteral("mv: cannot move '/data' to '/srv/data': Device or resource busy\n")},
        {{QStringLiteral("/data/dir/a.txt"), QStringLiteral("/nope/x")},
            QStringLiteral("mv: cannot move '/data/dir/a.txt' to '/nope/x': No such file or "
                           "directory\n")},
    };
    for (const auto &[arguments, message] : cases) {
        const ExecResult result = machine.run(QStringList {QStringLiteral("mv")} + arguments);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(text(result.stderrData), message);
    }
    QVERIFY(machine.fs.exists(QStringLiteral("/data/dir/a.txt")));
}

void TestSimShellFileCommands::optionsAfterOperandsAndDoubleDash()
{
    MachineFixture machine;
    // GNU permutes: options may follow operands; after "--" everything is an operand.
    ExecResult result =
        machine.run({QStringLiteral("mkdir"), QStringLiteral("/data/a/b"), QStringLiteral("-p")});
    QCOMPARE(result.exitCode, 0);
    result = machine.sh(QStringLiteral("cd /data && touch -- -f && ls && rm -- -f && ls"));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData), QStringLiteral("-f\na\na\n"));
}

void TestSimShellFileCommands::invalidOptions_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("status");
    QTest::newRow("cat") << stringList({"cat", "-z"})
                         << "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n"
                         << 1;
    QTest::newRow("rm long") << stringList({"rm", "--bogus"})
                             << "rm: unrecognized option '--bogus'\n"
                                "Try 'rm --help' for more information.\n"
                             << 1;
    QTest::newRow("ls") << stringList({"ls", "-Z"})
                        << "ls: invalid option -- 'Z'\nTry 'ls --help' for more information.\n"
                        << 2;
    QTest::newRow("missing value") << stringList({"mkdir", "-m"})
                                   << "mkdir: option requires an argument -- 'm'\n"
                                      "Try 'mkdir --help' for more information.\n"
                                   << 1;
    QTest::newRow("ambiguous") << stringList({"ls", "--al"})
                               << "ls: option '--al' is ambiguous\n"
                                  "Try 'ls --help' for more information.\n"
                               << 2;
    QTest::newRow("unexpected value") << stringList({"rm", "--force=yes"})
                                      << "rm: option '--force' doesn't allow an argument\n"
                                         "Try 'rm --help' for more information.\n"
                                      << 1;
}

void TestSimShellFileCommands::invalidOptions()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, message);
    QFETCH(int, status);
    MachineFixture machine;
    const ExecResult result = machine.run(argv);
    QCOMPARE(text(result.stderrData), message);
    QCOMPARE(result.exitCode, status);
}

QTEST_GUILESS_MAIN(TestSimShellFileCommands)
#include "tst_simshell_filecommands.moc"
