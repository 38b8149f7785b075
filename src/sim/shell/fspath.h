#pragma once

#include <QString>
#include <QStringList>

namespace hangar::sim {

// Splits an absolute path into normalised components: empty and "." segments are dropped and
// ".." removes the previous component (at the root it stays at the root, as in the kernel).
// `mustBeDirectory` reports a trailing "/", "/." or "/..", which POSIX resolves only to a
// directory. Returns false for an empty or relative path, or one containing a NUL character.
bool splitPath(const QString &path, QStringList *components, bool *mustBeDirectory = nullptr);

// "/" followed by the components joined with "/".
QString joinPath(const QStringList &components);

// The normalised form of an absolute path ("/a/./b/../c" -> "/a/c"); empty when invalid.
QString normalizePath(const QString &path);

// `path` made absolute against the working directory `cwd`. Not normalised, so that a trailing
// slash still reaches the file system (where "file/" is an error, as on Linux).
QString resolvePath(const QString &cwd, const QString &path);

// True when normalised `path` equals normalised `base` or lies below it.
bool isPathAtOrUnder(const QString &path, const QString &base);

// Parent and last component of a normalised path; both are "/" for the root.
QString parentPath(const QString &normalisedPath);
QString lastComponent(const QString &normalisedPath);

} // namespace hangar::sim
