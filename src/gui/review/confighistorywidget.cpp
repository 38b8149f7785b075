#include "gui/review/confighistorywidget.h"

#include "core/configdiff/configdiff.h"
#include "core/configdiff/configsummary.h"
#include "core/configdiff/versiontime.h"
#include "gui/review/configdiffview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hangar::gui {

namespace {

enum Column { VersionColumn, CreatedColumn, ChangesColumn, ColumnCount };

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : ConfigHistoryWidget::tr("unknown");
}

} // namespace

ConfigHistoryWidget::ConfigHistoryWidget(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_compareLabel(new QLabel(this))
    , m_diffView(new ConfigDiffView(this))
    , m_restoreButton(new QPushButton(tr("Restore this version…"), this))
{
    setObjectName(QStringLiteral("configHistoryWidget"));
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Version"), tr("Made"), tr("Changes")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("Select one version to see what it changed, or two to compare them"));
    m_list->header()->setStretchLastSection(true);
    m_compareLabel->setObjectName(QStringLiteral("historyCompareLabel"));
    m_compareLabel->setWordWrap(true);
    m_diffView->setObjectName(QStringLiteral("historyDiffView"));
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));

    auto *diffPart = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPart);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareLabel, 1);
    compareRow->addWidget(m_restoreButton);
    diffLayout->addLayout(compareRow);
    diffLayout->addWidget(m_diffView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(diffPart);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConfigHistoryWidget::showSelection);
    connect(m_restoreButton, &QPushButton::clicked, this, &ConfigHistoryWidget::requestRestore);
    showSelection();
}

ConfigHistoryWidget::~ConfigHistoryWidget() = default;

void ConfigHistoryWidget::setVersions(const QList<api::MachineVersion> &versions)
{
    m_versions = versions;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (qsizetype row = 0; row < versions.size(); ++row) {
        const api::MachineVersion &version = versions.at(row);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(VersionColumn,
            row == 0 ? tr("%1 (current)").arg(version.version()) : version.version());
        item->setText(CreatedColumn, formatTime(core::versionTime(version)));
        const bool first = row + 1 == versions.size();
        const QStringList changes = first
            ? QStringList()
            : core::describeChanges(versions.at(row + 1).userConfig(), version.userConfig());
        item->setText(ChangesColumn,
            first                   ? tr("First version")
                : changes.isEmpty() ? tr("No config changes")
                                    : changes.join(QStringLiteral(", ")));
        item->setToolTip(ChangesColumn, item->text(ChangesColumn));
    }
    for (int column = VersionColumn; column < ChangesColumn; ++column)
        m_list->resizeColumnToContents(column);
    if (!versions.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelection();
}

QList<int> ConfigHistoryWidget::selectedRows() const
{
    QList<int> rows;
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    for (QTreeWidgetItem *item : items)
        rows.append(m_list->indexOfTopLevelItem(item));
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ConfigHistoryWidget::selectRows(const QList<int> &rows)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        for (int row : rows) {
            if (QTreeWidgetItem *item = m_list->topLevelItem(row))
                item->setSelected(true);
        }
    }
    showSelection();
}

QString ConfigHistoryWidget::restorableVersion() const
{
    const QList<int> rows = selectedRows();
    // The newest version is what the machine runs: there is nothing to restore.
    if (rows.size() != 1 || rows.first() == 0)
        return {};
    return m_versions.at(rows.first()).version();
}

void ConfigHistoryWidget::showSelection()
{
    const QList<int> rows = selectedRows();
    m_restoreButton->setEnabled(!restorableVersion().isEmpty());
    m_restoreButton->setToolTip(rows.size() == 1 && rows.first() == 0
            ? tr("This is the config the machine runs now")
            : tr("Review going back to the selected version's config"));
    if (rows.isEmpty() || rows.size() > 2) {
        m_compareLabel->setText(m_versions.isEmpty()
                ? tr("No versions")
                : tr("Select one version to see what it changed, or two to compare them."));
        m_diffView->setDiff({});
        m_diffView->setCaptions({}, {});
        return;
    }
    // Newest first: the larger row is the older version.
    const int newer = rows.first();
    const int older = rows.size() == 2 ? rows.last() : newer + 1;
    const api::MachineVersion &after = m_versions.at(newer);
    const bool hasOlder = older < m_versions.size();
    const api::MachineConfig before =
        hasOlder ? m_versions.at(older).userConfig() : api::MachineConfig();
    m_diffView->setDiff(core::ConfigDiff::compare(before, after.userConfig()));
    m_diffView->setCaptions(
        hasOlder ? tr("Version %1").arg(m_versions.at(older).version()) : tr("Nothing before"),
        tr("Version %1").arg(after.version()));
    if (rows.size() == 2) {
        m_compareLabel->setText(tr("Comparing version %1 with the newer %2.")
                                    .arg(m_versions.at(older).version(), after.version()));
    } else if (hasOlder) {
        m_compareLabel->setText(tr("What version %1 changed.").arg(after.version()));
    } else {
        m_compareLabel->setText(tr("Version %1 is the first version.").arg(after.version()));
    }
}

void ConfigHistoryWidget::requestRestore()
{
    const QList<int> rows = selectedRows();
    if (restorableVersion().isEmpty())
        return;
    emit restoreRequested(m_versions.at(rows.first()).userConfig());
}

} // namespace hangar::gui
