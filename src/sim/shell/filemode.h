#pragma once

#include "sim/shell/fileinfo.h"

#include <QString>

namespace hangar::sim {

// The simulated processes run as root with the usual umask.
constexpr int kUmask = 022;

// "drwxr-xr-x" as `ls -l` and stat's %A print it, including setuid, setgid and sticky bits.
QString modeString(NodeType type, int mode);

// Applies a chmod mode operand to `current`: octal ("644", "0755") or symbolic
// ("u+x", "go-w", "a=rX,u+w", "+x"). False when the operand is not a valid mode.
bool applyModeSpec(const QString &spec, int current, bool isDirectory, int *result);

} // namespace hangar::sim
