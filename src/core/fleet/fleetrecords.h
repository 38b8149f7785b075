#pragma once

#include "api/values/app.h"
#include "api/values/machine.h"
#include "api/values/volume.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hangar::core {

// The API's machine and volume objects do not say which app they belong to; the fleet does.
struct MachineRecord {
    QString appName;
    api::Machine machine;
};

struct VolumeRecord {
    QString appName;
    api::Volume volume;
};

// Everything a store holds at one moment (a model's starting point).
struct FleetSnapshot {
    QList<api::App> apps;
    QList<MachineRecord> machines;
    QList<VolumeRecord> volumes;
};

// What one refresh found out. The store has already applied it to its own state when it is
// announced; models apply it as incremental inserts, removals and dataChanged.
struct FleetDelta {
    QList<api::App> appsAdded;
    QList<api::App> appsChanged;
    QStringList appsRemoved; // app names

    QList<MachineRecord> machinesAdded;
    QList<MachineRecord> machinesChanged; // the new value; compare with what you hold
    QStringList machinesRemoved; // machine IDs

    QList<VolumeRecord> volumesAdded;
    QList<VolumeRecord> volumesChanged;
    QStringList volumesRemoved; // volume IDs

    bool isEmpty() const
    {
        return appsAdded.isEmpty() && appsChanged.isEmpty() && appsRemoved.isEmpty()
            && machinesAdded.isEmpty() && machinesChanged.isEmpty() && machinesRemoved.isEmpty()
            && volumesAdded.isEmpty() && volumesChanged.isEmpty() && volumesRemoved.isEmpty();
    }
};

} // namespace hangar::core

Q_DECLARE_METATYPE(hangar::core::FleetDelta)
