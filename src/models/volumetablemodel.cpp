#include "models/volumetablemodel.h"

#include "core/fleet/fleetrecords.h"
#include "models/deltarecords.h"
#include "models/fleetlabels.h"
#include "models/modelroles.h"

#include <QSet>

namespace hangar::models {

VolumeTableModel::VolumeTableModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

VolumeTableModel::~VolumeTableModel() = default;

void VolumeTableModel::setSnapshot(const core::FleetSnapshot &snapshot, const QString &appName)
{
    beginResetModel();
    m_appName = appName;
    m_rows.clear();
    m_machineNames.clear();
    for (const core::MachineRecord &record : snapshot.machines) {
        const QString name = record.machine.name();
        m_machineNames.insert(record.machine.id(), name.isEmpty() ? record.machine.id() : name);
    }
    QList<VolumeItem> items;
    items.reserve(snapshot.volumes.size());
    for (const core::VolumeRecord &record : snapshot.volumes) {
        if (inScope(record.appName))
            items.append(VolumeItem::fromRecord(record));
    }
    m_rows.append(std::move(items));
    endResetModel();
}

void VolumeTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_machineNames.clear();
    endResetModel();
}

void VolumeTableModel::applyDelta(const core::FleetDelta &delta)
{
    const QSet<QString> removed(delta.volumesRemoved.begin(), delta.volumesRemoved.end());
    removeIds(delta.volumesRemoved);

    updateMachineNames(delta);

    QList<VolumeItem> added;
    const auto apply = [&](const core::VolumeRecord &record) {
        if (!inScope(record.appName))
            return;
        VolumeItem item = VolumeItem::fromRecord(record);
        if (item.id.isEmpty() || removed.contains(item.id))
            return;
        const int row = m_rows.rowOf(item.id);
        if (row < 0) {
            added.append(std::move(item));
            return;
        }
        QList<int> roles = VolumeItem::changedRoles(m_rows.at(row), item);
        if (roles.isEmpty())
            return;
        if (roles.contains(AttachedMachineIdRole))
            roles << AttachedMachineNameRole;
        replaceRow(row, std::move(item), std::move(roles));
    };
    for (const core::VolumeRecord *record : newestVolumes(delta))
        apply(*record);
    appendRows(std::move(added));
}

void VolumeTableModel::updateMachineNames(const core::FleetDelta &delta)
{
    QSet<QString> renamed;
    const auto setName = [&](const QString &id, const QString &name) {
        const auto it = m_machineNames.constFind(id);
        if (it != m_machineNames.cend() && it.value() == name)
            return;
        if (name.isNull())
            m_machineNames.remove(id);
        else
            m_machineNames.insert(id, name);
        renamed.insert(id);
    };
    for (const QString &id : delta.machinesRemoved)
        setName(id, {});
    for (const auto *records : {&delta.machinesAdded, &delta.machinesChanged}) {
        for (const core::MachineRecord &record : *records) {
            const QString name = record.machine.name();
            setName(record.machine.id(), name.isEmpty() ? record.machine.id() : name);
        }
    }
    if (renamed.isEmpty())
        return;
    const QList<int> roles {
        AttachedMachineNameRole, Qt::DisplayRole, Qt::ToolTipRole, SortValueRole};
    for (int row = 0; row < m_rows.size(); ++row) {
        if (renamed.contains(m_rows.at(row).attachedMachineId))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
    }
}

QModelIndex VolumeTableModel::indexForVolume(const QString &volumeId, int column) const
{
    const int row = m_rows.rowOf(volumeId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString VolumeTableModel::volumeIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int VolumeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolumeItem &volume = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(volume, index.column());
    case Qt::ToolTipRole:
        return labels::volumeToolTip(volume, attachedName(volume));
    case SortValueRole:
        return sortValue(volume, index.column());
    case AttachedMachineNameRole:
        return attachedName(volume);
    default:
        return volume.roleValue(role);
    }
}

QVariant VolumeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case SizeColumn:
        return tr("Size");
    case RegionColumn:
        return tr("Region");
    case ZoneColumn:
        return tr("Zone");
    case AttachedToColumn:
        return tr("Attached to");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

Qt::ItemFlags VolumeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> VolumeTableModel::roleNames() const
{
    return sharedRoleNames();
}

bool VolumeTableModel::inScope(const QString &appName) const
{
    return m_appName.isEmpty() || appName == m_appName;
}

QString VolumeTableModel::attachedName(const VolumeItem &volume) const
{
    if (volume.attachedMachineId.isEmpty())
        return {};
    return m_machineNames.value(volume.attachedMachineId);
}

QVariant VolumeTableModel::displayValue(const VolumeItem &volume, int column) const
{
    switch (column) {
    case NameColumn:
        return volume.displayName();
    case StateColumn:
        return volume.state;
    case SizeColumn:
        return labels::gigabytes(volume.sizeGb);
    case RegionColumn:
        return volume.region;
    case ZoneColumn:
        return volume.zone;
    case AttachedToColumn: {
        const QString name = attachedName(volume);
        return name.isEmpty() ? volume.attachedMachineId : name;
    }
    case CreatedColumn:
        return labels::dateTime(volume.createdAt);
    default:
        return {};
    }
}

QVariant VolumeTableModel::sortValue(const VolumeItem &volume, int column) const
{
    switch (column) {
    case SizeColumn:
        return volume.sizeGb;
    case CreatedColumn:
        return volume.createdAt;
    default:
        return displayValue(volume, column);
    }
}

} // namespace hangar::models
