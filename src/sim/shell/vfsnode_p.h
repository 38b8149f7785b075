#pragma once

#include "sim/shell/fileinfo.h"
#include "sim/shell/fserror.h"
#include "sim/shell/fspath.h"
#include "sim/shell/runningdigest.h"

#include <QByteArray>
#include <QMap>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

namespace hangar::sim {

struct VfsNode;
using VfsNodePointer = QSharedDataPointer<VfsNode>;

// One directory or regular file of a VirtualFs. Children are held through implicitly shared
// pointers so that copies of a VirtualFs share every node until one side modifies it. Read
// through constData()/const references: non-const access detaches.
struct VfsNode : public QSharedData {
    NodeType type = NodeType::File;
    int mode = 0;
    qint64 mtime = 0;
    quint64 inode = 0;
    QByteArray bytes;
    RunningDigest digest; // of `bytes`, kept up to date by every write
    QMap<QString, VfsNodePointer> children; // sorted by name, as `ls` in the C locale
};

// A path split for an operation, or the error an invalid path maps to.
struct ParsedPath {
    QStringList components;
    bool mustBeDirectory = false;
    FsError error = FsError::Ok;
};

inline ParsedPath parsePath(const QString &path)
{
    ParsedPath parsed;
    if (!splitPath(path, &parsed.components, &parsed.mustBeDirectory))
        parsed.error = path.isEmpty() ? FsError::NotFound : FsError::InvalidPath;
    return parsed;
}

inline QStringList parentComponents(const QStringList &components)
{
    return components.mid(0, components.size() - 1);
}

} // namespace hangar::sim
