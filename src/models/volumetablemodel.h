#pragma once

#include "models/fleetitems.h"
#include "models/keyedtablemodel.h"

namespace hangar::core {
struct FleetDelta;
struct FleetSnapshot;
} // namespace hangar::core

namespace hangar::models {

// One row per volume of one app, or of a whole account, updated incrementally like
// MachineTableModel. "Attached to" shows the machine's name when the fleet knows it; a renamed
// or vanished machine changes that cell (one dataChanged per affected volume row).
class VolumeTableModel final : public KeyedTableModel<VolumeItem> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTableModel)

public:
    enum Column {
        NameColumn,
        StateColumn,
        SizeColumn,
        RegionColumn,
        ZoneColumn,
        AttachedToColumn,
        CreatedColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit VolumeTableModel(QObject *parent = nullptr);
    ~VolumeTableModel() override;

    // The volumes of `appName`, or of every app when it is empty; resets the model.
    void setSnapshot(const core::FleetSnapshot &snapshot, const QString &appName = {});
    void applyDelta(const core::FleetDelta &delta);
    void clear();
    QString appName() const { return m_appName; }

    QModelIndex indexForVolume(const QString &volumeId, int column = NameColumn) const;
    QString volumeIdAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool inScope(const QString &appName) const;
    QString attachedName(const VolumeItem &volume) const;
    QVariant displayValue(const VolumeItem &volume, int column) const override;
    QVariant sortValue(const VolumeItem &volume, int column) const;
    void updateMachineNames(const core::FleetDelta &delta);

    QHash<QString, QString> m_machineNames; // machine ID → display name, for "Attached to"
    QString m_appName;
};

} // namespace hangar::models
