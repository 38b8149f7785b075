#pragma once

#include <QString>
#include <QStringList>

namespace hangar::sim {

class CommandContext;

// A command returns its exit status.
using CommandFunction = int (*)(CommandContext &context);

struct CommandInfo {
    const char *name;
    CommandFunction run;
    // Builtins that exist only inside a shell (cd, exit, set, ...): the exec endpoint cannot
    // run them directly, as there is no such executable.
    bool shellOnly;
};

// The command `argv0` names: a bare name, or a path in a standard bin directory such as
// "/usr/bin/sha256sum". Null when the simulator has no such command.
const CommandInfo *findCommand(const QString &argv0);

// Names of the commands that exist as executables (for /bin in the simulated root fs).
QStringList executableCommandNames();

} // namespace hangar::sim
