#pragma once

#include "core/transfer/transferscripts.h"

#include <QAbstractTableModel>

namespace hangar::gui {

// One folder of a volume: name, size, modified, type. Raw values are under the roles from
// Qt::UserRole, for sorting (folders first) and for the view's actions.
class RemoteFilesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteFilesModel)

public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, TypeColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole,
        SizeRole,
        ModifiedRole, // seconds since the epoch
        IsDirectoryRole,
        SortRole, // folders before files, then by the column's raw value
    };

    explicit RemoteFilesModel(QObject *parent = nullptr);
    ~RemoteFilesModel() override;

    void setEntries(const QList<core::scripts::RemoteEntry> &entries);
    const core::scripts::RemoteEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<core::scripts::RemoteEntry> m_entries;
};

} // namespace hangar::gui
