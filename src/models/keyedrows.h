#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace hangar::models {

// The rows of a flat model, with an ID → row lookup kept current, so a delta finds its rows
// without scanning. Item must have a QString `id`.
template<typename Item>
class KeyedRows {
public:
    int size() const { return int(m_items.size()); }
    const Item &at(int row) const { return m_items.at(row); }
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    bool contains(const QString &id) const { return m_rows.contains(id); }
    const QList<Item> &items() const { return m_items; }

    void clear()
    {
        m_items.clear();
        m_rows.clear();
    }

    // Appends the items whose ID is not there yet; returns how many went in.
    int append(QList<Item> items)
    {
        int added = 0;
        for (Item &item : items) {
            if (m_rows.contains(item.id))
                continue;
            m_rows.insert(item.id, int(m_items.size()));
            m_items.append(std::move(item));
            ++added;
        }
        return added;
    }

    void replace(int row, Item item) { m_items[row] = std::move(item); }

    // Removes rows first..last. The ID lookup of the rows after them is stale until
    // reindexFrom(), so that removing several runs renumbers the rest only once.
    void removeWithoutReindex(int first, int last)
    {
        for (int row = first; row <= last; ++row)
            m_rows.remove(m_items.at(row).id);
        m_items.remove(first, last - first + 1);
    }

    void reindexFrom(int first)
    {
        for (int row = first; row < size(); ++row)
            m_rows[m_items.at(row).id] = row;
    }

private:
    QList<Item> m_items;
    QHash<QString, int> m_rows;
};

// Rows grouped into contiguous runs, last run first, so removing one never shifts the next.
inline QList<std::pair<int, int>> descendingRuns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, int>> runs;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const int last = rows[i];
        int first = last;
        while (i > 0 && rows[i - 1] == first - 1)
            first = rows[--i];
        runs.append({first, last});
    }
    return runs;
}

} // namespace hangar::models
