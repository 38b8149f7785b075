#include "gui/panels/regionspanel.h"

#include "models/modelroles.h"
#include "models/regionsummarymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

// Sorts numbers as numbers.
class RegionItem final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, Qt::UserRole);
        const QVariant theirs = other.data(column, Qt::UserRole);
        if (mine.typeId() == QMetaType::LongLong || mine.typeId() == QMetaType::Int)
            return mine.toLongLong() < theirs.toLongLong();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

} // namespace

RegionsPanel::RegionsPanel(models::RegionSummaryModel *regions, QWidget *parent)
    : QWidget(parent)
    , m_regions(regions)
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("regionsPanel"));
    auto *title = new QLabel(tr("Regions"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("regionsSummary"));
    m_table->setObjectName(QStringLiteral("regionsTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setHeaderLabels({tr("Code"), tr("Region"), tr("Machines"), tr("Started"),
        tr("Stopped"), tr("Suspended"), tr("Failed"), tr("Volumes"), tr("Volume GB")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->sortByColumn(2, Qt::DescendingOrder);
    connect(m_table, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit regionActivated(item->text(0)); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    // Rebuilt at most once per event loop turn, however many rows a delta touched.
    auto *rebuildSoon = new QTimer(this);
    rebuildSoon->setSingleShot(true);
    connect(rebuildSoon, &QTimer::timeout, this, &RegionsPanel::rebuild);
    auto schedule = [rebuildSoon] { rebuildSoon->start(0); };
    connect(m_regions, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_regions, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_regions, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_regions, &QAbstractItemModel::dataChanged, this, schedule);
    rebuild();
}

RegionsPanel::~RegionsPanel() = default;

void RegionsPanel::rebuild()
{
    const int sortColumn = m_table->sortColumn();
    const Qt::SortOrder order = m_table->header()->sortIndicatorOrder();
    m_table->setSortingEnabled(false);
    m_table->clear();
    int used = 0;
    for (int row = 0; row < m_regions->rowCount(); ++row) {
        const QModelIndex index = m_regions->index(row, 0);
        const int machines = index.data(models::MachineCountRole).toInt();
        const int volumes = index.data(models::VolumeCountRole).toInt();
        used += machines + volumes > 0 ? 1 : 0;
        auto *item = new RegionItem(m_table);
        const QList<QVariant> values {index.data(models::IdRole),
            index.data(models::RegionNameRole), machines, index.data(models::StartedCountRole),
            index.data(models::StoppedCountRole), index.data(models::SuspendedCountRole),
            index.data(models::FailedCountRole), volumes, index.data(models::VolumeTotalGbRole)};
        for (int column = 0; column < values.size(); ++column) {
            item->setText(column, values.at(column).toString());
            item->setData(column, Qt::UserRole,
                column >= 2 ? QVariant(values.at(column).toLongLong()) : values.at(column));
        }
        if (machines + volumes == 0) {
            for (int column = 0; column < values.size(); ++column)
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(sortColumn, order);
    m_summary->setText(tr("You have machines or volumes in %n of %1 region(s).", nullptr, used)
                           .arg(m_regions->rowCount()));
}

} // namespace hangar::gui
