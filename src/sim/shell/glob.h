#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace hangar::sim {

class MachineFs;

// Shell pattern matching (POSIX "Pattern Matching Notation"): "*", "?", bracket expressions
// with ranges, "!"/"^" negation and [:class:] names. A backslash makes the next character
// literal, which is how quoted parts of a word reach the matcher.

bool globMatch(QStringView pattern, QStringView name);

// True when the pattern holds an unescaped "*", "?" or "[".
bool hasGlobCharacters(QStringView pattern);

// Backslash-escapes the pattern characters of literal text, and undoes it.
QString escapeGlob(const QString &literal);
QString unescapeGlob(const QString &pattern);

// Pathname expansion of `pattern` against the machine's file systems, relative to `cwd`.
// Returns the sorted matches, spelled like the pattern (relative stays relative), or an empty
// list when nothing matches. A name starting with "." is only matched by a pattern component
// that starts with "."; "." and ".." themselves are never produced.
QStringList globExpand(const MachineFs &fs, const QString &cwd, const QString &pattern);

} // namespace hangar::sim
