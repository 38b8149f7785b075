#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace hangar::models {
class RegionSummaryModel;
}

namespace hangar::gui {

namespace map {
class MapLegend;
class MapWidget;
class RegionTableModel;
} // namespace map

// The region overview: a world map of where your machines and volumes are, with a legend, and
// a sortable table of the same numbers below it for keyboard and screen-reader use. Map and
// table share one selection. Clicking a region on the map (or activating a table row) filters
// the fleet tree to it; clicking the sea shows everything again.
class RegionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionsPanel)

public:
    explicit RegionsPanel(models::RegionSummaryModel *regions, QWidget *parent = nullptr);
    ~RegionsPanel() override;

    map::MapWidget *map() const { return m_map; }
    QTreeView *table() const { return m_table; }

    // The region selected on the map and in the table ("" for none); setting it emits nothing
    // (e.g. to follow a filter set elsewhere).
    QString selectedRegion() const;
    void setSelectedRegion(const QString &code);
    // Free machine capacity per region code, where the API gave one (a Capacity column appears).
    void setCapacities(const QHash<QString, int> &capacities);

signals:
    // Filter the tree to this region; "" shows every region again.
    void regionActivated(const QString &code);

private:
    void updateSummary();
    void selectInTable(const QString &code);
    void tableCurrentChanged(const QModelIndex &current);

    models::RegionSummaryModel *m_regions;
    map::RegionTableModel *m_tableModel;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_summary;
    map::MapWidget *m_map;
    map::MapLegend *m_legend;
    QTreeView *m_table;
    QSplitter *m_splitter;
    bool m_syncing = false;
};

} // namespace hangar::gui
