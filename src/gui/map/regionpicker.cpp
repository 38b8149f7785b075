#include "gui/map/regionpicker.h"

#include "api/values/region.h"
#include "gui/map/maplegend.h"
#include "gui/map/mapwidget.h"
#include "gui/map/regiontablemodel.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace hangar::gui::map {

RegionPicker::RegionPicker(QWidget *parent)
    : QWidget(parent)
    , m_map(new MapWidget(this))
    , m_legend(new MapLegend(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_table(new RegionTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("regionPicker"));
    m_map->setDeprecatedSelectable(false);
    m_table->setDeprecatedEnabled(false);
    m_legend->setDeprecatedShown(true);

    m_filter->setObjectName(QStringLiteral("regionPickerFilter"));
    m_filter->setPlaceholderText(tr("Find a region by code or city"));
    m_filter->setAccessibleName(tr("Find a region"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(models::SortValueRole);
    m_proxy->setFilterRole(models::SearchTextRole);
    m_proxy->setFilterKeyColumn(RegionTableModel::CodeColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_list->setObjectName(QStringLiteral("regionPickerList"));
    m_list->setAccessibleName(tr("Regions"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(RegionTableModel::NameColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    updateColumns();

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { setCurrentFromList(current); });
    connect(m_list, &QTreeView::activated, this, &RegionPicker::chooseFromList);
    connect(m_map, &MapWidget::selectedRegionChanged, this, &RegionPicker::setCurrentRegion);
    connect(m_map, &MapWidget::regionDoubleClicked, this, [this](const QString &code) {
        if (!code.isEmpty() && m_map->isSelectable(code)) {
            setCurrentRegion(code);
            emit regionChosen(code);
        }
    });
    connect(m_filter, &QLineEdit::textChanged, this, &RegionPicker::applyFilter);
    connect(m_table, &QAbstractItemModel::modelReset, this, &RegionPicker::updateColumns);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map, 3);
    layout->addWidget(m_legend);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 2);
    setTabOrder(m_filter, m_list);
}

RegionPicker::~RegionPicker() = default;

void RegionPicker::setModel(QAbstractItemModel *regions)
{
    m_map->setModel(regions);
    m_table->setSourceModel(regions);
    if (m_ownModel && regions != m_ownModel) {
        delete m_ownModel;
        m_ownModel = nullptr;
    }
    if (!m_current.isEmpty() && !m_map->isSelectable(m_current))
        setCurrentRegion(QString());
    updateColumns();
}

void RegionPicker::setRegionList(const api::RegionList &list)
{
    if (!m_ownModel) {
        auto *own = new models::RegionSummaryModel(this);
        own->setRegions(list);
        setModel(own);
        m_ownModel = own;
    } else {
        m_ownModel->setRegions(list);
    }
    QHash<QString, int> capacities;
    for (const api::Region &region : list.regions) {
        if (region.hasCapacity())
            capacities.insert(region.code(), region.capacity());
    }
    setCapacities(capacities);
}

void RegionPicker::setCapacities(const QHash<QString, int> &capacities)
{
    m_map->setCapacities(capacities);
    m_table->setCapacities(capacities);
    updateColumns();
}

void RegionPicker::setStateColors(const StateColors &colors)
{
    m_map->setStateColors(colors);
    m_legend->setStateColors(colors);
}

void RegionPicker::setDeprecatedSelectable(bool selectable)
{
    m_map->setDeprecatedSelectable(selectable);
    m_table->setDeprecatedEnabled(selectable);
    m_legend->setDeprecatedShown(!selectable);
    if (!m_current.isEmpty() && !m_map->isSelectable(m_current))
        setCurrentRegion(QString());
}

void RegionPicker::setCurrentRegion(const QString &code)
{
    const QString current = code.isEmpty() || m_map->isSelectable(code) ? code : QString();
    if (current == m_current)
        return;
    m_current = current;
    m_map->setSelectedRegion(current);
    selectInList(current);
    emit currentRegionChanged(current);
}

bool RegionPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_proxy->rowCount() > 0) {
            const QModelIndex current = m_list->currentIndex();
            chooseFromList(current.isValid() ? current : m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegionPicker::setCurrentFromList(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        setCurrentRegion(proxyIndex.data(models::IdRole).toString());
}

void RegionPicker::chooseFromList(const QModelIndex &proxyIndex)
{
    const QString code = proxyIndex.data(models::IdRole).toString();
    if (code.isEmpty() || !m_map->isSelectable(code))
        return;
    setCurrentRegion(code);
    emit regionChosen(code);
}

void RegionPicker::updateColumns()
{
    // The picker is about where, not about state: the per-state columns live in the overview.
    for (int column : {RegionTableModel::StartedColumn, RegionTableModel::StoppedColumn,
             RegionTableModel::SuspendedColumn, RegionTableModel::FailedColumn,
             RegionTableModel::VolumeGbColumn})
        m_list->setColumnHidden(column, true);
    m_list->setColumnHidden(RegionTableModel::CapacityColumn, !m_table->hasCapacities());
}

void RegionPicker::selectInList(const QString &code)
{
    if (code.isEmpty()) {
        m_list->selectionModel()->clearSelection();
        return;
    }
    const int row = m_table->rowOf(code);
    QModelIndex index = m_proxy->mapFromSource(m_table->index(row, 0));
    if (!index.isValid() && row >= 0) {
        m_filter->clear(); // the region was filtered out: show everything again
        index = m_proxy->mapFromSource(m_table->index(row, 0));
    }
    if (index.isValid() && m_list->currentIndex().row() != index.row()) {
        m_list->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    }
}

void RegionPicker::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
}

RegionPickerDialog::RegionPickerDialog(QWidget *parent)
    : QDialog(parent)
    , m_picker(new RegionPicker(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("regionPickerDialog"));
    setWindowTitle(tr("Choose a region"));
    m_buttons->setObjectName(QStringLiteral("regionPickerButtons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Choose"));
    ok->setEnabled(false);
    connect(m_picker, &RegionPicker::currentRegionChanged, ok,
        [ok](const QString &code) { ok->setEnabled(!code.isEmpty()); });
    connect(m_picker, &RegionPicker::regionChosen, this, &RegionPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegionPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegionPickerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_buttons);
    resize(820, 620);
}

RegionPickerDialog::~RegionPickerDialog() = default;

QString RegionPickerDialog::selectedRegion() const
{
    return m_picker->currentRegion();
}

void RegionPickerDialog::accept()
{
    // A double-click both activates and chooses; answer once.
    if (m_picker->currentRegion().isEmpty() || std::exchange(m_accepted, true))
        return;
    QDialog::accept();
    emit regionSelected(m_picker->currentRegion());
}

} // namespace hangar::gui::map
