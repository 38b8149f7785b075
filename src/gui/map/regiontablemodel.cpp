#include "gui/map/regiontablemodel.h"

#include "gui/map/regionmarker.h"
#include "models/fleetlabels.h"
#include "models/modelroles.h"

#include <QGuiApplication>
#include <QPalette>

namespace hangar::gui::map {

RegionTableModel::RegionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RegionTableModel::~RegionTableModel() = default;

void RegionTableModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_source = source;
    if (m_source)
        connectSource();
    reloadRows();
    endResetModel();
}

void RegionTableModel::connectSource()
{
    QAbstractItemModel *source = m_source;
    // Structure passes through row for row; moves and layout changes (which a list model of
    // regions does not make) become resets.
    auto endReset = [this] {
        reloadRows();
        endResetModel();
    };
    m_connections = {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &RegionTableModel::beginResetModel),
        connect(source, &QAbstractItemModel::modelReset, this, endReset),
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); }),
        connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_rows.insert(row, markerFromSource(row));
                endInsertRows();
            }),
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); }),
        connect(source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                m_rows.remove(first, last - first + 1);
                endRemoveRows();
            }),
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
            &RegionTableModel::beginResetModel),
        connect(source, &QAbstractItemModel::rowsMoved, this, endReset),
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &RegionTableModel::beginResetModel),
        connect(source, &QAbstractItemModel::layoutChanged, this, endReset),
        connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    m_rows[row] = markerFromSource(row);
                emit dataChanged(
                    index(topLeft.row(), 0), index(bottomRight.row(), ColumnCount - 1));
            }),
        connect(source, &QObject::destroyed, this, [this] { setSourceModel(nullptr); }),
    };
}

void RegionTableModel::setCapacities(const QHash<QString, int> &capacities)
{
    m_capacities = capacities;
    for (RegionMarker &marker : m_rows)
        marker.capacity = capacityOf(marker.code);
    if (rowCount() > 0)
        emit dataChanged(index(0, CapacityColumn), index(rowCount() - 1, CapacityColumn));
}

void RegionTableModel::setDeprecatedEnabled(bool enabled)
{
    if (enabled == m_deprecatedEnabled)
        return;
    m_deprecatedEnabled = enabled;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RegionTableModel::regionCode(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

int RegionTableModel::rowOf(const QString &code) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (regionCode(row) == code)
            return row;
    }
    return -1;
}

RegionMarker RegionTableModel::marker(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : RegionMarker();
}

std::optional<int> RegionTableModel::capacityOf(const QString &code) const
{
    const auto capacity = m_capacities.constFind(code);
    return capacity == m_capacities.cend() ? std::nullopt : std::optional<int>(capacity.value());
}

RegionMarker RegionTableModel::markerFromSource(int row) const
{
    RegionMarker marker = RegionMarker::fromIndex(m_source->index(row, 0));
    marker.capacity = capacityOf(marker.code);
    return marker;
}

void RegionTableModel::reloadRows()
{
    m_rows.clear();
    const int rows = m_source ? m_source->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        m_rows.append(markerFromSource(row));
}

int RegionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionTableModel::rawValue(const RegionMarker &marker, int column) const
{
    using models::StateBucket;
    switch (column) {
    case CodeColumn:
        return marker.code;
    case NameColumn:
        return marker.name;
    case MachinesColumn:
        return marker.counts.machines();
    case StartedColumn:
        return marker.counts.machinesIn(StateBucket::Started);
    case StoppedColumn:
        return marker.counts.machinesIn(StateBucket::Stopped);
    case SuspendedColumn:
        return marker.counts.machinesIn(StateBucket::Suspended);
    case FailedColumn:
        return marker.counts.machinesIn(StateBucket::Failed);
    case VolumesColumn:
        return marker.counts.volumes;
    case VolumeGbColumn:
        return marker.counts.volumeGb;
    case CapacityColumn:
        return marker.capacity ? QVariant(*marker.capacity) : QVariant(-1);
    case NotesColumn:
        return markerNotes(marker);
    default:
        return {};
    }
}

QVariant RegionTableModel::displayValue(const RegionMarker &marker, int column) const
{
    switch (column) {
    case VolumeGbColumn:
        return marker.counts.volumes > 0 ? models::labels::gigabytes(marker.counts.volumeGb)
                                         : QString();
    case CapacityColumn:
        return marker.capacity ? QString::number(*marker.capacity) : QString();
    default:
        return rawValue(marker, column);
    }
}

QVariant RegionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegionMarker &region = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(region, index.column());
    case Qt::ToolTipRole:
        return markerToolTip(region, m_deprecatedEnabled || !region.deprecated);
    case Qt::TextAlignmentRole:
        if (index.column() >= MachinesColumn && index.column() <= CapacityColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case Qt::ForegroundRole:
        if (!region.hasResources())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case models::SortValueRole:
        return rawValue(region, index.column());
    case models::IdRole:
    case models::RegionRole:
        return region.code;
    case models::SearchTextRole:
        return QString(region.code + u' ' + region.name).toLower();
    default:
        return {};
    }
}

QVariant RegionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn:
            return tr("Code");
        case NameColumn:
            return tr("Region");
        case MachinesColumn:
            return tr("Machines");
        case StartedColumn:
            return tr("Started");
        case StoppedColumn:
            return tr("Stopped");
        case SuspendedColumn:
            return tr("Suspended");
        case FailedColumn:
            return tr("Failed");
        case VolumesColumn:
            return tr("Volumes");
        case VolumeGbColumn:
            return tr("Volume size");
        case CapacityColumn:
            return tr("Capacity");
        case NotesColumn:
            return tr("Notes");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == CapacityColumn)
        return tr("How many more machines the region can take, where the API says");
    if (role == Qt::TextAlignmentRole && section >= MachinesColumn && section <= CapacityColumn)
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    return {};
}

Qt::ItemFlags RegionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!m_deprecatedEnabled && m_rows.at(index.row()).deprecated)
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RegionTableModel::roleNames() const
{
    return models::sharedRoleNames();
}

} // namespace hangar::gui::map
