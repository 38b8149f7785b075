#pragma once

#include "core/fleet/fleetrecords.h"

#include <QHash>

namespace hangar::core {

// Compares what an app held before with what a refresh fetched. Pure and thread-safe (it only
// reads implicitly shared values), so the store runs it on a worker thread.
FleetDelta diffAppContents(const QString &appName,
    const QHash<QString, MachineRecord> &previousMachines,
    const QList<api::Machine> &fetchedMachines, const QHash<QString, VolumeRecord> &previousVolumes,
    const QList<api::Volume> &fetchedVolumes);

// The apps of every organisation against what the store holds.
FleetDelta diffApps(const QHash<QString, api::App> &previous, const QList<api::App> &fetched);

} // namespace hangar::core
