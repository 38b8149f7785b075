#pragma once

#include <QString>

namespace hangar::sim {

// Outcome of a file system operation, named after the errno a Linux kernel would return.
enum class FsError {
    Ok,
    NotFound, // ENOENT
    NotADirectory, // ENOTDIR
    IsADirectory, // EISDIR
    AlreadyExists, // EEXIST
    NoSpace, // ENOSPC
    DirectoryNotEmpty, // ENOTEMPTY
    InvalidPath, // EINVAL: a relative path, or a directory moved below itself
    CrossDevice, // EXDEV: rename between the root file system and the volume
    Busy, // EBUSY: removing or renaming "/" or a mount point
};

// The strerror() text GNU tools print for `error`, e.g. "No such file or directory".
QString fsErrorMessage(FsError error);

} // namespace hangar::sim
