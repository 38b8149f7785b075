#include "models/modelroles.h"

#include <QAbstractItemModel>

namespace hangar::models {

const char *roleName(int role)
{
    switch (role) {
    case IdRole:
        return "id";
    case KindRole:
        return "kind";
    case NameRole:
        return "name";
    case StateRole:
        return "state";
    case RegionRole:
        return "region";
    case AppNameRole:
        return "appName";
    case AccountIdRole:
        return "accountId";
    case ImageRole:
        return "image";
    case PrivateIpRole:
        return "privateIp";
    case CpuKindRole:
        return "cpuKind";
    case CpusRole:
        return "cpus";
    case MemoryMbRole:
        return "memoryMb";
    case SizePresetRole:
        return "sizePreset";
    case SizeGbRole:
        return "sizeGb";
    case ZoneRole:
        return "zone";
    case EncryptedRole:
        return "encrypted";
    case AttachedMachineIdRole:
        return "attachedMachineId";
    case AttachedMachineNameRole:
        return "attachedMachineName";
    case MetadataRole:
        return "metadata";
    case CreatedAtRole:
        return "createdAt";
    case UpdatedAtRole:
        return "updatedAt";
    case CordonedRole:
        return "cordoned";
    case HealthRole:
        return "health";
    case RegionNameRole:
        return "regionName";
    case AppStatusRole:
        return "appStatus";
    case OrganizationRole:
        return "organization";
    case MachineCountRole:
        return "machineCount";
    case StartedCountRole:
        return "startedCount";
    case StoppedCountRole:
        return "stoppedCount";
    case SuspendedCountRole:
        return "suspendedCount";
    case FailedCountRole:
        return "failedCount";
    case OtherStateCountRole:
        return "otherStateCount";
    case MachineStateCountsRole:
        return "machineStateCounts";
    case VolumeCountRole:
        return "volumeCount";
    case VolumeTotalGbRole:
        return "volumeTotalGb";
    case LatitudeRole:
        return "latitude";
    case LongitudeRole:
        return "longitude";
    case GeoRegionRole:
        return "geoRegion";
    case DeprecatedRole:
        return "deprecated";
    case GatewayAvailableRole:
        return "gatewayAvailable";
    case RequiresPaidPlanRole:
        return "requiresPaidPlan";
    case NearestRegionRole:
        return "nearestRegion";
    case EventTypeRole:
        return "eventType";
    case EventSourceRole:
        return "eventSource";
    case TimestampRole:
        return "timestamp";
    case ExitCodeRole:
        return "exitCode";
    case SearchTextRole:
        return "searchText";
    case SortValueRole:
        return "sortValue";
    default:
        return "";
    }
}

QHash<int, QByteArray> sharedRoleNames()
{
    static const QHash<int, QByteArray> names = [] {
        // The base class's defaults (display, decoration, edit, toolTip, ...).
        struct DefaultNames : QAbstractListModel {
            int rowCount(const QModelIndex &) const override { return 0; }
            QVariant data(const QModelIndex &, int) const override { return {}; }
        };
        QHash<int, QByteArray> all = DefaultNames().roleNames();
        for (int role = IdRole; role < FirstModelSpecificRole; ++role) {
            const QByteArray name(roleName(role));
            if (!name.isEmpty())
                all.insert(role, name);
        }
        return all;
    }();
    return names;
}

} // namespace hangar::models
