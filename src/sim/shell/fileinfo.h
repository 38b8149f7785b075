#pragma once

#include <QString>
#include <QtGlobal>

namespace hangar::sim {

// CharDevice is only reported for /dev/null, which MachineFs provides; VirtualFs stores
// directories and regular files.
enum class NodeType { File, Directory, CharDevice };

// What stat(2) would report about one node. Owner and group are always root.
struct FileInfo {
    QString name; // last path component ("/" for the root)
    NodeType type = NodeType::File;
    qint64 size = 0; // bytes of a file; 0 for directories and devices
    int mode = 0; // permission bits only (07777)
    qint64 mtime = 0; // seconds since the epoch
    quint64 inode = 0;
    int linkCount = 1; // 2 + subdirectories for a directory, as on ext4
    quint32 device = 0; // st_dev, set by MachineFs (0 when asked of a bare VirtualFs)

    bool isDirectory() const { return type == NodeType::Directory; }
    bool isFile() const { return type == NodeType::File; }
};

} // namespace hangar::sim
