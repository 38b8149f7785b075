#pragma once

#include "sim/shell/fserror.h"

#include <QString>

namespace hangar::sim {

class MachineFs;

struct CopyFailure {
    enum class Step { ReadSource, CreateDirectory, WriteFile };
    Step step = Step::ReadSource;
    QString path; // the absolute path the failing step worked on
    FsError error = FsError::Ok;
};

// Copies the file or directory tree at `from` to `to`, possibly across file systems (cp, and
// mv's fallback when rename() reports EXDEV). A file replaces an existing file's contents; a
// directory is merged into an existing directory. New nodes get the source mode minus the umask,
// or the source mode and mtime when `preserve` is set. On failure the partial copy is left in
// place, as GNU cp leaves it.
bool copyTree(
    MachineFs &fs, const QString &from, const QString &to, bool preserve, CopyFailure *failure);

} // namespace hangar::sim
