#include "sim/shell/fserror.h"

namespace hangar::sim {

QString fsErrorMessage(FsError error)
{
    switch (error) {
    case FsError::Ok:
        return QStringLiteral("Success");
    case FsError::NotFound:
        return QStringLiteral("No such file or directory");
    case FsError::NotADirectory:
        return QStringLiteral("Not a directory");
    case FsError::IsADirectory:
        return QStringLiteral("Is a directory");
    case FsError::AlreadyExists:
        return QStringLiteral("File exists");
    case FsError::NoSpace:
        return QStringLiteral("No space left on device");
    case FsError::DirectoryNotEmpty:
        return QStringLiteral("Directory not empty");
    case FsError::InvalidPath:
        return QStringLiteral("Invalid argument");
    case FsError::CrossDevice:
        return QStringLiteral("Invalid cross-device link");
    case FsError::Busy:
        return QStringLiteral("Device or resource busy");
    }
    return QStringLiteral("Unknown error");
}

} // namespace hangar::sim
