// ls and stat, whose output formats the desktop client parses.
#include "sim/shell/shelltestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;
using namespace hangar::sim::test;

class TestSimShellListing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lsShort();
    void lsLong();
    void lsOperandsAndErrors();
    void statFormats_data();
    void statFormats();
    void statDefaultFormat();
    void statPrintfAndErrors();

private:
    static void populate(MachineFixture &machine);
};

void TestSimShellListing::populate(MachineFixture &machine)
{
    machine.fs.makeDirectory(QStringLiteral("/data/dir/sub"), true);
    machine.write(QStringLiteral("/data/dir/a.txt"), "alpha\n");
    machine.write(QStringLiteral("/data/dir/b.bin"), QByteArray("\0\1\2", 3));
    machine.write(QStringLiteral("/data/dir/.hidden"), "h");
    machine.write(QStringLiteral("/data/dir/sub/deep"), "deep");
}

void TestSimShellListing::lsShort()
{
    MachineFixture machine;
    populate(machine);
    ExecResult result = machine.run({QStringLiteral("ls"), QStringLiteral("/data/dir")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("a.txt\nb.bin\nsub\n"));
    result =
        machine.run({QStringLiteral("ls"), QStringLiteral("-A1p"), QStringLiteral("/data/dir")});
    QCOMPARE(text(result.stdoutData), QStringLiteral(".hidden\na.txt\nb.bin\nsub/\n"));
    result = machine.run({QStringLiteral("ls"), QStringLiteral("-a"), QStringLiteral("/data/dir")});
    QCOMPARE(text(result.stdoutData), QStringLiteral(".\n..\n.hidden\na.txt\nb.bin\nsub\n"));
    result = machine.sh(QStringLiteral("cd /data/dir && ls"));
    QCOMPARE(text(result.stdoutData), QStringLiteral("a.txt\nb.bin\nsub\n"));
    result = machine.run({QStringLiteral("ls"), QStringLiteral("-d"), QStringLiteral("/data/dir")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("/data/dir\n"));
}

void TestSimShellListing::lsLong()
{
    MachineFixture machine;
    populate(machine);
    machine.write(QStringLiteral("/data/dir/a.txt"), QByteArray(5000, 'a'));
    machine.fs.setMtime(QStringLiteral("/data/dir/b.bin"), kFixedNow - 365 * 86400);
    machine.fs.setMode(QStringLiteral("/data/dir/b.bin"), 04750);
    const ExecResult result =
        machine.run({QStringLiteral("ls"), QStringLiteral("-l"), QStringLiteral("/data/dir")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("total 16\n"
                       "-rw-r--r-- 1 root root 5000 Nov 14 22:13 a.txt\n"
                       "-rwsr-x--- 1 root root    3 Nov 14  2022 b.bin\n"
                       "drwxr-xr-x 2 root root 4096 Nov 14 22:13 sub\n"));
    const ExecResult file = machine.run({QStringLiteral("ls"), QStringLiteral("-l"),
        QStringLiteral("/dev/null"), QStringLiteral("/data/dir/sub/deep")});
    QCOMPARE(text(file.stdoutData),
        QStringLiteral("-rw-r--r-- 1 root root    4 Nov 14 22:13 /data/dir/sub/deep\n"
                       "crw-rw-rw- 1 root root 1, 3 Nov 14 22:13 /dev/null\n"));
}

void TestSimShellListing::lsOperandsAndErrors()
{
    MachineFixture machine;
    populate(machine);
    const ExecResult result = machine.run({QStringLiteral("ls"), QStringLiteral("/data/dir/sub"),
        QStringLiteral("/nope"), QStringLiteral("/data/dir/a.txt"), QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(result.stderrData),
        QStringLiteral("ls: cannot access '/nope': No such file or directory\n"));
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("/data/dir/a.txt\n\n/data:\ndir\n\n/data/dir/sub:\ndeep\n"));
}

void TestSimShellListing::statFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name and size") << "%n %s"
                                   << "/data/dir/a.txt"
                                   << "/data/dir/a.txt 6";
    QTest::newRow("octal and string mode") << "%a %A"
                                           << "/data/dir/a.txt"
                                           << "644 -rw-r--r--";
    QTest::newRow("regular file") << "%F"
                                  << "/data/dir/a.txt"
                                  << "regular file";
    QTest::newRow("empty file") << "%F"
                                << "/data/empty"
                                << "regular empty file";
    QTest::newRow("directory") << "%F %s %h"
                               << "/data/dir"
                               << "directory 4096 3";
    QTest::newRow("device") << "%F %a %t,%T"
                            << "/dev/null"
                            << "character special file 666 1,3";
    QTest::newRow("times") << "%Y %y"
                           << "/data/dir/a.txt"
                           << "1700000000 2023-11-14 22:13:20.000000000 +0000";
    QTest::newRow("owner") << "%U:%G %u:%g"
                           << "/data"
                           << "root:root 0:0";
    QTest::newRow("inode") << "%i"
                           << "/data"
                           << "2";
    QTest::newRow("blocks") << "%b %B %o"
                            << "/data/dir/a.txt"
                            << "8 512 4096";
    QTest::newRow("mount point") << "%m|%m"
                                 << "/data/dir|/etc"
                                 << "/data|/";
    QTest::newRow("width and flags") << "[%5s][%-5s][%05s][%.3A][%04a]"
                                     << "/data/dir/a.txt"
                                     << "[    6][6    ][00006][-rw][0644]";
    QTest::newRow("percent and unknown") << "100%% %Q"
                                         << "/data"
                                         << "100% ?";
    QTest::newRow("quoted name") << "%N"
                                 << "/data/dir/a.txt"
                                 << "/data/dir/a.txt";
    QTest::newRow("raw mode") << "%f"
                              << "/data/dir/a.txt"
                              << "81a4";
    QTest::newRow("device number") << "%d %D"
                                   << "/data"
                                   << "65040 fe10";
}

void TestSimShellListing::statFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    MachineFixture machine;
    populate(machine);
    machine.write(QStringLiteral("/data/empty"), QByteArray());
    const QStringList paths = path.split(QLatin1Char('|'));
    const QStringList formats = format.split(QLatin1Char('|'));
    const QStringList expectations = expected.split(QLatin1Char('|'));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const ExecResult result = machine.run({QStringLiteral("stat"), QStringLiteral("-c"),
            formats.value(i, formats.constFirst()), paths.at(i)});
        QCOMPARE(text(result.stderrData), QString());
        QCOMPARE(text(result.stdoutData), expectations.at(i) + QLatin1Char('\n'));
    }
}

void TestSimShellListing::statDefaultFormat()
{
    MachineFixture machine;
    populate(machine);
    const ExecResult result =
        machine.run({QStringLiteral("stat"), QStringLiteral("/data/dir/a.txt")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("  File: /data/dir/a.txt\n"
                       "  Size: 6         \tBlocks: 8          IO Block: 4096   regular file\n"
                       "Device: 254,16\tInode: 5           Links: 1\n"
                       "Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n"
                       "Access: 2023-11-14 22:13:20.000000000 +0000\n"
                       "Modify: 2023-11-14 22:13:20.000000000 +0000\n"
                       "Change: 2023-11-14 22:13:20.000000000 +0000\n"
                       " Birth: -\n"));
}

void TestSimShellListing::statPrintfAndErrors()
{
    MachineFixture machine;
    populate(machine);
    ExecResult result = machine.run({QStringLiteral("stat"), QStringLiteral("--printf=%s\\t%n\\n"),
        QStringLiteral("/data/dir/a.txt"), QStringLiteral("/data/dir/b.bin")});
    QCOMPARE(text(result.stdoutData), QStringLiteral("6\t/data/dir/a.txt\n3\t/data/dir/b.bin\n"));
    result = machine.run({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%n"),
        QStringLiteral("/nope"), QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(text(result.stdoutData), QStringLiteral("/data\n"));
    QCOMPARE(text(result.stderrData),
        QStringLiteral("stat: cannot statx '/nope': No such file or directory\n"));
    result = machine.run({QStringLiteral("stat")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrData.startsWith("stat: missing operand\n"));
}

QTEST_GUILESS_MAIN(TestSimShellListing)
#include "tst_simshell_listing.moc"
