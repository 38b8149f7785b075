#include "sim/shell/fspath.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/rootfslayout.h"
#include "sim/shell/shelltestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;
using namespace hangar::sim::test;

class TestMachineFs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pathsAtOrBelowMountGoToVolume_data();
    void pathsAtOrBelowMountGoToVolume();
    void mountPointStatsAsVolumeRoot();
    void rootListingShowsMountedVolume();
    void mountErrors();
    void volumeOutlivesMachine();
    void renameWithinEachFilesystem();
    void renameAcrossMountIsCrossDevice();
    void mountPointIsBusy();
    void removeRecursivelyOnMountPointEmptiesVolume();
    void nullDevice();
    void usageReportsEachFilesystem();
    void capacityOfVolumeIsEnforcedThroughMachine();
    void populateRootFsCreatesBaseLayout();
    void populateRootFsAddsNginxFiles();
    void osReleaseFollowsImage();
    void imageRepositoryName_data();
    void imageRepositoryName();
};

void TestMachineFs::pathsAtOrBelowMountGoToVolume_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("onVolume");
    QTest::newRow("mount point") << "/data" << true;
    QTest::newRow("below") << "/data/a/b" << true;
    QTest::newRow("dotdot back into volume") << "/tmp/../data/x" << true;
    QTest::newRow("similar prefix") << "/database" << false;
    QTest::newRow("root") << "/tmp/x" << false;
    QTest::newRow("dotdot out of volume") << "/data/../tmp/y" << false;
}

void TestMachineFs::pathsAtOrBelowMountGoToVolume()
{
    QFETCH(QString, path);
    QFETCH(bool, onVolume);
    MachineFixture machine;
    const QString normalised = VirtualFs::normalizePath(path);
    if (normalised != QLatin1String("/data")) {
        QCOMPARE(machine.fs.makeDirectory(parentPath(normalised), true), FsError::Ok);
        QCOMPARE(machine.fs.writeFile(path, "x"), FsError::Ok);
        const QString insideVolume = normalised.mid(int(qstrlen("/data")));
        QCOMPARE(machine.volume->exists(insideVolume), onVolume);
        QCOMPARE(machine.fs.root().exists(normalised), !onVolume);
    }
    FileInfo info;
    QCOMPARE(machine.fs.stat(path, &info), FsError::Ok);
    QCOMPARE(info.device, onVolume ? MachineFs::VolumeDevice : MachineFs::RootDevice);
    QCOMPARE(machine.fs.sameFilesystem(path, QStringLiteral("/data")), onVolume);
}

void TestMachineFs::mountPointStatsAsVolumeRoot()
{
    MachineFixture machine;
    machine.volume->setMode(QStringLiteral("/"), 0700);
    machine.volume->makeDirectory(QStringLiteral("/sub"));
    FileInfo info;
    QCOMPARE(machine.fs.stat(QStringLiteral("/data/"), &info), FsError::Ok);
    QCOMPARE(info.name, QStringLiteral("data"));
    QCOMPARE(info.mode, 0700);
    QCOMPARE(info.linkCount, 3);
    QList<FileInfo> entries;
    QCOMPARE(machine.fs.list(QStringLiteral("/data"), &entries), FsError::Ok);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).name, QStringLiteral("sub"));
    QCOMPARE(entries.at(0).device, MachineFs::VolumeDevice);
}

void TestMachineFs::rootListingShowsMountedVolume()
{
    MachineFixture machine;
    machine.volume->setMode(QStringLiteral("/"), 0711);
    QList<FileInfo> entries;
    QCOMPARE(machine.fs.list(QStringLiteral("/"), &entries), FsError::Ok);
    bool found = false;
    for (const FileInfo &entry : std::as_const(entries)) {
        if (entry.name == QLatin1String("data")) {
            found = true;
            QCOMPARE(entry.mode, 0711);
            QCOMPARE(entry.device, MachineFs::VolumeDevice);
        }
    }
    QVERIFY(found);
}

void TestMachineFs::mountErrors()
{
    MachineFs fs;
    auto volume = std::make_shared<VirtualFs>();
    QCOMPARE(fs.mount(QStringLiteral("/"), volume), FsError::InvalidPath);
    QCOMPARE(fs.mount(QStringLiteral("data"), volume), FsError::InvalidPath);
    QCOMPARE(fs.mount(QStringLiteral("/data"), nullptr), FsError::InvalidPath);
    fs.root().writeFile(QStringLiteral("/file"), "");
    QCOMPARE(fs.mount(QStringLiteral("/file"), volume), FsError::AlreadyExists);
    QVERIFY(!fs.hasMount());
    QCOMPARE(fs.mount(QStringLiteral("/mnt/vol/"), volume), FsError::Ok);
    QCOMPARE(fs.mountPath(), QStringLiteral("/mnt/vol"));
    QVERIFY(fs.root().exists(QStringLiteral("/mnt/vol")));
    QCOMPARE(fs.mount(QStringLiteral("/other"), std::make_shared<VirtualFs>()), FsError::Busy);
    fs.unmount();
    QVERIFY(!fs.hasMount());
    QVERIFY(fs.mountPath().isEmpty());
}

void TestMachineFs::volumeOutlivesMachine()
{
    auto volume = std::make_shared<VirtualFs>(1000);
    {
        MachineFs machine;
        machine.mount(QStringLiteral("/data"), volume);
        QCOMPARE(machine.writeFile(QStringLiteral("/data/kept"), "persist"), FsError::Ok);
        QCOMPARE(machine.writeFile(QStringLiteral("/tmp-file"), "gone"), FsError::Ok);
    }
    QByteArray contents;
    QCOMPARE(volume->readFile(QStringLiteral("/kept"), &contents), FsError::Ok);
    QCOMPARE(contents, QByteArray("persist"));
    QCOMPARE(volume.use_count(), 1);

    // A restarted machine gets a fresh root but the same volume.
    MachineFs restarted;
    restarted.mount(QStringLiteral("/data"), volume);
    QVERIFY(restarted.exists(QStringLiteral("/data/kept")));
    QVERIFY(!restarted.exists(QStringLiteral("/tmp-file")));
}

void TestMachineFs::renameWithinEachFilesystem()
{
    MachineFixture machine;
    machine.write(QStringLiteral("/data/a"), "volume");
    machine.write(QStringLiteral("/tmp/a"), "root");
    QCOMPARE(machine.fs.rename(QStringLiteral("/data/a"), QStringLiteral("/data/b")), FsError::Ok);
    QCOMPARE(machine.fs.rename(QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")), FsError::Ok);
    QCOMPARE(machine.read(QStringLiteral("/data/b")), QByteArray("volume"));
    QCOMPARE(machine.read(QStringLiteral("/tmp/b")), QByteArray("root"));
}

void TestMachineFs::renameAcrossMountIsCrossDevice()
{
    MachineFixture machine;
    machine.write(QStringLiteral("/tmp/a"), "root");
    machine.write(QStringLiteral("/data/v"), "volume");
    QCOMPARE(machine.fs.rename(QStringLiteral("/tmp/a"), QStringLiteral("/data/a")),
        FsError::CrossDevice);
    QCOMPARE(machine.fs.rename(QStringLiteral("/data/v"), QStringLiteral("/tmp/v")),
        FsError::CrossDevice);
    QCOMPARE(machine.fs.rename(QStringLiteral("/tmp/missing"), QStringLiteral("/data/x")),
        FsError::NotFound);
    QVERIFY(machine.fs.exists(QStringLiteral("/tmp/a")));
    QVERIFY(machine.fs.exists(QStringLiteral("/data/v")));
}

void TestMachineFs::mountPointIsBusy()
{
    MachineFs fs;
    auto volume = std::make_shared<VirtualFs>();
    fs.mount(QStringLiteral("/mnt/vol"), volume);
    QCOMPARE(fs.removeDirectory(QStringLiteral("/mnt/vol")), FsError::Busy);
    QCOMPARE(fs.rename(QStringLiteral("/mnt/vol"), QStringLiteral("/mnt/x")), FsError::Busy);
    QCOMPARE(fs.rename(QStringLiteral("/mnt"), QStringLiteral("/elsewhere")), FsError::Busy);
    fs.writeFile(QStringLiteral("/mnt/vol/f"), "");
    QCOMPARE(fs.rename(QStringLiteral("/mnt/vol/f"), QStringLiteral("/mnt/vol")), FsError::Busy);
    QCOMPARE(fs.removeRecursively(QStringLiteral("/mnt")), FsError::Busy);
    QCOMPARE(fs.removeDirectory(QStringLiteral("/mnt")), FsError::DirectoryNotEmpty);
    QVERIFY(fs.exists(QStringLiteral("/mnt/vol/f")));
}

void TestMachineFs::removeRecursivelyOnMountPointEmptiesVolume()
{
    MachineFixture machine;
    machine.fs.makeDirectory(QStringLiteral("/data/d"));
    machine.write(QStringLiteral("/data/d/f"), "12345");
    machine.write(QStringLiteral("/data/g"), "1");
    QCOMPARE(machine.fs.removeRecursively(QStringLiteral("/data")), FsError::Busy);
    QVERIFY(machine.fs.exists(QStringLiteral("/data")));
    QList<FileInfo> entries;
    machine.fs.list(QStringLiteral("/data"), &entries);
    QVERIFY(entries.isEmpty());
    QCOMPARE(machine.volume->usedBytes(), 0);
}

void TestMachineFs::nullDevice()
{
    MachineFixture machine;
    QCOMPARE(machine.fs.writeFile(QStringLiteral("/dev/null"), "discarded"), FsError::Ok);
    qint64 written = 0;
    QCOMPARE(machine.fs.appendFile(QStringLiteral("/dev/../dev/null"), "x", &written), FsError::Ok);
    QCOMPARE(written, 1);
    QByteArray contents = "stale";
    QCOMPARE(machine.fs.readFile(QStringLiteral("/dev/null"), &contents), FsError::Ok);
    QVERIFY(contents.isEmpty());
    FileInfo info;
    QCOMPARE(machine.fs.stat(QStringLiteral("/dev/null"), &info), FsError::Ok);
    QCOMPARE(info.type, NodeType::CharDevice);
    QCOMPARE(info.mode, 0666);
    QCOMPARE(machine.fs.removeFile(QStringLiteral("/dev/null")), FsError::Busy);
    QList<FileInfo> entries;
    QCOMPARE(machine.fs.list(QStringLiteral("/dev"), &entries), FsError::Ok);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).name, QStringLiteral("null"));
    QVERIFY(!machine.fs.root().exists(QStringLiteral("/dev/null")));

    // It works without a /dev directory too.
    MachineFs bare;
    QCOMPARE(bare.writeFile(QStringLiteral("/dev/null"), "x"), FsError::Ok);
    QVERIFY(bare.exists(QStringLiteral("/dev/null")));
}

void TestMachineFs::usageReportsEachFilesystem()
{
    MachineFixture machine(4096);
    machine.write(QStringLiteral("/data/f"), QByteArray(1000, 'x'));
    FilesystemUsage usage;
    QCOMPARE(machine.fs.usage(QStringLiteral("/data/f"), &usage), FsError::Ok);
    QCOMPARE(usage.device, QStringLiteral("/dev/vdb"));
    QCOMPARE(usage.mountPoint, QStringLiteral("/data"));
    QCOMPARE(usage.totalBytes, 4096);
    QCOMPARE(usage.usedBytes, 1000);
    QCOMPARE(machine.fs.usage(QStringLiteral("/etc"), &usage), FsError::Ok);
    QCOMPARE(usage.device, QStringLiteral("/dev/vda"));
    QCOMPARE(usage.mountPoint, QStringLiteral("/"));
    QCOMPARE(usage.totalBytes, MachineFs::ReportedRootSize);
    QCOMPARE(usage.usedBytes, machine.fs.root().usedBytes());
    QCOMPARE(machine.fs.usage(QStringLiteral("/nope"), &usage), FsError::NotFound);
    const QList<FilesystemUsage> all = machine.fs.filesystems();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).mountPoint, QStringLiteral("/"));
    QCOMPARE(all.at(1).mountPoint, QStringLiteral("/data"));
}

void TestMachineFs::capacityOfVolumeIsEnforcedThroughMachine()
{
    MachineFixture machine(10);
    qint64 written = 0;
    QCOMPARE(machine.fs.writeFile(QStringLiteral("/data/f"), QByteArray(15, 'x'), &written),
        FsError::NoSpace);
    QCOMPARE(written, 10);
    // The root file system is unlimited.
    QCOMPARE(machine.fs.writeFile(QStringLiteral("/tmp/f"), QByteArray(15, 'x')), FsError::Ok);
}

void TestMachineFs::populateRootFsCreatesBaseLayout()
{
    VirtualFs root;
    populateRootFs(root, QStringLiteral("registry.fly.io/my-app:deployment-01"),
        QStringLiteral("3d8d9014b32d89"));
    for (const char *directory :
        {"/bin", "/etc", "/tmp", "/var", "/usr", "/root", "/home", "/dev"}) {
        FileInfo info;
        QCOMPARE(root.stat(QLatin1String(directory), &info), FsError::Ok);
        QVERIFY(info.isDirectory());
    }
    FileInfo tmp;
    root.stat(QStringLiteral("/tmp"), &tmp);
    QCOMPARE(tmp.mode, 01777);
    QByteArray contents;
    QCOMPARE(root.readFile(QStringLiteral("/etc/hostname"), &contents), FsError::Ok);
    QCOMPARE(contents, QByteArray("3d8d9014b32d89\n"));
    QCOMPARE(root.readFile(QStringLiteral("/etc/os-release"), &contents), FsError::Ok);
    QVERIFY(contents.contains("ID=debian"));
    FileInfo sh;
    QCOMPARE(root.stat(QStringLiteral("/bin/sh"), &sh), FsError::Ok);
    QCOMPARE(sh.mode, 0755);
    QVERIFY(!root.exists(QStringLiteral("/bin/cd"))); // builtins have no executable
    QVERIFY(!root.exists(QStringLiteral("/etc/nginx")));

    VirtualFs unnamed;
    populateRootFs(unnamed, QStringLiteral("alpine"));
    unnamed.readFile(QStringLiteral("/etc/hostname"), &contents);
    QCOMPARE(contents, QByteArray("localhost\n"));
}

void TestMachineFs::populateRootFsAddsNginxFiles()
{
    VirtualFs root;
    populateRootFs(root, QStringLiteral("docker.io/library/nginx:1.25-alpine"));
    QByteArray contents;
    QCOMPARE(root.readFile(QStringLiteral("/etc/nginx/nginx.conf"), &contents), FsError::Ok);
    QVERIFY(contents.contains("worker_processes"));
    QCOMPARE(
        root.readFile(QStringLiteral("/usr/share/nginx/html/index.html"), &contents), FsError::Ok);
    QVERIFY(contents.contains("Welcome to nginx!"));
    QCOMPARE(root.readFile(QStringLiteral("/etc/os-release"), &contents), FsError::Ok);
    QVERIFY(contents.contains("ID=alpine"));
}

void TestMachineFs::osReleaseFollowsImage()
{
    VirtualFs debian;
    populateRootFs(debian, QStringLiteral("nginx"));
    QByteArray contents;
    debian.readFile(QStringLiteral("/etc/os-release"), &contents);
    QVERIFY(contents.contains("bookworm"));
    VirtualFs alpine;
    populateRootFs(alpine, QStringLiteral("alpine:3.20"));
    alpine.readFile(QStringLiteral("/etc/os-release"), &contents);
    QVERIFY(contents.contains("Alpine Linux"));
}

void TestMachineFs::imageRepositoryName_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "nginx"
                          << "nginx";
    QTest::newRow("tag") << "nginx:1.25"
                         << "nginx";
    QTest::newRow("library path") << "docker.io/library/nginx:latest"
                                  << "nginx";
    QTest::newRow("registry port") << "localhost:5000/team/nginx"
                                   << "nginx";
    QTest::newRow("digest") << "nginx@sha256:0123abcd"
                            << "nginx";
    QTest::newRow("tag and digest") << "ghcr.io/org/app:v1@sha256:ff"
                                    << "app";
    QTest::newRow("upper case") << "Registry.io/NGINX:1"
                                << "nginx";
    QTest::newRow("not nginx") << "nginx-proxy:1"
                               << "nginx-proxy";
}

void TestMachineFs::imageRepositoryName()
{
    QFETCH(QString, image);
    QFETCH(QString, expected);
    QCOMPARE(hangar::sim::imageRepositoryName(image), expected);
}

QTEST_GUILESS_MAIN(TestMachineFs)
#include "tst_machinefs.moc"
