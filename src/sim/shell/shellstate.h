#pragma once

#include <QString>
#include <QStringList>

namespace hangar::sim {

// The options "set" can change.
struct ShellOptions {
    bool errexit = false; // -e
    bool nounset = false; // -u
    bool xtrace = false; // -x
    bool pipefail = false; // -o pipefail
};

// Everything a running script can change. Pipeline elements get a copy, as subshells do.
struct ShellState {
    QString cwd = QStringLiteral("/");
    QString scriptName = QStringLiteral("sh"); // $0
    QStringList positional; // $1, $2, ...
    int lastStatus = 0; // $?
    qint64 processId = 0; // $$: one per shell process (sh -c), shared by its subshells
    ShellOptions options;
    bool exitRequested = false; // "exit", "set -e" or a fatal expansion error stops the script
    int exitStatus = 0;
};

// A process ID for a new shell, never the same twice in this program, as $$ is unique among the
// processes running on a machine.
qint64 nextProcessId();

} // namespace hangar::sim
