#include "core/fleet/fleetdiff.h"

#include <QSet>

namespace hangar::core {

FleetDelta diffAppContents(const QString &appName,
    const QHash<QString, MachineRecord> &previousMachines,
    const QList<api::Machine> &fetchedMachines, const QHash<QString, VolumeRecord> &previousVolumes,
    const QList<api::Volume> &fetchedVolumes)
{
    FleetDelta delta;
    QSet<QString> seen;
    for (const api::Machine &machine : fetchedMachines) {
        // A list may still show a machine that is on its way out; it is gone for the user.
        if (machine.state() == QLatin1String("destroyed"))
            continue;
        seen.insert(machine.id());
        const auto previous = previousMachines.constFind(machine.id());
        if (previous == previousMachines.constEnd())
            delta.machinesAdded.append({appName, machine});
        else if (previous->machine.json() != machine.json())
            delta.machinesChanged.append({appName, machine});
    }
    for (auto it = previousMachines.constBegin(); it != previousMachines.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            delta.machinesRemoved.append(it.key());
    }

    seen.clear();
    for (const api::Volume &volume : fetchedVolumes) {
        if (volume.isGone())
            continue;
        seen.insert(volume.id());
        const auto previous = previousVolumes.constFind(volume.id());
        if (previous == previousVolumes.constEnd())
            delta.volumesAdded.append({appName, volume});
        else if (previous->volume.json() != volume.json())
            delta.volumesChanged.append({appName, volume});
    }
    for (auto it = previousVolumes.constBegin(); it != previousVolumes.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            delta.volumesRemoved.append(it.key());
    }
    return delta;
}

FleetDelta diffApps(const QHash<QString, api::App> &previous, const QList<api::App> &fetched)
{
    FleetDelta delta;
    QSet<QString> seen;
    for (const api::App &app : fetched) {
        seen.insert(app.name());
        const auto before = previous.constFind(app.name());
        if (before == previous.constEnd())
            delta.appsAdded.append(app);
        else if (before->json() != app.json())
            delta.appsChanged.append(app);
    }
    for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            delta.appsRemoved.append(it.key());
    }
    return delta;
}

} // namespace hangar::core
