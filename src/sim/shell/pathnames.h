#pragma once

#include <QString>

namespace hangar::sim {

// Text-only path helpers with POSIX dirname(1) / basename(1) semantics, used on operands as the
// user spelled them (relative paths and trailing slashes included).

QString directoryName(const QString &path); // "a/b/" -> "a", "a" -> ".", "/" -> "/"
QString baseName(const QString &path); // "a/b/" -> "b", "/" -> "/"
// `directory` + "/" + `name`, without doubling a trailing slash.
QString appendPath(const QString &directory, const QString &name);

} // namespace hangar::sim
