#pragma once

#include "gui/map/regionmarker.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace hangar::gui::map {

// The region list as a table: one row per row of a region model (RegionSummaryModel's shared
// roles), one column per number the map shows, so keyboard and screen-reader users get the
// same facts as the map. Follows the source row for row (inserts, removals, resets and
// dataChanged pass through). Every cell answers models::SortValueRole (the raw value, for a
// sorting proxy), models::IdRole (the region code) and models::SearchTextRole (code and name).
class RegionTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionTableModel)

public:
    enum Column {
        CodeColumn,
        NameColumn,
        MachinesColumn,
        StartedColumn,
        StoppedColumn,
        SuspendedColumn,
        FailedColumn,
        VolumesColumn,
        VolumeGbColumn,
        CapacityColumn,
        NotesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RegionTableModel(QObject *parent = nullptr);
    ~RegionTableModel() override;

    void setSourceModel(QAbstractItemModel *source);
    QAbstractItemModel *sourceModel() const { return m_source; }
    void setCapacities(const QHash<QString, int> &capacities);
    bool hasCapacities() const { return !m_capacities.isEmpty(); }
    // Off in a region picker: deprecated rows are shown but disabled.
    void setDeprecatedEnabled(bool enabled);

    QString regionCode(int row) const;
    int rowOf(const QString &code) const;
    RegionMarker marker(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant rawValue(const RegionMarker &marker, int column) const;
    QVariant displayValue(const RegionMarker &marker, int column) const;
    std::optional<int> capacityOf(const QString &code) const;
    RegionMarker markerFromSource(int row) const;
    void reloadRows();
    void connectSource();

    QPointer<QAbstractItemModel> m_source;
    QList<RegionMarker> m_rows; // the source's rows, read once per change
    QList<QMetaObject::Connection> m_connections;
    QHash<QString, int> m_capacities;
    bool m_deprecatedEnabled = true;
};

} // namespace hangar::gui::map
