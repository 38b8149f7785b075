#pragma once

#include "models/fleetitems.h"
#include "models/keyedtablemodel.h"

namespace hangar::core {
struct FleetDelta;
struct FleetSnapshot;
} // namespace hangar::core

namespace hangar::models {

// One row per machine of one app, or of a whole account. Fed from a snapshot, then from deltas
// as exact inserts (new machines are appended in one batch), removals (one per contiguous run)
// and one dataChanged per changed row, spanning every column, with the roles that changed.
// Raw values come through the shared roles on any column; SortValueRole is the column's raw
// value (name, state, region, image, memory MB, private IP, updated-at).
class MachineTableModel final : public KeyedTableModel<MachineItem> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineTableModel)

public:
    enum Column {
        NameColumn,
        StateColumn,
        RegionColumn,
        ImageColumn,
        SizeColumn,
        PrivateIpColumn,
        UpdatedColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit MachineTableModel(QObject *parent = nullptr);
    ~MachineTableModel() override;

    // The machines of `appName`, or of every app when it is empty; resets the model.
    void setSnapshot(const core::FleetSnapshot &snapshot, const QString &appName = {});
    void applyDelta(const core::FleetDelta &delta);
    void clear();
    QString appName() const { return m_appName; }

    QModelIndex indexForMachine(const QString &machineId, int column = NameColumn) const;
    QString machineIdAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool inScope(const QString &appName) const;
    QVariant displayValue(const MachineItem &machine, int column) const override;
    static QVariant sortValue(const MachineItem &machine, int column);

    QString m_appName;
};

} // namespace hangar::models
