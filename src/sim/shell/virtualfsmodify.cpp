// The VirtualFs operations that change the tree: writes, directories, removal and rename.
#include "sim/shell/vfsnode_p.h"
#include "sim/shell/virtualfs.h"

#include <cstring>
#include <utility>

namespace hangar::sim {

namespace {

qint64 subtreeBytes(const VfsNode &node)
{
    qint64 total = node.bytes.size();
    for (const VfsNodePointer &child : node.children)
        total += subtreeBytes(*child.constData());
    return total;
}

} // namespace

FsError VirtualFs::writeFile(const QString &path, const QByteArray &contents, qint64 *bytesWritten)
{
    return writeBytes(path, contents, 0, 0, bytesWritten);
}

FsError VirtualFs::appendFile(const QString &path, const QByteArray &contents, qint64 *bytesWritten)
{
    return writeBytes(path, contents, -1, -1, bytesWritten);
}

FsError VirtualFs::writeAt(const QString &path, qint64 offset, const QByteArray &contents,
    bool truncate, qint64 *bytesWritten)
{
    if (offset < 0) {
        if (bytesWritten)
            *bytesWritten = 0;
        return FsError::InvalidPath;
    }
    return writeBytes(path, contents, truncate ? offset : -1, offset, bytesWritten);
}

FsError VirtualFs::writeBytes(const QString &path, const QByteArray &contents, qint64 keptBytes,
    qint64 offset, qint64 *bytesWritten)
{
    if (bytesWritten)
        *bytesWritten = 0;
    const ParsedPath parsed = parsePath(path);
    if (parsed.error != FsError::Ok)
        return parsed.error;
    if (parsed.components.isEmpty())
        return FsError::IsADirectory;
    const VfsNode *parent = nullptr;
    const FsError error = lookupParent(parsed.components, &parent);
    if (error != FsError::Ok)
        return error;

    const QString &name = parsed.components.constLast();
    const auto existing = parent->children.constFind(name);
    const bool creating = existing == parent->children.constEnd();
    qint64 oldSize = 0;
    if (!creating) {
        if (existing->constData()->type == NodeType::Directory)
            return FsError::IsADirectory;
        if (parsed.mustBeDirectory)
            return FsError::NotADirectory;
        oldSize = existing->constData()->bytes.size();
    } else if (parsed.mustBeDirectory) {
        return FsError::IsADirectory;
    }

    // Truncation frees the old bytes before the new ones are written, as O_TRUNC does; the
    // file system has no holes, so a gap before `offset` takes space like the bytes do.
    const qint64 keptSize = keptBytes < 0 ? oldSize : keptBytes;
    const qint64 start = offset < 0 ? keptSize : offset;
    const qint64 requested = contents.size();
    qint64 writable = requested;
    if (m_capacity != Unlimited && start + requested > keptSize) {
        const qint64 available = m_capacity - (m_usedBytes - oldSize);
        writable = qBound<qint64>(0, available - start, requested);
    }
    const qint64 newSize = writable > 0 ? qMax(keptSize, start + writable) : keptSize;

    const qint64 timestamp = now();
    VfsNode *directory = mutableNode(parentComponents(parsed.components));
    VfsNodePointer &slot = directory->children[name];
    if (creating) {
        slot = new VfsNode;
        VfsNode *created = slot.data();
        created->type = NodeType::File;
        created->mode = DefaultFileMode;
        created->inode = m_nextInode++;
        directory->mtime = timestamp;
    }
    VfsNode *file = slot.data();
    QByteArray &bytes = file->bytes;
    if (keptSize == 0 && start == 0) {
        // Shared when it can be; copied when it only borrows its bytes (QByteArray::fromRawData,
        // as dd's view of a range of its input does), since those go away with the command.
        // (data_ptr() only reads here; Qt 6.4 has no const overload.)
        QByteArray written =
            writable == requested && const_cast<QByteArray &>(contents).data_ptr().isMutable()
            ? contents
            : QByteArray(contents.constData(), writable);
        m_spare.offer(std::exchange(bytes, std::move(written)));
    } else {
        // Grown by doubling through reserve(), which reallocates in place (a large block is
        // remapped, not copied); growing alone copies the whole file into a new block each
        // time it outgrows the old one, and transfers write megabytes at a time.
        if (newSize > bytes.capacity() && !m_spare.growInto(bytes, newSize))
            bytes.reserve(qMax(newSize, 2 * bytes.capacity()));
        const qint64 before = qMin<qint64>(bytes.size(), keptSize);
        bytes.resize(newSize);
        // Zeros up to the write; a write of nothing past the end does not extend the file.
        const qint64 gapEnd = qMin(start, newSize);
        if (gapEnd > before)
            std::memset(bytes.data() + before, 0, size_t(gapEnd - before));
        if (writable > 0)
            std::memcpy(bytes.data() + start, contents.constData(), size_t(writable));
    }
    file->digest.noteWrite(bytes, keptSize, start, writable);
    file->mtime = timestamp;
    m_usedBytes += newSize - oldSize;

    if (bytesWritten)
        *bytesWritten = writable;
    return writable < requested ? FsError::NoSpace : FsError::Ok;
}

FsError VirtualFs::makeDirectory(const QString &path, bool parents, int mode)
{
    const ParsedPath parsed = parsePath(path);
    if (parsed.error != FsError::Ok)
        return parsed.error;

    // Find how much of the path exists already.
    const VfsNode *current = m_root.constData();
    qsizetype existingDepth = 0;
    for (const QString &name : parsed.components) {
        if (current->type != NodeType::Directory)
            return FsError::NotADirectory;
        const auto it = current->children.constFind(name);
        if (it == current->children.constEnd())
            break;
        current = it->constData();
        ++existingDepth;
    }
    if (existingDepth == parsed.components.size()) {
        if (parents && current->type == NodeType::Directory)
            return FsError::Ok;
        return FsError::AlreadyExists;
    }
    if (current->type != NodeType::Directory)
        return FsError::NotADirectory;
    if (!parents && existingDepth < parsed.components.size() - 1)
        return FsError::NotFound;

    const qint64 timestamp = now();
    VfsNode *directory = mutableNode(parsed.components.mid(0, existingDepth));
    directory->mtime = timestamp;
    for (qsizetype i = existingDepth; i < parsed.components.size(); ++i) {
        VfsNodePointer &slot = directory->children[parsed.components.at(i)];
        slot = new VfsNode;
        directory = slot.data();
        directory->type = NodeType::Directory;
        // Like `mkdir -p -m`, the mode applies to the last directory only.
        directory->mode = i == parsed.components.size() - 1 ? (mode & 07777) : DefaultDirectoryMode;
        directory->mtime = timestamp;
        directory->inode = m_nextInode++;
    }
    return FsError::Ok;
}

FsError VirtualFs::removeFile(const QString &path)
{
    ParsedPath parsed;
    const VfsNode *node = nullptr;
    if (const FsError error = resolve(path, &parsed, &node); error != FsError::Ok)
        return error;
    if (node->type == NodeType::Directory)
        return FsError::IsADirectory;
    if (parsed.mustBeDirectory)
        return FsError::NotADirectory;
    m_usedBytes -= node->bytes.size();
    VfsNode *parent = mutableNode(parentComponents(parsed.components));
    release(parent->children.take(parsed.components.constLast()));
    parent->mtime = now();
    return FsError::Ok;
}

void VirtualFs::release(QSharedDataPointer<VfsNode> node)
{
    // data() would copy a node that a snapshot of this file system still shares.
    if (node && node->ref.loadRelaxed() == 1 && node->type == NodeType::File)
        m_spare.offer(std::move(node.data()->bytes));
}

FsError VirtualFs::removeDirectory(const QString &path)
{
    ParsedPath parsed;
    const VfsNode *node = nullptr;
    if (const FsError error = resolve(path, &parsed, &node); error != FsError::Ok)
        return error;
    if (node->type != NodeType::Directory)
        return FsError::NotADirectory;
    if (parsed.components.isEmpty())
        return FsError::Busy;
    if (!node->children.isEmpty())
        return FsError::DirectoryNotEmpty;
    VfsNode *parent = mutableNode(parentComponents(parsed.components));
    parent->children.remove(parsed.components.constLast());
    parent->mtime = now();
    return FsError::Ok;
}

FsError VirtualFs::removeRecursively(const QString &path)
{
    ParsedPath parsed;
    const VfsNode *node = nullptr;
    if (const FsError error = resolve(path, &parsed, &node); error != FsError::Ok)
        return error;
    if (parsed.mustBeDirectory && node->type != NodeType::Directory)
        return FsError::NotADirectory;
    if (parsed.components.isEmpty())
        return FsError::Busy;
    m_usedBytes -= subtreeBytes(*node);
    VfsNode *parent = mutableNode(parentComponents(parsed.components));
    parent->children.remove(parsed.components.constLast());
    parent->mtime = now();
    return FsError::Ok;
}

FsError VirtualFs::rename(const QString &from, const QString &to)
{
    const ParsedPath source = parsePath(from);
    if (source.error != FsError::Ok)
        return source.error;
    const ParsedPath target = parsePath(to);
    if (target.error != FsError::Ok)
        return target.error;

    const VfsNode *sourceNode = nullptr;
    FsError error = lookup(source.components, &sourceNode);
    if (error != FsError::Ok)
        return error;
    if (source.components.isEmpty() || target.components.isEmpty())
        return FsError::Busy;
    const bool sourceIsDirectory = sourceNode->type == NodeType::Directory;
    if (!sourceIsDirectory && (source.mustBeDirectory || target.mustBeDirectory))
        return FsError::NotADirectory;

    const VfsNode *targetParent = nullptr;
    error = lookupParent(target.components, &targetParent);
    if (error != FsError::Ok)
        return error;
    if (source.components == target.components)
        return FsError::Ok;
    if (sourceIsDirectory && target.components.size() > source.components.size()
        && target.components.mid(0, source.components.size()) == source.components) {
        return FsError::InvalidPath;
    }

    const QString &targetName = target.components.constLast();
    qint64 replacedBytes = 0;
    const auto existing = targetParent->children.constFind(targetName);
    if (existing != targetParent->children.constEnd()) {
        const VfsNode &replaced = *existing->constData();
        const bool replacedIsDirectory = replaced.type == NodeType::Directory;
        if (!sourceIsDirectory && replacedIsDirectory)
            return FsError::IsADirectory;
        if (sourceIsDirectory && !replacedIsDirectory)
            return FsError::NotADirectory;
        if (replacedIsDirectory && !replaced.children.isEmpty())
            return FsError::DirectoryNotEmpty;
        replacedBytes = replaced.bytes.size();
    }

    const qint64 timestamp = now();
    VfsNode *sourceParent = mutableNode(parentComponents(source.components));
    VfsNodePointer moving = sourceParent->children.take(source.components.constLast());
    sourceParent->mtime = timestamp;
    VfsNode *destination = mutableNode(parentComponents(target.components));
    release(destination->children.take(targetName)); // the file replaced, if any
    destination->children.insert(targetName, std::move(moving));
    destination->mtime = timestamp;
    m_usedBytes -= replacedBytes;
    return FsError::Ok;
}

} // namespace hangar::sim
