#include "sim/shell/virtualfs.h"

#include "sim/shell/fspath.h"
#include "sim/shell/vfsnode_p.h"

#include <QDateTime>

namespace hangar::sim {

namespace {

qint64 systemClock()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

VirtualFs::VirtualFs(qint64 capacityBytes, Clock clock)
    : m_root(new VfsNode)
    , m_capacity(capacityBytes < 0 ? Unlimited : capacityBytes)
    , m_clock(clock ? std::move(clock) : Clock(systemClock))
{
    VfsNode *root = m_root.data();
    root->type = NodeType::Directory;
    root->mode = DefaultDirectoryMode;
    root->mtime = now();
    root->inode = m_nextInode++;
}

VirtualFs::VirtualFs(const VirtualFs &other) = default;
VirtualFs::VirtualFs(VirtualFs &&other) noexcept = default;
VirtualFs &VirtualFs::operator=(const VirtualFs &other) = default;
VirtualFs &VirtualFs::operator=(VirtualFs &&other) noexcept = default;
VirtualFs::~VirtualFs() = default;

QString VirtualFs::normalizePath(const QString &path)
{
    return hangar::sim::normalizePath(path);
}

void VirtualFs::setCapacity(qint64 capacityBytes)
{
    m_capacity = capacityBytes < 0 ? Unlimited : capacityBytes;
}

qint64 VirtualFs::availableBytes() const
{
    if (m_capacity == Unlimited)
        return Unlimited;
    return qMax<qint64>(0, m_capacity - m_usedBytes);
}

qint64 VirtualFs::now() const
{
    return m_clock();
}

void VirtualFs::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(systemClock);
}

FsError VirtualFs::lookup(const QStringList &components, const VfsNode **node) const
{
    const VfsNode *current = m_root.constData();
    for (const QString &name : components) {
        if (current->type != NodeType::Directory)
            return FsError::NotADirectory;
        const auto it = current->children.constFind(name);
        if (it == current->children.constEnd())
            return FsError::NotFound;
        current = it->constData();
    }
    *node = current;
    return FsError::Ok;
}

FsError VirtualFs::lookupParent(const QStringList &components, const VfsNode **parent) const
{
    const FsError error = lookup(parentComponents(components), parent);
    if (error != FsError::Ok)
        return error;
    return (*parent)->type == NodeType::Directory ? FsError::Ok : FsError::NotADirectory;
}

// Only for paths lookup() has found: operator[] would otherwise insert empty nodes.
VfsNode *VirtualFs::mutableNode(const QStringList &components)
{
    VfsNode *current = m_root.data();
    for (const QString &name : components)
        current = current->children[name].data();
    return current;
}

FileInfo VirtualFs::infoFor(const QString &name, const VfsNode &node) const
{
    FileInfo info;
    info.name = name;
    info.type = node.type;
    info.size = node.bytes.size();
    info.mode = node.mode;
    info.mtime = node.mtime;
    info.inode = node.inode;
    info.linkCount = 1;
    if (node.type == NodeType::Directory) {
        info.linkCount = 2;
        for (const VfsNodePointer &child : node.children) {
            if (child.constData()->type == NodeType::Directory)
                ++info.linkCount;
        }
    }
    return info;
}

FsError VirtualFs::stat(const QString &path, FileInfo *info) const
{
    ParsedPath parsed;
    const VfsNode *node = nullptr;
    if (const FsError error = resolve(path, &parsed, &node); error != FsError::Ok)
        return error;
    if (parsed.mustBeDirectory && node->type != NodeType::Directory)
        return FsError::NotADirectory;
    const QString name =
        parsed.components.isEmpty() ? QStringLiteral("/") : parsed.components.constLast();
    *info = infoFor(name, *node);
    return FsError::Ok;
}

bool VirtualFs::exists(const QString &path) const
{
    FileInfo info;
    return stat(path, &info) == FsError::Ok;
}

FsError VirtualFs::list(const QString &path, QList<FileInfo> *entries) const
{
    entries->clear();
    ParsedPath parsed;
    const VfsNode *node = nullptr;
    if (const FsError error = resolve(path, &parsed, &node); error != FsError::Ok)
        return error;
    if (node->type != NodeType::Directory)
        return FsError::NotADirectory;
    entries->reserve(node->children.size());
    for (auto it = node->children.constBegin(); it != node->children.constEnd(); ++it)
        entries->append(infoFor(it.key(), *it->constData()));
    return FsError::Ok;
}

FsError VirtualFs::resolve(const QString &path, ParsedPath *parsed, const VfsNode **node) const
{
    *parsed = parsePath(path);
    if (parsed->error != FsError::Ok)
        return parsed->error;
    return lookup(parsed->components, node);
}

FsError VirtualFs::resolveFile(const QString &path, const VfsNode **node) const
{
    ParsedPath parsed;
    if (const FsError error = resolve(path, &parsed, node); error != FsError::Ok)
        return error;
    if ((*node)->type == NodeType::Directory)
        return FsError::IsADirectory;
    return parsed.mustBeDirectory ? FsError::NotADirectory : FsError::Ok;
}

FsError VirtualFs::readFile(const QString &path, QByteArray *contents) const
{
    const VfsNode *node = nullptr;
    const FsError error = resolveFile(path, &node);
    if (error == FsError::Ok)
        *contents = node->bytes;
    return error;
}

FsError VirtualFs::sha256(const QString &path, QByteArray *digest) const
{
    const VfsNode *node = nullptr;
    const FsError error = resolveFile(path, &node);
    if (error == FsError::Ok)
        *digest = node->digest.digest(node->bytes);
    return error;
}

FsError VirtualFs::setMode(const QString &path, int mode)
{
    ParsedPath parsed;
    const VfsNode *node = nullptr;
    if (const FsError error = resolve(path, &parsed, &node); error != FsError::Ok)
        return error;
    if (parsed.mustBeDirectory && node->type != NodeType::Directory)
        return FsError::NotADirectory;
    mutableNode(parsed.components)->mode = mode & 07777;
    return FsError::Ok;
}

FsError VirtualFs::setMtime(const QString &path, qint64 mtime)
{
    ParsedPath parsed;
    const VfsNode *node = nullptr;
    if (const FsError error = resolve(path, &parsed, &node); error != FsError::Ok)
        return error;
    if (parsed.mustBeDirectory && node->type != NodeType::Directory)
        return FsError::NotADirectory;
    mutableNode(parsed.components)->mtime = mtime;
    return FsError::Ok;
}

} // namespace hangar::sim
