#pragma once

#include <QString>

#include <optional>

namespace hangar::core::remotepath {

// Paths on a machine, as the transfer engine checks them before any of them reaches a command.
// A path is accepted only when it is absolute, has no NUL, and normalises (empty and "."
// components dropped, ".." resolved) to something that does not climb out of the root.

// The normalised form ("/a/b", never a trailing slash except for "/"), or nullopt with a reason.
std::optional<QString> normalise(const QString &path, QString *error = nullptr);
// Like normalise(), and the result must be `root` itself or inside it.
std::optional<QString> normaliseInside(
    const QString &path, const QString &root, QString *error = nullptr);
// Both arguments normalised.
bool isInside(const QString &path, const QString &root);
// One component: not empty, not "." or "..", no "/" or NUL, at most 255 bytes in UTF-8.
bool isValidName(const QString &name, QString *error = nullptr);

QString join(const QString &dir, const QString &relative);
QString parentOf(const QString &path);
QString nameOf(const QString &path);
// "a/b" for ("/data/a/b", "/data"); empty for the root itself.
QString relativeTo(const QString &path, const QString &root);
// The same place seen through another mount point.
QString rebase(const QString &path, const QString &fromRoot, const QString &toRoot);
// "report (2).pdf" for ("report.pdf", 2); ".bashrc (2)"; "notes (3)".
QString numberedName(const QString &name, int number);

} // namespace hangar::core::remotepath
