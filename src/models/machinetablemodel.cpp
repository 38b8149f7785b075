#include "models/machinetablemodel.h"

#include "core/fleet/fleetrecords.h"
#include "models/deltarecords.h"
#include "models/fleetlabels.h"
#include "models/modelroles.h"

#include <QSet>

namespace hangar::models {

MachineTableModel::MachineTableModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

MachineTableModel::~MachineTableModel() = default;

void MachineTableModel::setSnapshot(const core::FleetSnapshot &snapshot, const QString &appName)
{
    beginResetModel();
    m_appName = appName;
    m_rows.clear();
    QList<MachineItem> items;
    items.reserve(snapshot.machines.size());
    for (const core::MachineRecord &record : snapshot.machines) {
        if (inScope(record.appName))
            items.append(MachineItem::fromRecord(record));
    }
    m_rows.append(std::move(items));
    endResetModel();
}

void MachineTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void MachineTableModel::applyDelta(const core::FleetDelta &delta)
{
    const QSet<QString> removed(delta.machinesRemoved.begin(), delta.machinesRemoved.end());
    removeIds(delta.machinesRemoved);

    QList<MachineItem> added;
    const auto apply = [&](const core::MachineRecord &record) {
        if (!inScope(record.appName))
            return;
        MachineItem item = MachineItem::fromRecord(record);
        if (item.id.isEmpty() || removed.contains(item.id))
            return;
        const int row = m_rows.rowOf(item.id);
        if (row < 0) {
            added.append(std::move(item));
            return;
        }
        QList<int> roles = MachineItem::changedRoles(m_rows.at(row), item);
        if (roles.isEmpty())
            return;
        replaceRow(row, std::move(item), std::move(roles));
    };
    for (const core::MachineRecord *record : newestMachines(delta))
        apply(*record);
    appendRows(std::move(added));
}

QModelIndex MachineTableModel::indexForMachine(const QString &machineId, int column) const
{
    const int row = m_rows.rowOf(machineId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString MachineTableModel::machineIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int MachineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MachineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MachineItem &machine = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(machine, index.column());
    case Qt::ToolTipRole:
        return labels::machineToolTip(machine);
    case SortValueRole:
        return sortValue(machine, index.column());
    default:
        return machine.roleValue(role);
    }
}

QVariant MachineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case RegionColumn:
        return tr("Region");
    case ImageColumn:
        return tr("Image");
    case SizeColumn:
        return tr("Size");
    case PrivateIpColumn:
        return tr("Private IP");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

Qt::ItemFlags MachineTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> MachineTableModel::roleNames() const
{
    return sharedRoleNames();
}

bool MachineTableModel::inScope(const QString &appName) const
{
    return m_appName.isEmpty() || appName == m_appName;
}

QVariant MachineTableModel::displayValue(const MachineItem &machine, int column) const
{
    switch (column) {
    case NameColumn:
        return labels::machineTitle(machine);
    case StateColumn:
        return machine.cordoned ? tr("%1 (cordoned)").arg(machine.state) : machine.state;
    case RegionColumn:
        return machine.region;
    case ImageColumn:
        return machine.image;
    case SizeColumn:
        return labels::machineSize(machine);
    case PrivateIpColumn:
        return machine.privateIp;
    case UpdatedColumn:
        return labels::dateTime(machine.updatedAt);
    default:
        return {};
    }
}

QVariant MachineTableModel::sortValue(const MachineItem &machine, int column)
{
    switch (column) {
    case NameColumn:
        return machine.displayName();
    case StateColumn:
        return machine.state;
    case RegionColumn:
        return machine.region;
    case ImageColumn:
        return machine.image;
    case SizeColumn:
        // Memory first, CPUs to break ties: what "bigger" means to most users.
        return qlonglong(machine.memoryMb) * 1000 + machine.cpus;
    case PrivateIpColumn:
        return machine.privateIp;
    case UpdatedColumn:
        return machine.updatedAt;
    default:
        return {};
    }
}

} // namespace hangar::models
