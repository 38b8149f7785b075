#pragma once

#include "sim/shell/virtualfs.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace hangar::sim {

// One mounted file system as `df` reports it.
struct FilesystemUsage {
    QString device; // "/dev/vda" for the root file system, "/dev/vdb" for the volume
    QString mountPoint;
    qint64 totalBytes = 0;
    qint64 usedBytes = 0;
};

// The file systems a running machine sees: its own root VirtualFs plus at most one volume
// mounted at an absolute path (e.g. "/data"). Paths at or below the mount path are served by
// the volume, with the mount path stripped; everything else by the root.
//
// Ownership: the MachineFs owns its root file system by value (it is rebuilt on every machine
// start). The volume's VirtualFs is owned by the simulator's volume record and shared through a
// std::shared_ptr: writes made through the MachineFs land directly in that object, so they are
// visible to the volume record immediately and outlive the machine. Unmounting (or destroying
// the MachineFs) only drops this reference.
//
// "/dev/null" is emulated: it reads as empty, swallows writes and stats as a character device,
// whether or not the root file system has a /dev directory.
class MachineFs {
public:
    // What df reports as the size of a root file system without a capacity.
    static constexpr qint64 ReportedRootSize = 8LL * 1024 * 1024 * 1024;
    static constexpr quint32 RootDevice = 0xfe00; // 254:0, /dev/vda
    static constexpr quint32 VolumeDevice = 0xfe10; // 254:16, /dev/vdb

    explicit MachineFs(VirtualFs root = VirtualFs());

    VirtualFs &root() { return m_root; }
    const VirtualFs &root() const { return m_root; }

    // Mounts `volume` at `mountPath`, creating the mount point directory in the root file system.
    // InvalidPath for "/", a relative path or a null volume; Busy when a volume is mounted.
    FsError mount(const QString &mountPath, std::shared_ptr<VirtualFs> volume);
    void unmount();
    bool hasMount() const { return m_volume != nullptr; }
    QString mountPath() const { return m_mountPath; } // empty when nothing is mounted
    std::shared_ptr<VirtualFs> volume() const { return m_volume; }

    // The root file system's clock.
    qint64 now() const { return m_root.now(); }

    static bool isNullDevice(const QString &path);
    // True when both paths are served by the same file system (rename works between them).
    bool sameFilesystem(const QString &first, const QString &second) const;

    FsError stat(const QString &path, FileInfo *info) const;
    bool exists(const QString &path) const;
    FsError list(const QString &path, QList<FileInfo> *entries) const;
    FsError readFile(const QString &path, QByteArray *contents) const;
    FsError sha256(const QString &path, QByteArray *digest) const; // see VirtualFs::sha256
    FsError writeFile(
        const QString &path, const QByteArray &contents, qint64 *bytesWritten = nullptr);
    FsError appendFile(
        const QString &path, const QByteArray &contents, qint64 *bytesWritten = nullptr);
    FsError writeAt(const QString &path, qint64 offset, const QByteArray &contents,
        bool truncate = false, qint64 *bytesWritten = nullptr);
    FsError makeDirectory(
        const QString &path, bool parents = false, int mode = VirtualFs::DefaultDirectoryMode);
    FsError removeFile(const QString &path);
    // Busy for the mount point, as rmdir(2) on a mount point is.
    FsError removeDirectory(const QString &path);
    // For the mount point this empties the volume and then reports Busy, as `rm -r` does on
    // Linux. A root directory that contains the mount point is left untouched (Busy).
    FsError removeRecursively(const QString &path);
    // CrossDevice between the root file system and the volume; Busy when either side is the
    // mount point or a directory containing it.
    FsError rename(const QString &from, const QString &to);
    FsError setMode(const QString &path, int mode);
    FsError setMtime(const QString &path, qint64 mtime);

    // The file system that holds `path` (which must exist).
    FsError usage(const QString &path, FilesystemUsage *usage) const;
    // The root file system followed by the volume, if any.
    QList<FilesystemUsage> filesystems() const;

private:
    // Which file system serves a path, and the path inside it.
    struct Route {
        bool valid = false;
        bool onVolume = false;
        QString normalised; // in the machine's namespace, e.g. "/data/a"
        QString inner; // in the serving file system, e.g. "/a" (keeps a trailing slash)
    };
    Route route(const QString &path) const;
    // A read of `path` from the file system that serves it; /dev/null reads as empty.
    FsError routeRead(const QString &path, const std::function<void()> &readNullDevice,
        const std::function<FsError(const VirtualFs &, const QString &)> &read) const;
    // A write to `path` on the file system that serves it; /dev/null takes every byte.
    FsError routeWrite(const QString &path, qint64 size, qint64 *bytesWritten,
        const std::function<FsError(VirtualFs &, const QString &)> &write);
    const VirtualFs &filesystem(const Route &route) const;
    VirtualFs &filesystem(const Route &route);
    bool containsMountPoint(const Route &route) const;
    FilesystemUsage rootUsage() const;
    FilesystemUsage volumeUsage() const;

    VirtualFs m_root;
    QString m_mountPath;
    std::shared_ptr<VirtualFs> m_volume;
};

} // namespace hangar::sim
