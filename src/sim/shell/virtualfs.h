#pragma once

#include "sim/shell/fileinfo.h"
#include "sim/shell/fserror.h"
#include "sim/shell/sparestorage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace hangar::sim {

struct VfsNode;
struct ParsedPath;

// An in-memory tree of directories and regular files with an optional capacity, as the
// simulator's machine root file systems and volumes hold them.
//
// A value type: copies share all nodes and file bytes, and a write afterwards copies only the
// nodes on the path it touches (copy-on-write per node), so snapshots are cheap.
//
// Paths are absolute; each operation normalises them ("/a/./b/../c" is "/a/c"). A trailing
// slash makes the path resolve only to a directory, as on Linux. Relative paths are rejected
// with InvalidPath: callers resolve them against their working directory first.
class VirtualFs {
public:
    // Returns the current time in seconds since the epoch; injected so tests are deterministic.
    using Clock = std::function<qint64()>;

    static constexpr qint64 Unlimited = -1;
    static constexpr int DefaultFileMode = 0644;
    static constexpr int DefaultDirectoryMode = 0755;

    // An empty file system holding only "/". A null clock means the system clock.
    explicit VirtualFs(qint64 capacityBytes = Unlimited, Clock clock = {});
    VirtualFs(const VirtualFs &other);
    VirtualFs(VirtualFs &&other) noexcept;
    VirtualFs &operator=(const VirtualFs &other);
    VirtualFs &operator=(VirtualFs &&other) noexcept;
    ~VirtualFs();

    static QString normalizePath(const QString &path);

    // Capacity in bytes, or Unlimited. Lowering it below usedBytes() keeps the files but makes
    // every further write fail with NoSpace.
    qint64 capacity() const { return m_capacity; }
    void setCapacity(qint64 capacityBytes);
    // Sum of all file sizes (directories take no space).
    qint64 usedBytes() const { return m_usedBytes; }
    // Bytes a write may still add, or Unlimited.
    qint64 availableBytes() const;

    qint64 now() const;
    void setClock(Clock clock);

    FsError stat(const QString &path, FileInfo *info) const;
    bool exists(const QString &path) const;
    // The entries of a directory sorted by name, without "." and "..".
    FsError list(const QString &path, QList<FileInfo> *entries) const;
    FsError readFile(const QString &path, QByteArray *contents) const;
    // The file's 32-byte SHA-256. Cheaper than hashing readFile()'s bytes: each file keeps
    // the hash of what its writes put in order so far (see RunningDigest).
    FsError sha256(const QString &path, QByteArray *digest) const;

    // Creates (mode 0644) or truncates the file, then writes. When the capacity runs out the
    // bytes that fit are kept and NoSpace is returned, like a disk filling up mid-write.
    FsError writeFile(
        const QString &path, const QByteArray &contents, qint64 *bytesWritten = nullptr);
    // Like writeFile() but keeps the existing bytes (O_APPEND | O_CREAT).
    FsError appendFile(
        const QString &path, const QByteArray &contents, qint64 *bytesWritten = nullptr);
    // pwrite(2) at `offset` of a file opened with O_CREAT (what `dd seek=N` does): the bytes
    // around it stay, a gap past the end reads as zeros. With `truncate`, the file is first cut
    // (or zero-extended) to `offset`, as dd does without conv=notrunc.
    FsError writeAt(const QString &path, qint64 offset, const QByteArray &contents,
        bool truncate = false, qint64 *bytesWritten = nullptr);

    // mkdir(2), or `mkdir -p` when `parents` is set (existing directories are then fine).
    FsError makeDirectory(
        const QString &path, bool parents = false, int mode = DefaultDirectoryMode);
    FsError removeFile(const QString &path); // unlink(2)
    FsError removeDirectory(const QString &path); // rmdir(2): only an empty directory
    FsError removeRecursively(const QString &path); // a file, or a directory with its contents
    // rename(2): atomically replaces an existing file, or an empty directory with a directory.
    FsError rename(const QString &from, const QString &to);
    FsError setMode(const QString &path, int mode);
    FsError setMtime(const QString &path, qint64 mtime);

    // The whole tree, capacity and inode counter for the simulator's state file; file bytes are
    // base64. The clock is not part of the state.
    QJsonObject toJson() const;
    // Rebuilds a file system from toJson() output; nullopt (with a reason) when malformed.
    static std::optional<VirtualFs> fromJson(
        const QJsonObject &json, QString *errorMessage = nullptr, Clock clock = {});

private:
    FsError lookup(const QStringList &components, const VfsNode **node) const;
    // Parses `path` and finds its node: the first step of every operation on an existing path.
    FsError resolve(const QString &path, ParsedPath *parsed, const VfsNode **node) const;
    // Like resolve(), for an operation that needs a regular file.
    FsError resolveFile(const QString &path, const VfsNode **node) const;
    FsError lookupParent(const QStringList &components, const VfsNode **parent) const;
    VfsNode *mutableNode(const QStringList &components);
    // Keeps `keptBytes` of the old file (-1: all of it) and writes `contents` at `offset`
    // (-1: after what was kept).
    FsError writeBytes(const QString &path, const QByteArray &contents, qint64 keptBytes,
        qint64 offset, qint64 *bytesWritten);
    FileInfo infoFor(const QString &name, const VfsNode &node) const;
    // Offers the memory of a file taken out of the tree to m_spare, once nothing else holds it.
    void release(QSharedDataPointer<VfsNode> node);

    QSharedDataPointer<VfsNode> m_root;
    qint64 m_capacity = Unlimited;
    qint64 m_usedBytes = 0;
    quint64 m_nextInode = 2; // ext4 gives the root directory inode 2
    Clock m_clock;
    SpareStorage m_spare; // not part of the state: copies start without
};

} // namespace hangar::sim
