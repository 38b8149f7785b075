#pragma once

#include "models/modelroles.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <array>

namespace hangar::models {

// Which badge a machine state counts towards. Transitional states (created, starting, stopping,
// replacing, destroying, ...) all count as Other.
StateBucket stateBucket(const QString &state);

// Machines by state and volumes below one app, region or account (or in one region of the map).
struct FleetCounts {
    std::array<int, 5> machinesByBucket {};
    int volumes = 0;
    qint64 volumeGb = 0;

    int machines() const;
    int machinesIn(StateBucket bucket) const { return machinesByBucket[size_t(bucket)]; }

    void addMachine(StateBucket bucket, int sign = 1) { machinesByBucket[size_t(bucket)] += sign; }
    void addVolume(qint64 sizeGb, int sign = 1);
    // Adds (sign 1) or subtracts (sign -1) another node's counts.
    void add(const FleetCounts &other, int sign = 1);

    // The value of one of the count roles, or an invalid QVariant for any other role.
    QVariant roleValue(int role) const;

    friend bool operator==(const FleetCounts &a, const FleetCounts &b)
    {
        return a.machinesByBucket == b.machinesByBucket && a.volumes == b.volumes
            && a.volumeGb == b.volumeGb;
    }
    friend bool operator!=(const FleetCounts &a, const FleetCounts &b) { return !(a == b); }
};

// Every role FleetCounts::roleValue answers (what changes when a count does).
const QList<int> &countRoles();

} // namespace hangar::models
