#pragma once

#include "gui/map/mapstyle.h"

#include <QDialog>
#include <QWidget>

class QAbstractItemModel;
class QDialogButtonBox;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace hangar::api {
struct RegionList;
}

namespace hangar::models {
class RegionSummaryModel;
}

namespace hangar::gui::map {

class MapLegend;
class MapWidget;
class RegionTableModel;

// Choosing a region for a new machine or volume: a map and a list side by side, kept in step.
// Type in the filter to narrow the list (Down moves into it, Enter picks); arrows move through
// the list; Enter or a double-click (in the list or on a marker) chooses. The list shows what
// you already have in each region, the capacity where the API gave one, and the flags;
// deprecated regions are shown but cannot be chosen unless setDeprecatedSelectable(true).
//
//     auto *picker = new map::RegionPicker(page);
//     picker->setModel(regionSummaryModel);   // MainWindow's, with your machines and volumes,
//     // or: picker->setRegionList(list);     // straight from ApiClient::regions()
//     picker->setCurrentRegion(regionSummaryModel->nearestRegion());
//     connect(picker, &map::RegionPicker::currentRegionChanged, page, ...);
class RegionPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPicker)

public:
    explicit RegionPicker(QWidget *parent = nullptr);
    ~RegionPicker() override;

    // Regions with the shared roles (a RegionSummaryModel); not owned.
    void setModel(QAbstractItemModel *regions);
    // Or a plain region list: the picker keeps its own summary of it (no machine counts) and
    // takes the capacities the list carries.
    void setRegionList(const api::RegionList &list);
    // Free machine capacity per region code (replaces what setRegionList found).
    void setCapacities(const QHash<QString, int> &capacities);
    void setStateColors(const StateColors &colors);
    void setDeprecatedSelectable(bool selectable);

    // The region picked so far ("" for none).
    QString currentRegion() const { return m_current; }
    // Picks a region if it is known and selectable; "" clears.
    void setCurrentRegion(const QString &code);

    MapWidget *map() const { return m_map; }
    QTreeView *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void currentRegionChanged(const QString &code);
    // Enter or a double-click on a selectable region: "this one".
    void regionChosen(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setCurrentFromList(const QModelIndex &proxyIndex);
    void chooseFromList(const QModelIndex &proxyIndex);
    void updateColumns();
    void selectInList(const QString &code);
    void applyFilter(const QString &text);

    MapWidget *m_map;
    MapLegend *m_legend;
    QLineEdit *m_filter;
    QTreeView *m_list;
    RegionTableModel *m_table;
    QSortFilterProxyModel *m_proxy;
    models::RegionSummaryModel *m_ownModel = nullptr;
    QString m_current;
};

// The picker in a dialog with OK and Cancel (OK only once a region is picked). Open it with
// open() and listen to regionSelected; nothing blocks.
class RegionPickerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPickerDialog)

public:
    explicit RegionPickerDialog(QWidget *parent = nullptr);
    ~RegionPickerDialog() override;

    RegionPicker *picker() const { return m_picker; }
    QString selectedRegion() const;

    void accept() override;

signals:
    // Emitted once, when the dialog is accepted.
    void regionSelected(const QString &code);

private:
    RegionPicker *m_picker;
    QDialogButtonBox *m_buttons;
    bool m_accepted = false;
};

} // namespace hangar::gui::map
