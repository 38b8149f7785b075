#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hangar::core {

// What to do when a file is already there.
enum class ConflictChoice { Ask, Overwrite, Skip, KeepBoth };

// One file to copy when the caller already knows where it goes (a retry of failed files).
struct CopySource {
    QString localPath;
    QString remotePath; // absolute, as seen at CopyRequest::mountPath
    int mode = 0644;
};

// One drop: local files and folders into a folder of a volume.
struct CopyRequest {
    QString appName;
    QString volumeId;
    QString volumeName;
    // Where the paths below are seen: the attached machine's mount point, or where the user
    // thinks of the volume (e.g. /etc/nginx for a volume that will be mounted there). The copy
    // lands at the same place relative to the volume, whatever machine does it.
    QString mountPath = QStringLiteral("/data");
    QString destinationDir; // absolute, inside mountPath
    QStringList localPaths; // what was dropped: files and folders
    QList<CopySource> exactFiles; // instead of localPaths
    ConflictChoice conflicts = ConflictChoice::Ask;
};

// One file of a copy and how it went.
struct CopyItem {
    enum class Status { Pending, Copying, Done, Skipped, Failed };

    QString localPath;
    QString relativePath; // from the drop, for display
    QString remotePath; // where it lands, as seen at the request's mount path
    qint64 size = 0;
    int mode = 0644;
    Status status = Status::Pending;
    QString error; // why it failed or was skipped
    qint64 bytesDone = 0;

    // The engine's own bookkeeping.
    QString machinePath; // remotePath as the machine in use sees it
    QString tmpPath;
    QByteArray sha256; // hex, of what was sent
    int attempts = 0;
};

// Something only the user can decide. Asked one at a time; the job waits for answer().
struct CopyQuestion {
    enum class Kind {
        StartMachine, // the volume's machine is stopped: start it for the copy?
        Conflict, // a file exists: overwrite, skip or keep both?
        LargeFile, // the file is above the size limit: copy it anyway?
        Links, // dropped folders contain symbolic links: follow them?
    };
    int id = 0;
    Kind kind = Kind::Conflict;
    QString text; // the full question, translated
    QString path; // the file concerned, when there is one
    qint64 size = 0;
    int count = 0; // how many questions of this kind may follow (for "apply to all")
};

enum class CopyAnswer { Yes, No, Overwrite, Skip, KeepBoth };

} // namespace hangar::core

Q_DECLARE_METATYPE(hangar::core::CopyQuestion)
