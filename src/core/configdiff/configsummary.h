#pragma once

#include <QString>
#include <QStringList>

namespace hangar::api {
class MachineConfig;
}

namespace hangar::core {

// What an update from `oldConfig` to `newConfig` changes, as short phrases in reading order
// ("image nginx:1.25 → nginx:1.27", "memory 256 → 512 MB", "port 443 added to tcp/8080"); empty
// when nothing changes. Unknown fields are named by their key.
QStringList describeChanges(
    const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig);

// One sentence for the review dialog: the changes and what happens to a machine in
// `machineState` (Machine::state()) when they are applied, e.g. "Image nginx:1.25 →
// nginx:1.27, memory 256 → 512 MB; the machine will restart." or "No changes." An empty or
// unknown state says nothing about the machine.
QString summarize(const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig,
    const QString &machineState);

} // namespace hangar::core
