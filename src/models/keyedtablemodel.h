#pragma once

#include "models/keyedrows.h"
#include "models/modelroles.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace hangar::models {

// What the flat fleet tables (machines, volumes) share: rows kept by ID, and the exact
// notifications of a delta: one removal per contiguous run of rows, one insert for everything
// new, one dataChanged per changed row spanning every column. Subclasses say what a row shows.
template<typename Item>
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows.size();
    }

protected:
    // The text of `column` for `item`, as Qt::DisplayRole shows it.
    virtual QVariant displayValue(const Item &item, int column) const = 0;

    void removeIds(const QStringList &ids)
    {
        QList<int> rows;
        for (const QString &id : ids) {
            const int row = m_rows.rowOf(id);
            if (row >= 0)
                rows.append(row);
        }
        const QList<std::pair<int, int>> runs = descendingRuns(rows);
        for (const auto &[first, last] : runs) {
            beginRemoveRows({}, first, last);
            m_rows.removeWithoutReindex(first, last);
            endRemoveRows();
        }
        if (!runs.isEmpty())
            m_rows.reindexFrom(runs.last().first);
    }

    // Puts `item` in place of `row`'s. `roles` are the raw roles that changed; the display,
    // tooltip and sort roles join them when the text of a column changes.
    void replaceRow(int row, Item item, QList<int> roles)
    {
        const int columns = columnCount({});
        bool visible = false;
        for (int column = 0; column < columns && !visible; ++column)
            visible = displayValue(m_rows.at(row), column) != displayValue(item, column);
        if (visible)
            roles << Qt::DisplayRole << Qt::ToolTipRole << SortValueRole;
        m_rows.replace(row, std::move(item));
        emit dataChanged(index(row, 0), index(row, columns - 1), roles);
    }

    void appendRows(QList<Item> items)
    {
        if (items.isEmpty())
            return;
        const int first = m_rows.size();
        beginInsertRows({}, first, first + int(items.size()) - 1);
        m_rows.append(std::move(items));
        endInsertRows();
    }

    KeyedRows<Item> m_rows;
};

} // namespace hangar::models
