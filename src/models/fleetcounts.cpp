#include "models/fleetcounts.h"

#include <QVariantMap>

#include <numeric>

namespace hangar::models {

using namespace Qt::StringLiterals;

StateBucket stateBucket(const QString &state)
{
    if (state == "started"_L1)
        return StateBucket::Started;
    if (state == "stopped"_L1)
        return StateBucket::Stopped;
    if (state == "suspended"_L1)
        return StateBucket::Suspended;
    if (state == "failed"_L1 || state == "launch_failed"_L1)
        return StateBucket::Failed;
    return StateBucket::Other;
}

int FleetCounts::machines() const
{
    return std::accumulate(machinesByBucket.begin(), machinesByBucket.end(), 0);
}

void FleetCounts::addVolume(qint64 sizeGb, int sign)
{
    volumes += sign;
    volumeGb += sign * sizeGb;
}

void FleetCounts::add(const FleetCounts &other, int sign)
{
    for (size_t i = 0; i < machinesByBucket.size(); ++i)
        machinesByBucket[i] += sign * other.machinesByBucket[i];
    volumes += sign * other.volumes;
    volumeGb += sign * other.volumeGb;
}

QVariant FleetCounts::roleValue(int role) const
{
    switch (role) {
    case MachineCountRole:
        return machines();
    case StartedCountRole:
        return machinesIn(StateBucket::Started);
    case StoppedCountRole:
        return machinesIn(StateBucket::Stopped);
    case SuspendedCountRole:
        return machinesIn(StateBucket::Suspended);
    case FailedCountRole:
        return machinesIn(StateBucket::Failed);
    case OtherStateCountRole:
        return machinesIn(StateBucket::Other);
    case MachineStateCountsRole:
        return QVariantMap {
            {u"started"_s, machinesIn(StateBucket::Started)},
            {u"stopped"_s, machinesIn(StateBucket::Stopped)},
            {u"suspended"_s, machinesIn(StateBucket::Suspended)},
            {u"failed"_s, machinesIn(StateBucket::Failed)},
            {u"other"_s, machinesIn(StateBucket::Other)},
        };
    case VolumeCountRole:
        return volumes;
    case VolumeTotalGbRole:
        return volumeGb;
    default:
        return {};
    }
}

const QList<int> &countRoles()
{
    static const QList<int> roles {MachineCountRole, StartedCountRole, StoppedCountRole,
        SuspendedCountRole, FailedCountRole, OtherStateCountRole, MachineStateCountsRole,
        VolumeCountRole, VolumeTotalGbRole};
    return roles;
}

} // namespace hangar::models
