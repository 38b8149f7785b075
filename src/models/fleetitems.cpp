#include "models/fleetitems.h"

#include "core/fleet/fleetrecords.h"
#include "core/fleet/helpertags.h"
#include "models/modelroles.h"

namespace hangar::models {

using namespace Qt::StringLiterals;

namespace {

// Lower-case words joined by newlines, so that a term (which never holds whitespace) cannot
// match across two fields.
QString searchTextOf(std::initializer_list<QString> fields)
{
    QString text;
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        if (!text.isEmpty())
            text += u'\n';
        text += field.toLower();
    }
    return text;
}

QVariantMap toVariantMap(const QMap<QString, QString> &map)
{
    QVariantMap variants;
    for (auto it = map.begin(); it != map.end(); ++it)
        variants.insert(it.key(), it.value());
    return variants;
}

// The worst result among the machine's real health checks.
QString worstCheckStatus(const QList<api::CheckStatus> &checks)
{
    int worst = -1;
    static const QString kStatuses[] = {u"passing"_s, u"warning"_s, u"critical"_s};
    for (const api::CheckStatus &check : checks) {
        if (check.isCompatibilityPlaceholder())
            continue;
        for (int i = 2; i > worst; --i) {
            if (check.status() == kStatuses[i]) {
                worst = i;
                break;
            }
        }
    }
    return worst < 0 ? QString() : kStatuses[worst];
}

template<typename Value>
void compareField(QList<int> &roles, int role, const Value &before, const Value &after)
{
    if (before != after)
        roles.append(role);
}

} // namespace

MachineItem MachineItem::fromRecord(const core::MachineRecord &record)
{
    const api::Machine &machine = record.machine;
    const api::MachineConfig config = machine.config();
    const api::GuestConfig guest = config.guest();
    MachineItem item;
    item.id = machine.id();
    item.name = machine.name();
    item.state = machine.state();
    item.region = machine.region();
    item.appName = record.appName;
    item.image = config.image();
    if (item.image.isEmpty()) {
        const api::ImageRef ref = machine.imageRef();
        if (!ref.repository().isEmpty())
            item.image = ref.tag().isEmpty() ? ref.repository()
                                             : QString(ref.repository() + u':' + ref.tag());
    }
    item.privateIp = machine.privateIp();
    item.cpuKind = guest.cpuKind();
    item.cpus = guest.cpus();
    item.memoryMb = guest.memoryMb();
    item.sizePreset = guest.presetName();
    item.metadata = toVariantMap(config.metadata());
    item.createdAt = machine.createdAt();
    item.updatedAt = machine.updatedAt();
    item.cordoned = machine.cordoned();
    item.health = worstCheckStatus(machine.checks());
    item.searchText = searchTextOf({item.name, item.id, item.image, item.state, item.region});
    return item;
}

bool MachineItem::isCopyHelper() const
{
    return metadata.contains(QLatin1String(core::helpers::kHelperKey));
}

QVariant MachineItem::roleValue(int role) const
{
    switch (role) {
    case IdRole:
        return id;
    case KindRole:
        return int(NodeKind::Machine);
    case NameRole:
        return displayName();
    case StateRole:
        return state;
    case RegionRole:
        return region;
    case AppNameRole:
        return appName;
    case ImageRole:
        return image;
    case PrivateIpRole:
        return privateIp;
    case CpuKindRole:
        return cpuKind;
    case CpusRole:
        return cpus;
    case MemoryMbRole:
        return memoryMb;
    case SizePresetRole:
        return sizePreset;
    case MetadataRole:
        return metadata;
    case CreatedAtRole:
        return createdAt;
    case UpdatedAtRole:
        return updatedAt;
    case CordonedRole:
        return cordoned;
    case HealthRole:
        return health;
    case SearchTextRole:
        return searchText;
    default:
        return {};
    }
}

QList<int> MachineItem::changedRoles(const MachineItem &before, const MachineItem &after)
{
    QList<int> roles;
    compareField(roles, NameRole, before.displayName(), after.displayName());
    compareField(roles, StateRole, before.state, after.state);
    compareField(roles, RegionRole, before.region, after.region);
    compareField(roles, AppNameRole, before.appName, after.appName);
    compareField(roles, ImageRole, before.image, after.image);
    compareField(roles, PrivateIpRole, before.privateIp, after.privateIp);
    compareField(roles, CpuKindRole, before.cpuKind, after.cpuKind);
    compareField(roles, CpusRole, before.cpus, after.cpus);
    compareField(roles, MemoryMbRole, before.memoryMb, after.memoryMb);
    compareField(roles, SizePresetRole, before.sizePreset, after.sizePreset);
    compareField(roles, MetadataRole, before.metadata, after.metadata);
    compareField(roles, CreatedAtRole, before.createdAt, after.createdAt);
    compareField(roles, UpdatedAtRole, before.updatedAt, after.updatedAt);
    compareField(roles, CordonedRole, before.cordoned, after.cordoned);
    compareField(roles, HealthRole, before.health, after.health);
    compareField(roles, SearchTextRole, before.searchText, after.searchText);
    return roles;
}

VolumeItem VolumeItem::fromRecord(const core::VolumeRecord &record)
{
    const api::Volume &volume = record.volume;
    VolumeItem item;
    item.id = volume.id();
    item.name = volume.name();
    item.state = volume.state();
    item.region = volume.region();
    item.appName = record.appName;
    item.zone = volume.zone();
    item.sizeGb = volume.sizeGb();
    item.encrypted = volume.encrypted();
    item.attachedMachineId = volume.attachedMachineId();
    item.createdAt = volume.createdAt();
    item.searchText = searchTextOf(
        {item.name, item.id, item.state, item.region, item.zone, item.attachedMachineId});
    return item;
}

QVariant VolumeItem::roleValue(int role) const
{
    switch (role) {
    case IdRole:
        return id;
    case KindRole:
        return int(NodeKind::Volume);
    case NameRole:
        return displayName();
    case StateRole:
        return state;
    case RegionRole:
        return region;
    case AppNameRole:
        return appName;
    case ZoneRole:
        return zone;
    case SizeGbRole:
        return sizeGb;
    case EncryptedRole:
        return encrypted;
    case AttachedMachineIdRole:
        return attachedMachineId;
    case CreatedAtRole:
        return createdAt;
    case SearchTextRole:
        return searchText;
    default:
        return {};
    }
}

QList<int> VolumeItem::changedRoles(const VolumeItem &before, const VolumeItem &after)
{
    QList<int> roles;
    compareField(roles, NameRole, before.displayName(), after.displayName());
    compareField(roles, StateRole, before.state, after.state);
    compareField(roles, RegionRole, before.region, after.region);
    compareField(roles, AppNameRole, before.appName, after.appName);
    compareField(roles, ZoneRole, before.zone, after.zone);
    compareField(roles, SizeGbRole, before.sizeGb, after.sizeGb);
    compareField(roles, EncryptedRole, before.encrypted, after.encrypted);
    compareField(roles, AttachedMachineIdRole, before.attachedMachineId, after.attachedMachineId);
    compareField(roles, CreatedAtRole, before.createdAt, after.createdAt);
    compareField(roles, SearchTextRole, before.searchText, after.searchText);
    return roles;
}

AppItem AppItem::fromApp(const api::App &app)
{
    return AppItem {app.name(), app.status(), app.organization().slug()};
}

QVariant AppItem::roleValue(int role) const
{
    switch (role) {
    case IdRole:
    case NameRole:
    case AppNameRole:
        return name;
    case KindRole:
        return int(NodeKind::App);
    case AppStatusRole:
        return status;
    case OrganizationRole:
        return organization;
    default:
        return {};
    }
}

QList<int> AppItem::changedRoles(const AppItem &before, const AppItem &after)
{
    QList<int> roles;
    compareField(roles, AppStatusRole, before.status, after.status);
    compareField(roles, OrganizationRole, before.organization, after.organization);
    return roles;
}

} // namespace hangar::models
