#include "common/sha256.h"
#include "sim/shell/virtualfs.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hangar::sim;

Q_DECLARE_METATYPE(hangar::sim::FsError)

namespace {

constexpr qint64 kNow = 1700000000;

VirtualFs::Clock fixedClock(const std::shared_ptr<qint64> &now)
{
    return [now] { return *now; };
}

QByteArray contentsOf(const VirtualFs &fs, const QString &path)
{
    QByteArray contents;
    fs.readFile(path, &contents);
    return contents;
}

QByteArray sha256Of(const VirtualFs &fs, const QString &path)
{
    QByteArray digest;
    fs.sha256(path, &digest);
    return digest;
}

// A file of `size` bytes written in two pieces, so that its memory is its own (a single write
// of a whole file shares the caller's buffer instead).
QByteArray writeInPieces(VirtualFs &fs, const QString &path, qsizetype size, char fill)
{
    const QByteArray bytes(size, fill);
    fs.writeAt(path, 0, bytes.left(4096), true);
    fs.writeAt(path, 4096, bytes.mid(4096), false);
    return bytes;
}

// Where a file's bytes are in memory, without keeping them shared.
quintptr memoryOf(const VirtualFs &fs, const QString &path)
{
    return quintptr(contentsOf(fs, path).constData());
}

} // namespace

class TestVirtualFs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { *m_now = kNow; }

    void normalizePath_data();
    void normalizePath();
    void freshFileSystemHasOnlyRoot();
    void writeReadAndStat();
    void appendCreatesAndExtends();
    void manyAppendsKeepEveryByteAndCopiesApart();
    void writeAtOverwritesExtendsAndFillsGapsWithZeros();
    void writeAtInAnyOrderBuildsTheSameFile();
    void writeAtWithTruncateCutsFirst();
    void writeAtOfNothingPastTheEndKeepsTheSize();
    void writeAtCountsSpaceAndKeepsWhatFits();
    void borrowedBytesAreCopiedWhenKept();
    void sha256FollowsEveryKindOfChange();
    void sha256Errors();
    void writeErrors_data();
    void writeErrors();
    void trailingSlashRequiresDirectory();
    void listIsSortedWithLinkCounts();
    void makeDirectory_data();
    void makeDirectory();
    void makeDirectoryWithParentsAppliesModeToLastOnly();
    void removeFile();
    void removeDirectory();
    void removeRecursivelyReleasesSpace();
    void renameFile();
    void renameErrors_data();
    void renameErrors();
    void renameDirectoryOverEmptyDirectory();
    void setModeAndMtime();
    void mtimeFollowsInjectedClock();
    void capacityIsEnforcedWithPartialWrites();
    void truncatingFreesSpaceFirst();
    void loweringCapacityKeepsFiles();
    void copiesAreIndependent();
    void largeFileMemoryIsReusedOnceReleased();
    void memoryStillReadElsewhereIsNeverReused();
    void jsonRoundTrip();
    void fromJsonRejectsMalformedInput_data();
    void fromJsonRejectsMalformedInput();
    void errorMessages();

private:
    VirtualFs makeFs(qint64 capacity = VirtualFs::Unlimited) const
    {
        return VirtualFs(capacity, fixedClock(m_now));
    }

    std::shared_ptr<qint64> m_now = std::make_shared<qint64>(kNow);
};

void TestVirtualFs::normalizePath_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << "/"
                          << "/";
    QTest::newRow("plain") << "/a/b"
                           << "/a/b";
    QTest::newRow("dots") << "/a/./b/../c"
                          << "/a/c";
    QTest::newRow("double slashes") << "//a///b//"
                                    << "/a/b";
    QTest::newRow("dotdot above root") << "/../../x"
                                       << "/x";
    QTest::newRow("trailing dotdot") << "/a/b/.."
                                     << "/a";
    QTest::newRow("dotfile kept") << "/a/.hidden/..x"
                                  << "/a/.hidden/..x";
    QTest::newRow("relative is invalid") << "a/b"
                                         << "";
    QTest::newRow("empty is invalid") << ""
                                      << "";
}

void TestVirtualFs::normalizePath()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VirtualFs::normalizePath(input), expected);
}

void TestVirtualFs::freshFileSystemHasOnlyRoot()
{
    const VirtualFs fs = makeFs();
    FileInfo info;
    QCOMPARE(fs.stat(QStringLiteral("/"), &info), FsError::Ok);
    QVERIFY(info.isDirectory());
    QCOMPARE(info.name, QStringLiteral("/"));
    QCOMPARE(info.mode, 0755);
    QCOMPARE(info.mtime, kNow);
    QCOMPARE(info.linkCount, 2);
    QList<FileInfo> entries;
    QCOMPARE(fs.list(QStringLiteral("/"), &entries), FsError::Ok);
    QVERIFY(entries.isEmpty());
    QCOMPARE(fs.usedBytes(), 0);
    QCOMPARE(fs.capacity(), VirtualFs::Unlimited);
    QCOMPARE(fs.availableBytes(), VirtualFs::Unlimited);
}

void TestVirtualFs::writeReadAndStat()
{
    VirtualFs fs = makeFs();
    QByteArray binary;
    for (int value = 0; value < 256; ++value)
        binary.append(char(value));
    qint64 written = -1;
    QCOMPARE(fs.writeFile(QStringLiteral("/bin.dat"), binary, &written), FsError::Ok);
    QCOMPARE(written, 256);
    QCOMPARE(contentsOf(fs, QStringLiteral("/./bin.dat")), binary);

    FileInfo info;
    QCOMPARE(fs.stat(QStringLiteral("/bin.dat"), &info), FsError::Ok);
    QVERIFY(info.isFile());
    QCOMPARE(info.name, QStringLiteral("bin.dat"));
    QCOMPARE(info.size, 256);
    QCOMPARE(info.mode, 0644);
    QCOMPARE(info.linkCount, 1);
    QVERIFY(info.inode > 2);

    // Writing again truncates.
    QCOMPARE(fs.writeFile(QStringLiteral("/bin.dat"), "short"), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/bin.dat")), QByteArray("short"));
    QCOMPARE(fs.usedBytes(), 5);
    FileInfo again;
    fs.stat(QStringLiteral("/bin.dat"), &again);
    QCOMPARE(again.inode, info.inode);
}

void TestVirtualFs::appendCreatesAndExtends()
{
    VirtualFs fs = makeFs();
    QCOMPARE(fs.appendFile(QStringLiteral("/log"), "one\n"), FsError::Ok);
    QCOMPARE(fs.appendFile(QStringLiteral("/log"), "two\n"), FsError::Ok);
    QCOMPARE(fs.appendFile(QStringLiteral("/log"), QByteArray()), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/log")), QByteArray("one\ntwo\n"));
    QCOMPARE(fs.usedBytes(), 8);
}

void TestVirtualFs::manyAppendsKeepEveryByteAndCopiesApart()
{
    // Appends grow the file's storage by doubling; a copy of the file system taken in between
    // (a volume fork or snapshot) must not see later appends.
    VirtualFs fs = makeFs();
    QByteArray expected;
    VirtualFs snapshot;
    for (int i = 0; i < 40; ++i) {
        const QByteArray piece(1000 + i * 733, char('a' + i % 26));
        QCOMPARE(fs.appendFile(QStringLiteral("/big"), piece), FsError::Ok);
        expected += piece;
        if (i == 20)
            snapshot = fs;
    }
    QCOMPARE(contentsOf(fs, QStringLiteral("/big")), expected);
    QCOMPARE(fs.usedBytes(), expected.size());
    QByteArray atCopy;
    for (int i = 0; i <= 20; ++i)
        atCopy += QByteArray(1000 + i * 733, char('a' + i % 26));
    QCOMPARE(contentsOf(snapshot, QStringLiteral("/big")), atCopy);
}

void TestVirtualFs::writeAtOverwritesExtendsAndFillsGapsWithZeros()
{
    VirtualFs fs = makeFs();
    qint64 written = -1;
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 4, "tail", false, &written), FsError::Ok);
    QCOMPARE(written, 4);
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("\0\0\0\0tail", 8));
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 0, "head"), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("headtail"));
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 2, "AD"), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("heADtail"));
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 6, "ILS!"), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("heADtaILS!"));
    QCOMPARE(fs.usedBytes(), 10);
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), -1, "x"), FsError::InvalidPath);
    fs.makeDirectory(QStringLiteral("/dir"));
    QCOMPARE(fs.writeAt(QStringLiteral("/dir"), 0, "x"), FsError::IsADirectory);
}

void TestVirtualFs::writeAtInAnyOrderBuildsTheSameFile()
{
    // What positioned chunks arriving out of order do: the file ends the same either way.
    QByteArray expected;
    for (int i = 0; i < 9; ++i)
        expected += QByteArray(4096, char('A' + i));
    expected += "end";
    for (const QList<int> &order :
        {QList<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, QList<int> {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
            QList<int> {1, 0, 3, 2, 9, 5, 4, 8, 7, 6}}) {
        VirtualFs fs = makeFs();
        for (const int chunk : order)
            QCOMPARE(
                fs.writeAt(QStringLiteral("/f"), chunk * 4096, expected.mid(chunk * 4096, 4096)),
                FsError::Ok);
        QCOMPARE(contentsOf(fs, QStringLiteral("/f")), expected);
        QCOMPARE(fs.usedBytes(), expected.size());
        QCOMPARE(sha256Of(fs, QStringLiteral("/f")), hangar::Sha256::hash(expected));
    }
}

void TestVirtualFs::sha256FollowsEveryKindOfChange()
{
    // Each file keeps a running hash of its writes; it must always be the hash of its bytes.
    VirtualFs fs = makeFs(100);
    const QString path = QStringLiteral("/f");
    const auto check = [&fs, &path] {
        return sha256Of(fs, path) == hangar::Sha256::hash(contentsOf(fs, path));
    };
    fs.writeFile(path, "0123456789");
    QVERIFY(check());
    fs.appendFile(path, "abc");
    QVERIFY(check());
    fs.writeAt(path, 20, "gap");
    QVERIFY(check());
    fs.writeAt(path, 2, "XY");
    QVERIFY(check());
    fs.writeAt(path, 5, "t", true);
    QVERIFY(check());
    QCOMPARE(fs.writeAt(path, 0, QByteArray(200, 'x')), FsError::NoSpace); // keeps what fits
    QVERIFY(check());

    const VirtualFs snapshot = fs; // copies share nodes until one side writes
    const QByteArray before = sha256Of(snapshot, path);
    fs.writeAt(path, 1, "changed");
    QVERIFY(check());
    QCOMPARE(sha256Of(snapshot, path), before);
    QCOMPARE(before, hangar::Sha256::hash(contentsOf(snapshot, path)));

    QCOMPARE(fs.rename(path, QStringLiteral("/g")), FsError::Ok);
    QCOMPARE(sha256Of(fs, QStringLiteral("/g")),
        hangar::Sha256::hash(contentsOf(fs, QStringLiteral("/g"))));
    const std::optional<VirtualFs> loaded = VirtualFs::fromJson(fs.toJson());
    QVERIFY(loaded);
    QCOMPARE(sha256Of(*loaded, QStringLiteral("/g")), sha256Of(fs, QStringLiteral("/g")));
}

void TestVirtualFs::sha256Errors()
{
    VirtualFs fs = makeFs();
    fs.makeDirectory(QStringLiteral("/d"));
    fs.writeFile(QStringLiteral("/f"), "x");
    QByteArray digest;
    QCOMPARE(fs.sha256(QStringLiteral("/d"), &digest), FsError::IsADirectory);
    QCOMPARE(fs.sha256(QStringLiteral("/missing"), &digest), FsError::NotFound);
    QCOMPARE(fs.sha256(QStringLiteral("/f/"), &digest), FsError::NotADirectory);
    QCOMPARE(fs.sha256(QStringLiteral("relative"), &digest), FsError::InvalidPath);
    QVERIFY(digest.isEmpty());
}

void TestVirtualFs::writeAtWithTruncateCutsFirst()
{
    VirtualFs fs = makeFs();
    fs.writeFile(QStringLiteral("/f"), "0123456789");
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 4, "ab", true), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("0123ab"));
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 8, QByteArray(), true), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("0123ab\0\0", 8));
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 0, "new", true), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("new"));
    QCOMPARE(fs.usedBytes(), 3);
}

void TestVirtualFs::writeAtOfNothingPastTheEndKeepsTheSize()
{
    // pwrite(2) of zero bytes past the end (dd seek=N with empty input) does not extend.
    VirtualFs fs = makeFs();
    QCOMPARE(fs.writeAt(QStringLiteral("/new"), 10, QByteArray()), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/new")), QByteArray());
    fs.writeFile(QStringLiteral("/f"), "abc");
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 10, QByteArray()), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("abc"));
    QCOMPARE(fs.usedBytes(), 3);
}

void TestVirtualFs::writeAtCountsSpaceAndKeepsWhatFits()
{
    VirtualFs fs = makeFs(10);
    qint64 written = -1;
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 6, "abcdef", false, &written), FsError::NoSpace);
    QCOMPARE(written, 4); // the gap before offset 6 takes space too
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("\0\0\0\0\0\0abcd", 10));
    QCOMPARE(fs.usedBytes(), 10);
    QCOMPARE(fs.writeAt(QStringLiteral("/f"), 0, "XYZ", false, &written), FsError::Ok);
    QCOMPARE(written, 3); // overwriting needs no new space
    QCOMPARE(fs.availableBytes(), 0);
}

void TestVirtualFs::borrowedBytesAreCopiedWhenKept()
{
    VirtualFs fs = makeFs();
    {
        QByteArray owner("borrowed bytes");
        const QByteArray view = QByteArray::fromRawData(owner.constData(), owner.size());
        QCOMPARE(fs.writeFile(QStringLiteral("/f"), view), FsError::Ok);
        owner.fill('x');
    }
    QCOMPARE(contentsOf(fs, QStringLiteral("/f")), QByteArray("borrowed bytes"));
}

void TestVirtualFs::writeErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FsError>("expected");
    QTest::newRow("missing parent") << "/missing/file" << FsError::NotFound;
    QTest::newRow("parent is a file") << "/file/child" << FsError::NotADirectory;
    QTest::newRow("target is a directory") << "/dir" << FsError::IsADirectory;
    QTest::newRow("root") << "/" << FsError::IsADirectory;
    QTest::newRow("relative") << "relative" << FsError::InvalidPath;
    QTest::newRow("empty") << "" << FsError::NotFound;
}

void TestVirtualFs::writeErrors()
{
    QFETCH(QString, path);
    QFETCH(FsError, expected);
    VirtualFs fs = makeFs();
    fs.writeFile(QStringLiteral("/file"), "x");
    fs.makeDirectory(QStringLiteral("/dir"));
    QCOMPARE(fs.writeFile(path, "data"), expected);
    QCOMPARE(fs.appendFile(path, "data"), expected);
    QCOMPARE(fs.usedBytes(), 1);
    QByteArray contents;
    if (expected != FsError::IsADirectory)
        QCOMPARE(fs.readFile(path, &contents), expected);
}

void TestVirtualFs::trailingSlashRequiresDirectory()
{
    VirtualFs fs = makeFs();
    fs.writeFile(QStringLiteral("/file"), "x");
    fs.makeDirectory(QStringLiteral("/dir"));
    FileInfo info;
    QCOMPARE(fs.stat(QStringLiteral("/file/"), &info), FsError::NotADirectory);
    QCOMPARE(fs.stat(QStringLiteral("/dir/"), &info), FsError::Ok);
    QByteArray contents;
    QCOMPARE(fs.readFile(QStringLiteral("/file/"), &contents), FsError::NotADirectory);
    QCOMPARE(fs.writeFile(QStringLiteral("/new/"), "x"), FsError::IsADirectory);
    QCOMPARE(fs.removeFile(QStringLiteral("/file/")), FsError::NotADirectory);
}

void TestVirtualFs::listIsSortedWithLinkCounts()
{
    VirtualFs fs = makeFs();
    fs.writeFile(QStringLiteral("/b"), "bb");
    fs.writeFile(QStringLiteral("/a"), "a");
    fs.writeFile(QStringLiteral("/B"), "");
    fs.makeDirectory(QStringLiteral("/dir/sub1"), true);
    fs.makeDirectory(QStringLiteral("/dir/sub2"));
    fs.writeFile(QStringLiteral("/dir/file"), "");

    QList<FileInfo> entries;
    QCOMPARE(fs.list(QStringLiteral("/"), &entries), FsError::Ok);
    QStringList names;
    for (const FileInfo &entry : std::as_const(entries))
        names.append(entry.name);
    QCOMPARE(names,
        QStringList({QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("b"),
            QStringLiteral("dir")}));
    QCOMPARE(entries.at(2).size, 2);
    QCOMPARE(entries.at(3).linkCount, 4);

    QCOMPARE(fs.list(QStringLiteral("/a"), &entries), FsError::NotADirectory);
    QCOMPARE(fs.list(QStringLiteral("/nope"), &entries), FsError::NotFound);
}

void TestVirtualFs::makeDirectory_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("parents");
    QTest::addColumn<FsError>("expected");
    QTest::newRow("new") << "/new" << false << FsError::Ok;
    QTest::newRow("nested without -p") << "/x/y/z" << false << FsError::NotFound;
    QTest::newRow("nested with -p") << "/x/y/z" << true << FsError::Ok;
    QTest::newRow("existing dir") << "/dir" << false << FsError::AlreadyExists;
    QTest::newRow("existing dir with -p") << "/dir" << true << FsError::Ok;
    QTest::newRow("existing file") << "/file" << false << FsError::AlreadyExists;
    QTest::newRow("existing file with -p") << "/file" << true << FsError::AlreadyExists;
    QTest::newRow("below a file") << "/file/sub" << true << FsError::NotADirectory;
    QTest::newRow("root") << "/" << false << FsError::AlreadyExists;
    QTest::newRow("root with -p") << "/" << true << FsError::Ok;
}

void TestVirtualFs::makeDirectory()
{
    QFETCH(QString, path);
    QFETCH(bool, parents);
    QFETCH(FsError, expected);
    VirtualFs fs = makeFs();
    fs.writeFile(QStringLiteral("/file"), "x");
    fs.makeDirectory(QStringLiteral("/dir"));
    QCOMPARE(fs.makeDirectory(path, parents), expected);
    if (expected == FsError::Ok) {
        FileInfo info;
        QCOMPARE(fs.stat(path, &info), FsError::Ok);
        QVERIFY(info.isDirectory());
    }
}

void TestVirtualFs::makeDirectoryWithParentsAppliesModeToLastOnly()
{
    VirtualFs fs = makeFs();
    QCOMPARE(fs.makeDirectory(QStringLiteral("/a/b/c"), true, 0700), FsError::Ok);
    FileInfo info;
    fs.stat(QStringLiteral("/a/b"), &info);
    QCOMPARE(info.mode, 0755);
    fs.stat(QStringLiteral("/a/b/c"), &info);
    QCOMPARE(info.mode, 0700);
}

void TestVirtualFs::removeFile()
{
    VirtualFs fs = makeFs();
    fs.writeFile(QStringLiteral("/f"), "12345");
    fs.makeDirectory(QStringLiteral("/d"));
    QCOMPARE(fs.removeFile(QStringLiteral("/d")), FsError::IsADirectory);
    QCOMPARE(fs.removeFile(QStringLiteral("/missing")), FsError::NotFound);
    QCOMPARE(fs.removeFile(QStringLiteral("/")), FsError::IsADirectory);
    QCOMPARE(fs.removeFile(QStringLiteral("/f")), FsError::Ok);
    QVERIFY(!fs.exists(QStringLiteral("/f")));
    QCOMPARE(fs.usedBytes(), 0);
}

void TestVirtualFs::removeDirectory()
{
    VirtualFs fs = makeFs();
    fs.makeDirectory(QStringLiteral("/d/e"), true);
    fs.writeFile(QStringLiteral("/f"), "");
    QCOMPARE(fs.removeDirectory(QStringLiteral("/d")), FsError::DirectoryNotEmpty);
    QCOMPARE(fs.removeDirectory(QStringLiteral("/f")), FsError::NotADirectory);
    QCOMPARE(fs.removeDirectory(QStringLiteral("/")), FsError::Busy);
    QCOMPARE(fs.removeDirectory(QStringLiteral("/d/e")), FsError::Ok);
    QCOMPARE(fs.removeDirectory(QStringLiteral("/d")), FsError::Ok);
    QCOMPARE(fs.removeDirectory(QStringLiteral("/d")), FsError::NotFound);
}

void TestVirtualFs::removeRecursivelyReleasesSpace()
{
    VirtualFs fs = makeFs(100);
    fs.makeDirectory(QStringLiteral("/d/e"), true);
    fs.writeFile(QStringLiteral("/d/a"), QByteArray(30, 'a'));
    fs.writeFile(QStringLiteral("/d/e/b"), QByteArray(40, 'b'));
    fs.writeFile(QStringLiteral("/keep"), QByteArray(10, 'k'));
    QCOMPARE(fs.usedBytes(), 80);
    QCOMPARE(fs.removeRecursively(QStringLiteral("/")), FsError::Busy);
    QCOMPARE(fs.removeRecursively(QStringLiteral("/d")), FsError::Ok);
    QCOMPARE(fs.usedBytes(), 10);
    QCOMPARE(fs.removeRecursively(QStringLiteral("/keep")), FsError::Ok);
    QCOMPARE(fs.usedBytes(), 0);
    QCOMPARE(fs.removeRecursively(QStringLiteral("/keep")), FsError::NotFound);
}

void TestVirtualFs::renameFile()
{
    VirtualFs fs = makeFs(100);
    fs.makeDirectory(QStringLiteral("/dir"));
    fs.writeFile(QStringLiteral("/old"), QByteArray(10, 'n'));
    fs.writeFile(QStringLiteral("/dir/target"), QByteArray(50, 't'));
    FileInfo before;
    fs.stat(QStringLiteral("/old"), &before);
    *m_now += 60;

    QCOMPARE(fs.rename(QStringLiteral("/old"), QStringLiteral("/dir/target")), FsError::Ok);
    QVERIFY(!fs.exists(QStringLiteral("/old")));
    QCOMPARE(contentsOf(fs, QStringLiteral("/dir/target")), QByteArray(10, 'n'));
    QCOMPARE(fs.usedBytes(), 10);
    FileInfo after;
    fs.stat(QStringLiteral("/dir/target"), &after);
    QCOMPARE(after.inode, before.inode);
    QCOMPARE(after.mtime, kNow); // rename keeps the file's mtime...
    FileInfo directory;
    fs.stat(QStringLiteral("/dir"), &directory);
    QCOMPARE(directory.mtime, kNow + 60); // ...and touches the directories

    QCOMPARE(fs.rename(QStringLiteral("/dir/target"), QStringLiteral("/dir/target")), FsError::Ok);
    QCOMPARE(fs.rename(QStringLiteral("/dir"), QStringLiteral("/renamed")), FsError::Ok);
    QCOMPARE(contentsOf(fs, QStringLiteral("/renamed/target")), QByteArray(10, 'n'));
}

void TestVirtualFs::renameErrors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<FsError>("expected");
    QTest::newRow("missing source") << "/missing"
                                    << "/x" << FsError::NotFound;
    QTest::newRow("missing target parent") << "/file"
                                           << "/nope/x" << FsError::NotFound;
    QTest::newRow("target parent is a file") << "/file"
                                             << "/other/x" << FsError::NotADirectory;
    QTest::newRow("file over directory") << "/file"
                                         << "/empty" << FsError::IsADirectory;
    QTest::newRow("directory over file") << "/full"
                                         << "/file" << FsError::NotADirectory;
    QTest::newRow("directory over non-empty") << "/empty"
                                              << "/full" << FsError::DirectoryNotEmpty;
    QTest::newRow("directory into itself") << "/full"
                                           << "/full/sub/x" << FsError::InvalidPath;
    QTest::newRow("root") << "/"
                          << "/x" << FsError::Busy;
    QTest::newRow("onto root") << "/file"
                               << "/" << FsError::Busy;
    QTest::newRow("file with trailing slash") << "/file"
                                              << "/y/" << FsError::NotADirectory;
}

void TestVirtualFs::renameErrors()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(FsError, expected);
    VirtualFs fs = makeFs();
    fs.writeFile(QStringLiteral("/file"), "f");
    fs.writeFile(QStringLiteral("/other"), "o");
    fs.makeDirectory(QStringLiteral("/empty"));
    fs.makeDirectory(QStringLiteral("/full/sub"), true);
    QCOMPARE(fs.rename(from, to), expected);
    QVERIFY(fs.exists(QStringLiteral("/file")));
    QVERIFY(fs.exists(QStringLiteral("/full/sub")));
}

void TestVirtualFs::renameDirectoryOverEmptyDirectory()
{
    VirtualFs fs = makeFs();
    fs.makeDirectory(QStringLiteral("/src/inner"), true);
    fs.makeDirectory(QStringLiteral("/dst"));
    QCOMPARE(fs.rename(QStringLiteral("/src"), QStringLiteral("/dst")), FsError::Ok);
    QVERIFY(fs.exists(QStringLiteral("/dst/inner")));
    QVERIFY(!fs.exists(QStringLiteral("/src")));
}

void TestVirtualFs::setModeAndMtime()
{
    VirtualFs fs = makeFs();
    fs.writeFile(QStringLiteral("/f"), "");
    QCOMPARE(fs.setMode(QStringLiteral("/f"), 0100755), FsError::Ok);
    QCOMPARE(fs.setMtime(QStringLiteral("/f"), 42), FsError::Ok);
    FileInfo info;
    fs.stat(QStringLiteral("/f"), &info);
    QCOMPARE(info.mode, 0755);
    QCOMPARE(info.mtime, 42);
    QCOMPARE(fs.setMode(QStringLiteral("/missing"), 0600), FsError::NotFound);
    QCOMPARE(fs.setMtime(QStringLiteral("/missing"), 1), FsError::NotFound);
}

void TestVirtualFs::mtimeFollowsInjectedClock()
{
    VirtualFs fs = makeFs();
    fs.makeDirectory(QStringLiteral("/d"));
    *m_now = kNow + 100;
    fs.writeFile(QStringLiteral("/d/f"), "1");
    FileInfo file;
    FileInfo directory;
    fs.stat(QStringLiteral("/d/f"), &file);
    fs.stat(QStringLiteral("/d"), &directory);
    QCOMPARE(file.mtime, kNow + 100);
    QCOMPARE(directory.mtime, kNow + 100);
    *m_now = kNow + 200;
    fs.appendFile(QStringLiteral("/d/f"), "2");
    fs.stat(QStringLiteral("/d/f"), &file);
    fs.stat(QStringLiteral("/d"), &directory);
    QCOMPARE(file.mtime, kNow + 200);
    QCOMPARE(directory.mtime, kNow + 100); // changing contents does not touch the directory
    QCOMPARE(fs.now(), kNow + 200);
}

void TestVirtualFs::capacityIsEnforcedWithPartialWrites()
{
    VirtualFs fs = makeFs(10);
    qint64 written = -1;
    QCOMPARE(fs.writeFile(QStringLiteral("/a"), "123456", &written), FsError::Ok);
    QCOMPARE(written, 6);
    QCOMPARE(fs.availableBytes(), 4);
    QCOMPARE(fs.appendFile(QStringLiteral("/a"), "abcdef", &written), FsError::NoSpace);
    QCOMPARE(written, 4);
    QCOMPARE(contentsOf(fs, QStringLiteral("/a")), QByteArray("123456abcd"));
    QCOMPARE(fs.usedBytes(), 10);
    QCOMPARE(fs.writeFile(QStringLiteral("/b"), "x", &written), FsError::NoSpace);
    QCOMPARE(written, 0);
    QVERIFY(fs.exists(QStringLiteral("/b"))); // created, like open(O_CREAT) before write fails
    QCOMPARE(fs.appendFile(QStringLiteral("/b"), QByteArray()), FsError::Ok);
    QCOMPARE(fs.makeDirectory(QStringLiteral("/dirs-take-no-space")), FsError::Ok);
}

void TestVirtualFs::truncatingFreesSpaceFirst()
{
    VirtualFs fs = makeFs(10);
    fs.writeFile(QStringLiteral("/a"), QByteArray(8, 'a'));
    QCOMPARE(fs.writeFile(QStringLiteral("/a"), QByteArray(10, 'b')), FsError::Ok);
    QCOMPARE(fs.usedBytes(), 10);
    QCOMPARE(fs.writeFile(QStringLiteral("/a"), QByteArray()), FsError::Ok);
    QCOMPARE(fs.usedBytes(), 0);
}

void TestVirtualFs::loweringCapacityKeepsFiles()
{
    VirtualFs fs = makeFs(100);
    fs.writeFile(QStringLiteral("/a"), QByteArray(50, 'a'));
    fs.setCapacity(20);
    QCOMPARE(fs.usedBytes(), 50);
    QCOMPARE(fs.availableBytes(), 0);
    QCOMPARE(fs.appendFile(QStringLiteral("/a"), "x"), FsError::NoSpace);
    QCOMPARE(contentsOf(fs, QStringLiteral("/a")).size(), 50);
    fs.setCapacity(VirtualFs::Unlimited);
    QCOMPARE(fs.appendFile(QStringLiteral("/a"), "x"), FsError::Ok);
}

void TestVirtualFs::copiesAreIndependent()
{
    VirtualFs original = makeFs(1000);
    original.makeDirectory(QStringLiteral("/d/e"), true);
    original.writeFile(QStringLiteral("/d/e/f"), "original");
    original.writeFile(QStringLiteral("/g"), "untouched");

    VirtualFs snapshot = original;
    original.appendFile(QStringLiteral("/d/e/f"), "+more");
    original.writeFile(QStringLiteral("/d/new"), "n");
    original.removeFile(QStringLiteral("/g"));
    original.setMode(QStringLiteral("/d"), 0700);

    QCOMPARE(contentsOf(snapshot, QStringLiteral("/d/e/f")), QByteArray("original"));
    QVERIFY(!snapshot.exists(QStringLiteral("/d/new")));
    QCOMPARE(contentsOf(snapshot, QStringLiteral("/g")), QByteArray("untouched"));
    FileInfo info;
    snapshot.stat(QStringLiteral("/d"), &info);
    QCOMPARE(info.mode, 0755);
    QCOMPARE(snapshot.usedBytes(), 17);
    QCOMPARE(original.usedBytes(), 14);

    // And the other way round.
    snapshot.writeFile(QStringLiteral("/d/e/f"), "changed");
    QCOMPARE(contentsOf(original, QStringLiteral("/d/e/f")), QByteArray("original+more"));
}

void TestVirtualFs::largeFileMemoryIsReusedOnceReleased()
{
    const qsizetype size = 3 << 20;
    VirtualFs fs;
    writeInPieces(fs, QStringLiteral("/old"), size, 'o');
    const quintptr oldMemory = memoryOf(fs, QStringLiteral("/old"));

    // Replaced by a rename, as a copy's temporary file replaces the file it updates.
    fs.writeFile(QStringLiteral("/new"), "small");
    QCOMPARE(fs.rename(QStringLiteral("/new"), QStringLiteral("/old")), FsError::Ok);
    const QByteArray grown = writeInPieces(fs, QStringLiteral("/grown"), size, 'g');
    QCOMPARE(memoryOf(fs, QStringLiteral("/grown")), oldMemory);
    QCOMPARE(contentsOf(fs, QStringLiteral("/grown")), grown);
    QCOMPARE(sha256Of(fs, QStringLiteral("/grown")), hangar::Sha256::hash(grown));
    QCOMPARE(contentsOf(fs, QStringLiteral("/old")), QByteArray("small"));

    // Removed.
    QCOMPARE(fs.removeFile(QStringLiteral("/grown")), FsError::Ok);
    writeInPieces(fs, QStringLiteral("/again"), 4096 + 10, 'a');
    QCOMPARE(memoryOf(fs, QStringLiteral("/again")), oldMemory);
    QCOMPARE(contentsOf(fs, QStringLiteral("/again")), QByteArray(4096 + 10, 'a'));

    // Cut to nothing by a new write over it.
    fs.writeAt(QStringLiteral("/again"), 0, QByteArray(size, 'b'), false);
    fs.writeFile(QStringLiteral("/again"), "replaced");
    const QByteArray last = writeInPieces(fs, QStringLiteral("/last"), size, 'l');
    QCOMPARE(memoryOf(fs, QStringLiteral("/last")), oldMemory);
    QCOMPARE(contentsOf(fs, QStringLiteral("/last")), last);
    QCOMPARE(contentsOf(fs, QStringLiteral("/again")), QByteArray("replaced"));
    QCOMPARE(fs.usedBytes(), size + 8 + 5); // /last, /again and /old
}

void TestVirtualFs::memoryStillReadElsewhereIsNeverReused()
{
    const qsizetype size = 3 << 20;
    VirtualFs fs;
    const QByteArray first = writeInPieces(fs, QStringLiteral("/first"), size, '1');
    const QByteArray second = writeInPieces(fs, QStringLiteral("/second"), size, '2');

    // A copy of the file system shares /first; a caller still holds what it read of /second.
    const VirtualFs snapshot = fs;
    const QByteArray held = contentsOf(fs, QStringLiteral("/second"));
    QCOMPARE(fs.removeFile(QStringLiteral("/first")), FsError::Ok);
    QCOMPARE(fs.removeFile(QStringLiteral("/second")), FsError::Ok);
    writeInPieces(fs, QStringLiteral("/third"), size, '3');
    writeInPieces(fs, QStringLiteral("/fourth"), size, '4');

    QCOMPARE(contentsOf(snapshot, QStringLiteral("/first")), first);
    QCOMPARE(held, second);
    QVERIFY(quintptr(held.constData()) != memoryOf(fs, QStringLiteral("/third")));
    QVERIFY(quintptr(held.constData()) != memoryOf(fs, QStringLiteral("/fourth")));

    // Nor does a copy hand out memory its original kept.
    VirtualFs other;
    writeInPieces(other, QStringLiteral("/big"), size, 'b');
    const quintptr kept = memoryOf(other, QStringLiteral("/big"));
    other.removeFile(QStringLiteral("/big"));
    VirtualFs copy = other;
    writeInPieces(copy, QStringLiteral("/x"), size, 'x');
    QVERIFY(memoryOf(copy, QStringLiteral("/x")) != kept);
    writeInPieces(other, QStringLiteral("/y"), size, 'y');
    QCOMPARE(memoryOf(other, QStringLiteral("/y")), kept);
    QCOMPARE(contentsOf(copy, QStringLiteral("/x")), QByteArray(size, 'x'));
}

void TestVirtualFs::jsonRoundTrip()
{
    VirtualFs fs = makeFs(4096);
    QByteArray binary;
    for (int value = 0; value < 256; ++value)
        binary.append(char(value));
    fs.makeDirectory(QStringLiteral("/d/nested"), true, 0700);
    fs.writeFile(QStringLiteral("/d/nested/bin"), binary);
    fs.writeFile(QStringLiteral("/empty"), QByteArray());
    fs.writeFile(QStringLiteral("/ünïcode name"), "u");
    fs.setMode(QStringLiteral("/empty"), 04755);
    fs.setMtime(QStringLiteral("/empty"), 12345);

    const QByteArray serialised = QJsonDocument(fs.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const std::optional<VirtualFs> restored =
        VirtualFs::fromJson(QJsonDocument::fromJson(serialised).object(), &error);
    QVERIFY2(restored.has_value(), qPrintable(error));
    QCOMPARE(restored->capacity(), 4096);
    QCOMPARE(restored->usedBytes(), fs.usedBytes());
    QCOMPARE(contentsOf(*restored, QStringLiteral("/d/nested/bin")), binary);
    QCOMPARE(contentsOf(*restored, QStringLiteral("/ünïcode name")), QByteArray("u"));
    FileInfo original;
    FileInfo copy;
    for (const QString &path : {QStringLiteral("/"), QStringLiteral("/d/nested"),
             QStringLiteral("/d/nested/bin"), QStringLiteral("/empty")}) {
        fs.stat(path, &original);
        QCOMPARE(restored->stat(path, &copy), FsError::Ok);
        QCOMPARE(copy.mode, original.mode);
        QCOMPARE(copy.mtime, original.mtime);
        QCOMPARE(copy.inode, original.inode);
        QCOMPARE(copy.type, original.type);
    }
    // New nodes never reuse an inode.
    VirtualFs writable = *restored;
    writable.writeFile(QStringLiteral("/fresh"), "");
    writable.stat(QStringLiteral("/fresh"), &copy);
    fs.stat(QStringLiteral("/ünïcode name"), &original);
    QVERIFY(copy.inode > original.inode);

    const std::optional<VirtualFs> unlimited =
        VirtualFs::fromJson(makeFs().toJson(), nullptr, fixedClock(m_now));
    QVERIFY(unlimited.has_value());
    QCOMPARE(unlimited->capacity(), VirtualFs::Unlimited);
}

void TestVirtualFs::fromJsonRejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("root is a file")
        << QByteArray(R"({"capacity":-1,"root":{"type":"file","mode":420,"mtime":0,"inode":2,)"
                      R"("data":""}})");
    QTest::newRow("bad base64") << QByteArray(
        R"({"capacity":-1,"root":{"type":"dir","mode":493,"mtime":0,"inode":2,)"
        R"("children":{"f":{"type":"file","mode":420,"mtime":0,"inode":3,)"
        R"("data":"!!!"}}}})");
    QTest::newRow("slash in name")
        << QByteArray(R"({"capacity":-1,"root":{"type":"dir","mode":493,"mtime":0,"inode":2,)"
                      R"("children":{"a/b":{"type":"dir","mode":493,"mtime":0,"inode":3,)"
                      R"("children":{}}}}})");
    QTest::newRow("dotdot name") << QByteArray(
        R"({"capacity":-1,"root":{"type":"dir","mode":493,"mtime":0,"inode":2,)"
        R"("children":{"..":{"type":"dir","mode":493,"mtime":0,"inode":3,)"
        R"("children":{}}}}})");
    QTest::newRow("unknown type") << QByteArray(
        R"({"capacity":-1,"root":{"type":"link","mode":493,"mtime":0,"inode":2}})");
    QTest::newRow("mode out of range")
        << QByteArray(R"({"capacity":-1,"root":{"type":"dir","mode":99999,"mtime":0,"inode":2,)"
                      R"("children":{}}})");
}

void TestVirtualFs::fromJsonRejectsMalformedInput()
{
    QFETCH(QByteArray, json);
    QString error;
    const std::optional<VirtualFs> fs =
        VirtualFs::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY(!fs.has_value());
    QVERIFY(error.startsWith(QStringLiteral("Invalid virtual file system: ")));
}

void TestVirtualFs::errorMessages()
{
    QCOMPARE(fsErrorMessage(FsError::NotFound), QStringLiteral("No such file or directory"));
    QCOMPARE(fsErrorMessage(FsError::NoSpace), QStringLiteral("No space left on device"));
    QCOMPARE(fsErrorMessage(FsError::NotADirectory), QStringLiteral("Not a directory"));
    QCOMPARE(fsErrorMessage(FsError::IsADirectory), QStringLiteral("Is a directory"));
    QCOMPARE(fsErrorMessage(FsError::AlreadyExists), QStringLiteral("File exists"));
    QCOMPARE(fsErrorMessage(FsError::DirectoryNotEmpty), QStringLiteral("Directory not empty"));
    QCOMPARE(fsErrorMessage(FsError::CrossDevice), QStringLiteral("Invalid cross-device link"));
    QCOMPARE(fsErrorMessage(FsError::Busy), QStringLiteral("Device or resource busy"));
}

QTEST_GUILESS_MAIN(TestVirtualFs)
#include "tst_virtualfs.moc"
