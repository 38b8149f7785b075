#include "sim/shell/machinefs.h"

#include "common/sha256.h"
#include "sim/shell/fspath.h"

#include <algorithm>

namespace hangar::sim {

namespace {

const QLatin1String kNullDevice("/dev/null");

FileInfo nullDeviceInfo(qint64 mtime)
{
    FileInfo info;
    info.name = QStringLiteral("null");
    info.type = NodeType::CharDevice;
    info.mode = 0666;
    info.mtime = mtime;
    info.inode = 4;
    info.device = MachineFs::RootDevice;
    return info;
}

FsError invalidPathError(const QString &path)
{
    return path.isEmpty() ? FsError::NotFound : FsError::InvalidPath;
}

} // namespace

MachineFs::MachineFs(VirtualFs root)
    : m_root(std::move(root))
{
}

FsError MachineFs::mount(const QString &mountPath, std::shared_ptr<VirtualFs> volume)
{
    const QString normalised = normalizePath(mountPath);
    if (normalised.isEmpty() || normalised == QLatin1String("/") || !volume)
        return FsError::InvalidPath;
    if (m_volume)
        return FsError::Busy;
    const FsError error = m_root.makeDirectory(normalised, true);
    if (error != FsError::Ok)
        return error;
    m_mountPath = normalised;
    m_volume = std::move(volume);
    return FsError::Ok;
}

void MachineFs::unmount()
{
    m_mountPath.clear();
    m_volume.reset();
}

bool MachineFs::isNullDevice(const QString &path)
{
    return normalizePath(path) == kNullDevice && !path.endsWith(QLatin1Char('/'));
}

MachineFs::Route MachineFs::route(const QString &path) const
{
    Route result;
    QStringList components;
    bool mustBeDirectory = false;
    if (!splitPath(path, &components, &mustBeDirectory))
        return result;
    result.valid = true;
    result.normalised = joinPath(components);
    result.inner = result.normalised;
    if (m_volume && isPathAtOrUnder(result.normalised, m_mountPath)) {
        result.onVolume = true;
        result.inner = result.normalised.mid(m_mountPath.size());
        if (result.inner.isEmpty())
            result.inner = QStringLiteral("/");
    }
    if (mustBeDirectory && result.inner != QLatin1String("/"))
        result.inner += QLatin1Char('/');
    return result;
}

const VirtualFs &MachineFs::filesystem(const Route &route) const
{
    return route.onVolume ? *m_volume : m_root;
}

VirtualFs &MachineFs::filesystem(const Route &route)
{
    return route.onVolume ? *m_volume : m_root;
}

bool MachineFs::containsMountPoint(const Route &route) const
{
    return m_volume && isPathAtOrUnder(m_mountPath, route.normalised);
}

bool MachineFs::sameFilesystem(const QString &first, const QString &second) const
{
    return route(first).onVolume == route(second).onVolume;
}

FsError MachineFs::stat(const QString &path, FileInfo *info) const
{
    if (isNullDevice(path)) {
        FileInfo devDirectory;
        *info = nullDeviceInfo(m_root.stat(QStringLiteral("/dev"), &devDirectory) == FsError::Ok
                ? devDirectory.mtime
                : 0);
        return FsError::Ok;
    }
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    const FsError error = filesystem(target).stat(target.inner, info);
    if (error == FsError::Ok) {
        info->name = lastComponent(target.normalised);
        info->device = target.onVolume ? VolumeDevice : RootDevice;
    }
    return error;
}

bool MachineFs::exists(const QString &path) const
{
    FileInfo info;
    return stat(path, &info) == FsError::Ok;
}

FsError MachineFs::list(const QString &path, QList<FileInfo> *entries) const
{
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    const FsError error = filesystem(target).list(target.inner, entries);
    if (error != FsError::Ok)
        return error;
    const quint32 device = target.onVolume ? VolumeDevice : RootDevice;
    for (FileInfo &entry : *entries)
        entry.device = device;

    // The mount point shows the volume's root, and /dev always has "null".
    if (!target.onVolume && m_volume && parentPath(m_mountPath) == target.normalised) {
        for (FileInfo &entry : *entries) {
            if (entry.name == lastComponent(m_mountPath))
                stat(m_mountPath, &entry);
        }
    }
    if (target.normalised == QLatin1String("/dev")) {
        const auto byName = [](const FileInfo &entry, const QString &name) {
            return entry.name < name;
        };
        const QString nullName = QStringLiteral("null");
        auto position = std::lower_bound(entries->begin(), entries->end(), nullName, byName);
        if (position == entries->end() || position->name != nullName) {
            FileInfo nullDevice;
            stat(kNullDevice, &nullDevice);
            entries->insert(position, nullDevice);
        }
    }
    return FsError::Ok;
}

FsError MachineFs::readFile(const QString &path, QByteArray *contents) const
{
    return routeRead(
        path, [contents] { contents->clear(); },
        [contents](
            const VirtualFs &fs, const QString &inner) { return fs.readFile(inner, contents); });
}

FsError MachineFs::sha256(const QString &path, QByteArray *digest) const
{
    return routeRead(
        path, [digest] { *digest = Sha256::hash({}); },
        [digest](const VirtualFs &fs, const QString &inner) { return fs.sha256(inner, digest); });
}

FsError MachineFs::routeRead(const QString &path, const std::function<void()> &readNullDevice,
    const std::function<FsError(const VirtualFs &, const QString &)> &read) const
{
    if (isNullDevice(path)) {
        readNullDevice();
        return FsError::Ok;
    }
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    return read(filesystem(target), target.inner);
}

FsError MachineFs::routeWrite(const QString &path, qint64 size, qint64 *bytesWritten,
    const std::function<FsError(VirtualFs &, const QString &)> &write)
{
    if (isNullDevice(path)) {
        if (bytesWritten)
            *bytesWritten = size;
        return FsError::Ok;
    }
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    return write(filesystem(target), target.inner);
}

FsError MachineFs::writeFile(const QString &path, const QByteArray &contents, qint64 *bytesWritten)
{
    return routeWrite(
        path, contents.size(), bytesWritten, [&](VirtualFs &fs, const QString &inner) {
            return fs.writeFile(inner, contents, bytesWritten);
        });
}

FsError MachineFs::appendFile(const QString &path, const QByteArray &contents, qint64 *bytesWritten)
{
    return routeWrite(
        path, contents.size(), bytesWritten, [&](VirtualFs &fs, const QString &inner) {
            return fs.appendFile(inner, contents, bytesWritten);
        });
}

FsError MachineFs::writeAt(const QString &path, qint64 offset, const QByteArray &contents,
    bool truncate, qint64 *bytesWritten)
{
    return routeWrite(
        path, contents.size(), bytesWritten, [&](VirtualFs &fs, const QString &inner) {
            return fs.writeAt(inner, offset, contents, truncate, bytesWritten);
        });
}

FsError MachineFs::makeDirectory(const QString &path, bool parents, int mode)
{
    if (isNullDevice(path))
        return FsError::AlreadyExists;
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    return filesystem(target).makeDirectory(target.inner, parents, mode);
}

FsError MachineFs::removeFile(const QString &path)
{
    if (isNullDevice(path))
        return FsError::Busy;
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    return filesystem(target).removeFile(target.inner);
}

FsError MachineFs::removeDirectory(const QString &path)
{
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    if (target.onVolume && target.normalised == m_mountPath)
        return FsError::Busy;
    return filesystem(target).removeDirectory(target.inner);
}

FsError MachineFs::removeRecursively(const QString &path)
{
    if (isNullDevice(path))
        return FsError::Busy;
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    if (target.onVolume && target.normalised == m_mountPath) {
        QList<FileInfo> entries;
        m_volume->list(QStringLiteral("/"), &entries);
        for (const FileInfo &entry : std::as_const(entries))
            m_volume->removeRecursively(QLatin1Char('/') + entry.name);
        return FsError::Busy;
    }
    if (!target.onVolume && containsMountPoint(target) && m_root.exists(target.inner))
        return FsError::Busy;
    return filesystem(target).removeRecursively(target.inner);
}

FsError MachineFs::rename(const QString &from, const QString &to)
{
    if (isNullDevice(from) || isNullDevice(to))
        return FsError::Busy;
    const Route source = route(from);
    const Route target = route(to);
    if (!source.valid)
        return invalidPathError(from);
    if (!target.valid)
        return invalidPathError(to);
    if (!filesystem(source).exists(source.inner))
        return FsError::NotFound;
    if (m_volume
        && (source.normalised == m_mountPath || target.normalised == m_mountPath
            || (!source.onVolume && containsMountPoint(source)))) {
        return FsError::Busy;
    }
    if (source.onVolume != target.onVolume) {
        // rename(2) resolves both paths before it notices the devices differ.
        FileInfo targetParent;
        const FsError error = stat(parentPath(target.normalised), &targetParent);
        if (error != FsError::Ok)
            return error;
        return targetParent.isDirectory() ? FsError::CrossDevice : FsError::NotADirectory;
    }
    return filesystem(source).rename(source.inner, target.inner);
}

FsError MachineFs::setMode(const QString &path, int mode)
{
    if (isNullDevice(path))
        return FsError::Ok;
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    return filesystem(target).setMode(target.inner, mode);
}

FsError MachineFs::setMtime(const QString &path, qint64 mtime)
{
    if (isNullDevice(path))
        return FsError::Ok;
    const Route target = route(path);
    if (!target.valid)
        return invalidPathError(path);
    return filesystem(target).setMtime(target.inner, mtime);
}

FilesystemUsage MachineFs::rootUsage() const
{
    FilesystemUsage usage;
    usage.device = QStringLiteral("/dev/vda");
    usage.mountPoint = QStringLiteral("/");
    usage.totalBytes =
        m_root.capacity() == VirtualFs::Unlimited ? ReportedRootSize : m_root.capacity();
    usage.usedBytes = m_root.usedBytes();
    return usage;
}

FilesystemUsage MachineFs::volumeUsage() const
{
    FilesystemUsage usage;
    usage.device = QStringLiteral("/dev/vdb");
    usage.mountPoint = m_mountPath;
    usage.totalBytes =
        m_volume->capacity() == VirtualFs::Unlimited ? ReportedRootSize : m_volume->capacity();
    usage.usedBytes = m_volume->usedBytes();
    return usage;
}

FsError MachineFs::usage(const QString &path, FilesystemUsage *usage) const
{
    FileInfo info;
    const FsError error = stat(path, &info);
    if (error != FsError::Ok)
        return error;
    *usage = route(path).onVolume ? volumeUsage() : rootUsage();
    return FsError::Ok;
}

QList<FilesystemUsage> MachineFs::filesystems() const
{
    QList<FilesystemUsage> result {rootUsage()};
    if (m_volume)
        result.append(volumeUsage());
    return result;
}

} // namespace hangar::sim
