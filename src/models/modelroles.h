#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

namespace hangar::models {

// Roles shared by every Hangar model: raw values start at Qt::UserRole so proxies sort and
// filter on data, never on display text. A model answers the roles that make sense for its rows
// and an invalid QVariant for the others.
enum ModelRole : int {
    IdRole =
        Qt::UserRole + 1, // QString: machine/volume/event ID, app name, region code, account ID
    KindRole, // int: a NodeKind
    NameRole, // QString: the name a user knows the row by
    StateRole, // QString: the API's raw state ("started", "created", ...)
    RegionRole, // QString: region code
    AppNameRole, // QString
    AccountIdRole, // QString
    ImageRole, // QString: config.image
    PrivateIpRole, // QString
    CpuKindRole, // QString: "shared", "performance" (or "" on old machines)
    CpusRole, // int
    MemoryMbRole, // int
    SizePresetRole, // QString: "shared-cpu-1x", ... or "" for a custom size
    SizeGbRole, // int: volume size
    ZoneRole, // QString: volume zone
    EncryptedRole, // bool
    AttachedMachineIdRole, // QString: "" when the volume is free
    AttachedMachineNameRole, // QString: the attached machine's name, when known
    MetadataRole, // QVariantMap: config.metadata (string values)
    CreatedAtRole, // QDateTime (UTC)
    UpdatedAtRole, // QDateTime (UTC)
    CordonedRole, // bool
    HealthRole, // QString: worst check status ("passing", "warning", "critical") or ""
    RegionNameRole, // QString: "London, United Kingdom" when the region list is known
    AppStatusRole, // QString: the app's status ("deployed", "suspended", ...)
    OrganizationRole, // QString: org slug
    MachineCountRole, // int: machines below an app, region or account
    StartedCountRole, // int
    StoppedCountRole, // int
    SuspendedCountRole, // int
    FailedCountRole, // int
    OtherStateCountRole, // int: machines in any other (mostly transitional) state
    MachineStateCountsRole, // QVariantMap: {"started": n, "stopped": n, ...}
    VolumeCountRole, // int
    VolumeTotalGbRole, // qlonglong
    LatitudeRole, // double
    LongitudeRole, // double
    GeoRegionRole, // QString: "europe", "north_america", ...
    DeprecatedRole, // bool
    GatewayAvailableRole, // bool
    RequiresPaidPlanRole, // bool
    NearestRegionRole, // bool: the region the API says is closest to the user
    EventTypeRole, // QString: "launch", "start", "exit", ...
    EventSourceRole, // QString: "user", "flyd", ...
    TimestampRole, // QDateTime (UTC)
    ExitCodeRole, // int, or invalid when the event is not an exit
    SearchTextRole, // QString: lower-case words a plain filter term is matched against
    SortValueRole, // the raw value a column sorts by (QString, int, qlonglong, QDateTime, ...)
    FirstModelSpecificRole = Qt::UserRole + 100,
};

// What a row of the fleet models stands for (KindRole). Proxies sort containers before leaves
// in this order.
enum class NodeKind : int {
    Account,
    App,
    Region,
    Machine,
    Volume,
    Event,
};

// The roles that carry per-state machine counts and volume totals (app, region, account rows).
enum class StateBucket : int {
    Started,
    Stopped,
    Suspended,
    Failed,
    Other,
};

// A stable, untranslated name for a role, used in roleNames(), debug output and tests.
const char *roleName(int role);

// Qt's default role names plus every ModelRole, for QAbstractItemModel::roleNames().
QHash<int, QByteArray> sharedRoleNames();

} // namespace hangar::models
