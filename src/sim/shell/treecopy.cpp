#include "sim/shell/treecopy.h"

#include "sim/shell/filemode.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/pathnames.h"

namespace hangar::sim {

namespace {

bool fail(CopyFailure *failure, CopyFailure::Step step, const QString &path, FsError error)
{
    failure->step = step;
    failure->path = path;
    failure->error = error;
    return false;
}

} // namespace

bool copyTree(
    MachineFs &fs, const QString &from, const QString &to, bool preserve, CopyFailure *failure)
{
    FileInfo source;
    FsError error = fs.stat(from, &source);
    if (error != FsError::Ok)
        return fail(failure, CopyFailure::Step::ReadSource, from, error);

    if (!source.isDirectory()) {
        QByteArray contents;
        error = fs.readFile(from, &contents);
        if (error != FsError::Ok)
            return fail(failure, CopyFailure::Step::ReadSource, from, error);
        const bool existed = fs.exists(to);
        error = fs.writeFile(to, contents);
        if (error != FsError::Ok && error != FsError::NoSpace)
            return fail(failure, CopyFailure::Step::WriteFile, to, error);
        if (!existed)
            fs.setMode(to, preserve ? source.mode : (source.mode & ~kUmask));
        else if (preserve)
            fs.setMode(to, source.mode);
        if (preserve)
            fs.setMtime(to, source.mtime);
        if (error == FsError::NoSpace)
            return fail(failure, CopyFailure::Step::WriteFile, to, error);
        return true;
    }

    FileInfo existing;
    if (fs.stat(to, &existing) != FsError::Ok) {
        error = fs.makeDirectory(to, false, preserve ? source.mode : (source.mode & ~kUmask));
        if (error != FsError::Ok)
            return fail(failure, CopyFailure::Step::CreateDirectory, to, error);
    } else if (!existing.isDirectory()) {
        return fail(failure, CopyFailure::Step::CreateDirectory, to, FsError::NotADirectory);
    }
    QList<FileInfo> entries;
    error = fs.list(from, &entries);
    if (error != FsError::Ok)
        return fail(failure, CopyFailure::Step::ReadSource, from, error);
    for (const FileInfo &entry : std::as_const(entries)) {
        if (!copyTree(
                fs, appendPath(from, entry.name), appendPath(to, entry.name), preserve, failure)) {
            return false;
        }
    }
    if (preserve)
        fs.setMtime(to, source.mtime);
    return true;
}

} // namespace hangar::sim
