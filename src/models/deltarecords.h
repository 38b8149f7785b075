#pragma once

#include "core/fleet/fleetrecords.h"

#include <QHash>
#include <QList>

namespace hangar::models {

// The machines (or volumes) a delta adds or changes, one record per ID in the order the IDs
// first appear, each the newest the delta holds: a later entry wins over an earlier one, and a
// change wins over an add. A store should not repeat an ID, but a model must not go back in
// time if one does.
template<typename Record, typename IdOf>
QList<const Record *> newestRecords(
    const QList<Record> &added, const QList<Record> &changed, IdOf idOf)
{
    QHash<QString, const Record *> newest;
    QList<QString> order;
    for (const QList<Record> *records : {&added, &changed}) {
        for (const Record &record : *records) {
            const QString id = idOf(record);
            if (!newest.contains(id))
                order.append(id);
            newest.insert(id, &record);
        }
    }
    QList<const Record *> result;
    result.reserve(order.size());
    for (const QString &id : order)
        result.append(newest.value(id));
    return result;
}

inline QList<const core::MachineRecord *> newestMachines(const core::FleetDelta &delta)
{
    return newestRecords(delta.machinesAdded, delta.machinesChanged,
        [](const core::MachineRecord &record) { return record.machine.id(); });
}

inline QList<const core::VolumeRecord *> newestVolumes(const core::FleetDelta &delta)
{
    return newestRecords(delta.volumesAdded, delta.volumesChanged,
        [](const core::VolumeRecord &record) { return record.volume.id(); });
}

} // namespace hangar::models
