#pragma once

#include <QFileDevice>
#include <QString>

// Saving a downloaded file the way any program saves a new one.
namespace hangar::core::localsave {

// What a new file gets: read and write for everyone, less the umask (0644 under the usual
// 022). A temporary file is 0600, which would make a download private by surprise. On Windows
// only the read-only flag exists, and a new file is writable.
QFileDevice::Permissions newFilePermissions();

// Writes the file's buffers out and asks the system to put them on disk, so that a rename
// after it cannot leave an empty or partial file under the final name after a power cut.
bool syncToDisk(QFileDevice &file, QString *error);

} // namespace hangar::core::localsave
