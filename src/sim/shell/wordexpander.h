#pragma once

#include "sim/shell/scriptast.h"
#include "sim/shell/shellstate.h"

#include <QString>
#include <QStringList>

namespace hangar::sim {

class MachineFs;

// POSIX word expansion for the supported subset: positional and special parameters, field
// splitting of unquoted expansions on the default IFS (space, tab, newline), pathname
// expansion of unquoted pattern characters, and quote removal (already done by the lexer).
class WordExpander {
public:
    WordExpander(const ShellState &state, const MachineFs &fs);

    // For command words: may produce zero fields ($5 unset) or many ("$@", globs).
    // False with a message when "set -u" is on and an unset parameter is used.
    bool expandToFields(const Word &word, QStringList *fields, QString *errorMessage) const;
    // For redirection targets: parameters only, no field splitting or pathname expansion.
    bool expandToString(const Word &word, QString *result, QString *errorMessage) const;

private:
    bool parameterValue(const QString &name, QString *value, QString *errorMessage) const;

    const ShellState &m_state;
    const MachineFs &m_fs;
};

} // namespace hangar::sim
