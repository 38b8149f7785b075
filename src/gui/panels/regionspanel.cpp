#include "gui/panels/regionspanel.h"

#include "gui/map/maplegend.h"
#include "gui/map/mapwidget.h"
#include "gui/map/regiontablemodel.h"
#include "gui/widgets/statebadge.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace hangar::gui {

namespace {

// The app's state colours (StateBadge) on the map too.
map::StateColors appStateColors()
{
    return {StateBadge::colorFor(QStringLiteral("started")),
        StateBadge::colorFor(QStringLiteral("stopped")),
        StateBadge::colorFor(QStringLiteral("suspended")),
        StateBadge::colorFor(QStringLiteral("failed")),
        StateBadge::colorFor(QStringLiteral("starting"))};
}

} // namespace

RegionsPanel::RegionsPanel(models::RegionSummaryModel *regions, QWidget *parent)
    : QWidget(parent)
    , m_regions(regions)
    , m_tableModel(new map::RegionTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_map(new map::MapWidget(this))
    , m_legend(new map::MapLegend(this))
    , m_table(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("regionsPanel"));
    auto *title = new QLabel(tr("Regions"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("regionsSummary"));
    m_summary->setWordWrap(true);

    m_map->setModel(m_regions);
    m_map->setStateColors(appStateColors());
    m_legend->setStateColors(appStateColors());

    m_tableModel->setSourceModel(m_regions);
    m_sorted->setSourceModel(m_tableModel);
    m_sorted->setSortRole(models::SortValueRole);
    m_table->setObjectName(QStringLiteral("regionsTable"));
    m_table->setAccessibleName(tr("Regions table"));
    m_table->setModel(m_sorted);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(map::RegionTableModel::MachinesColumn, Qt::DescendingOrder);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_table->setColumnHidden(map::RegionTableModel::CapacityColumn, true);

    // The map and its legend share the upper pane; the table the lower.
    auto *mapPane = new QWidget(m_splitter);
    auto *mapLayout = new QVBoxLayout(mapPane);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_map, 1);
    mapLayout->addWidget(m_legend);
    m_splitter->setObjectName(QStringLiteral("regionsSplitter"));
    m_splitter->addWidget(mapPane);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_map, &map::MapWidget::regionClicked, this, &RegionsPanel::regionActivated);
    connect(m_map, &map::MapWidget::selectedRegionChanged, this, &RegionsPanel::selectInTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RegionsPanel::tableCurrentChanged);
    connect(m_table, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit regionActivated(index.data(models::IdRole).toString());
    });
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &RegionsPanel::updateSummary);
    connect(m_tableModel, &QAbstractItemModel::rowsInserted, this, &RegionsPanel::updateSummary);
    connect(m_tableModel, &QAbstractItemModel::rowsRemoved, this, &RegionsPanel::updateSummary);
    connect(m_tableModel, &QAbstractItemModel::dataChanged, this, &RegionsPanel::updateSummary);
    updateSummary();
}

RegionsPanel::~RegionsPanel() = default;

QString RegionsPanel::selectedRegion() const
{
    return m_map->selectedRegion();
}

void RegionsPanel::setSelectedRegion(const QString &code)
{
    m_map->setSelectedRegion(code);
}

void RegionsPanel::setCapacities(const QHash<QString, int> &capacities)
{
    m_map->setCapacities(capacities);
    m_tableModel->setCapacities(capacities);
    m_table->setColumnHidden(map::RegionTableModel::CapacityColumn, capacities.isEmpty());
}

void RegionsPanel::updateSummary()
{
    int used = 0;
    for (int row = 0; row < m_tableModel->rowCount(); ++row)
        used += m_tableModel->marker(row).hasResources() ? 1 : 0;
    m_summary->setText(
        tr("You have machines or volumes in %n of %1 region(s). Click a region to show only it "
           "in the tree, double-click to zoom in, drag to move the map.",
            nullptr, used)
            .arg(m_tableModel->rowCount()));
}

void RegionsPanel::selectInTable(const QString &code)
{
    if (std::exchange(m_syncing, true))
        return;
    if (code.isEmpty()) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index =
            m_sorted->mapFromSource(m_tableModel->index(m_tableModel->rowOf(code), 0));
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    }
    m_syncing = false;
}

void RegionsPanel::tableCurrentChanged(const QModelIndex &current)
{
    if (std::exchange(m_syncing, true))
        return;
    m_map->setSelectedRegion(current.data(models::IdRole).toString());
    m_syncing = false;
}

} // namespace hangar::gui
