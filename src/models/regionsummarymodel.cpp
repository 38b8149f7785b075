#include "models/regionsummarymodel.h"

#include "core/fleet/fleetrecords.h"
#include "models/deltarecords.h"
#include "models/fleetlabels.h"
#include "models/keyedrows.h"

#include <utility>

namespace hangar::models {

class RegionSummaryModel::CountChange {
public:
    CountChange(RegionSummaryModel &model, bool announceInserts)
        : m_model(model)
        , m_announceInserts(announceInserts)
    {
    }

    void addMachine(const MachinePlace &place, int sign)
    {
        if (FleetCounts *counts = touch(place.region))
            counts->addMachine(place.bucket, sign);
    }

    void addVolume(const VolumePlace &place, int sign)
    {
        if (FleetCounts *counts = touch(place.region))
            counts->addVolume(place.sizeGb, sign);
    }

    const QHash<QString, FleetCounts> &countsBefore() const { return m_before; }

private:
    FleetCounts *touch(const QString &code)
    {
        if (code.isEmpty())
            return nullptr;
        FleetCounts &counts = m_model.m_rows[m_model.rowFor(code, m_announceInserts)].counts;
        if (!m_before.contains(code))
            m_before.insert(code, counts);
        return &counts;
    }

    RegionSummaryModel &m_model;
    bool m_announceInserts;
    QHash<QString, FleetCounts> m_before;
};

RegionSummaryModel::RegionSummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

RegionSummaryModel::~RegionSummaryModel() = default;

void RegionSummaryModel::setRegions(const api::RegionList &regions)
{
    QStringList listedCodes;
    for (const RegionRow &row : std::as_const(m_rows)) {
        if (!row.region.isNull())
            listedCodes.append(row.code);
    }
    QStringList newCodes;
    for (const api::Region &region : regions.regions)
        newCodes.append(region.code());
    const QString previousNearest = std::exchange(m_nearest, regions.nearest);

    if (listedCodes == newCodes && !listedCodes.isEmpty()) {
        // Same regions: refresh their details in place.
        static const QList<int> detailRoles {Qt::DisplayRole, Qt::ToolTipRole, NameRole,
            RegionNameRole, LatitudeRole, LongitudeRole, GeoRegionRole, DeprecatedRole,
            GatewayAvailableRole, RequiresPaidPlanRole};
        for (int i = 0; i < regions.regions.size(); ++i) {
            RegionRow &row = m_rows[i];
            if (row.region == regions.regions.at(i))
                continue;
            row.region = regions.regions.at(i);
            emit dataChanged(index(i), index(i), detailRoles);
        }
        if (previousNearest != m_nearest) {
            for (const QString &code : {previousNearest, m_nearest}) {
                const QModelIndex changed = indexForRegion(code);
                if (changed.isValid())
                    emit dataChanged(changed, changed, {NearestRegionRole});
            }
        }
        return;
    }

    beginResetModel();
    m_rows.clear();
    m_rowByCode.clear();
    for (const api::Region &region : regions.regions) {
        if (region.code().isEmpty() || m_rowByCode.contains(region.code()))
            continue;
        m_rowByCode.insert(region.code(), int(m_rows.size()));
        m_rows.append(RegionRow {region.code(), region, {}});
    }
    CountChange recount(*this, false);
    for (const AccountPlaces &places : std::as_const(m_accounts))
        addPlaces(places, 1, recount);
    endResetModel();
}

void RegionSummaryModel::addAccount(const QString &accountId, const core::FleetSnapshot &snapshot)
{
    AccountPlaces places;
    for (const core::MachineRecord &record : snapshot.machines) {
        places.machines.insert(record.machine.id(),
            MachinePlace {record.machine.region(), stateBucket(record.machine.state())});
    }
    for (const core::VolumeRecord &record : snapshot.volumes) {
        places.volumes.insert(
            record.volume.id(), VolumePlace {record.volume.region(), record.volume.sizeGb()});
    }
    CountChange change(*this, true);
    addPlaces(m_accounts.value(accountId), -1, change);
    addPlaces(places, 1, change);
    m_accounts.insert(accountId, places);
    announce(change);
    removeEmptyUnlistedRows();
}

void RegionSummaryModel::removeAccount(const QString &accountId)
{
    if (!m_accounts.contains(accountId))
        return;
    CountChange change(*this, true);
    addPlaces(m_accounts.take(accountId), -1, change);
    announce(change);
    removeEmptyUnlistedRows();
}

void RegionSummaryModel::applyDelta(const QString &accountId, const core::FleetDelta &delta)
{
    AccountPlaces &places = m_accounts[accountId];
    CountChange change(*this, true);

    for (const QString &id : delta.machinesRemoved) {
        const auto it = places.machines.constFind(id);
        if (it == places.machines.cend())
            continue;
        change.addMachine(it.value(), -1);
        places.machines.erase(it);
    }
    for (const core::MachineRecord *record : newestMachines(delta)) {
        const MachinePlace place {record->machine.region(), stateBucket(record->machine.state())};
        const auto it = places.machines.constFind(record->machine.id());
        if (it != places.machines.cend()) {
            if (it.value().region == place.region && it.value().bucket == place.bucket)
                continue;
            change.addMachine(it.value(), -1);
        }
        change.addMachine(place, 1);
        places.machines.insert(record->machine.id(), place);
    }

    for (const QString &id : delta.volumesRemoved) {
        const auto it = places.volumes.constFind(id);
        if (it == places.volumes.cend())
            continue;
        change.addVolume(it.value(), -1);
        places.volumes.erase(it);
    }
    for (const core::VolumeRecord *record : newestVolumes(delta)) {
        const VolumePlace place {record->volume.region(), record->volume.sizeGb()};
        const auto it = places.volumes.constFind(record->volume.id());
        if (it != places.volumes.cend()) {
            if (it.value().region == place.region && it.value().sizeGb == place.sizeGb)
                continue;
            change.addVolume(it.value(), -1);
        }
        change.addVolume(place, 1);
        places.volumes.insert(record->volume.id(), place);
    }

    announce(change);
    removeEmptyUnlistedRows();
}

QModelIndex RegionSummaryModel::indexForRegion(const QString &code) const
{
    const int row = m_rowByCode.value(code, -1);
    return row < 0 ? QModelIndex() : index(row);
}

FleetCounts RegionSummaryModel::countsFor(const QString &code) const
{
    const int row = m_rowByCode.value(code, -1);
    return row < 0 ? FleetCounts() : m_rows.at(row).counts;
}

int RegionSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RegionSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegionRow &row = m_rows.at(index.row());
    const bool listed = !row.region.isNull();
    switch (role) {
    case Qt::DisplayRole:
        return label(row);
    case Qt::ToolTipRole:
        return QString(label(row) + u'\n' + labels::counts(row.counts));
    case IdRole:
    case RegionRole:
    case SortValueRole:
        return row.code;
    case NameRole:
    case RegionNameRole:
        return row.region.name();
    case KindRole:
        return int(NodeKind::Region);
    case LatitudeRole:
        return listed ? QVariant(row.region.latitude()) : QVariant();
    case LongitudeRole:
        return listed ? QVariant(row.region.longitude()) : QVariant();
    case GeoRegionRole:
        return row.region.geoRegion();
    case DeprecatedRole:
        return row.region.deprecated();
    case GatewayAvailableRole:
        return row.region.gatewayAvailable();
    case RequiresPaidPlanRole:
        return row.region.requiresPaidPlan();
    case NearestRegionRole:
        return !m_nearest.isEmpty() && row.code == m_nearest;
    default:
        return row.counts.roleValue(role);
    }
}

Qt::ItemFlags RegionSummaryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RegionSummaryModel::roleNames() const
{
    return sharedRoleNames();
}

void RegionSummaryModel::addPlaces(const AccountPlaces &places, int sign, CountChange &change)
{
    for (const MachinePlace &place : places.machines)
        change.addMachine(place, sign);
    for (const VolumePlace &place : places.volumes)
        change.addVolume(place, sign);
}

int RegionSummaryModel::rowFor(const QString &code, bool announceInsert)
{
    const int existing = m_rowByCode.value(code, -1);
    if (existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    if (announceInsert)
        beginInsertRows({}, row, row);
    m_rows.append(RegionRow {code, {}, {}});
    m_rowByCode.insert(code, row);
    if (announceInsert)
        endInsertRows();
    return row;
}

void RegionSummaryModel::announce(const CountChange &change)
{
    QList<int> roles = countRoles();
    roles.append(Qt::ToolTipRole);
    const QHash<QString, FleetCounts> &before = change.countsBefore();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const int row = m_rowByCode.value(it.key());
        if (m_rows.at(row).counts != it.value())
            emit dataChanged(index(row), index(row), roles);
    }
}

void RegionSummaryModel::removeEmptyUnlistedRows()
{
    QList<int> empty;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).region.isNull() && m_rows.at(row).counts == FleetCounts())
            empty.append(row);
    }
    if (empty.isEmpty())
        return;
    for (const auto &[first, last] : descendingRuns(empty)) {
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    m_rowByCode.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowByCode.insert(m_rows.at(row).code, row);
}

QString RegionSummaryModel::label(const RegionRow &row) const
{
    return labels::region(row.code, row.region.name());
}

} // namespace hangar::models
