#include "gui/activity/activitydock.h"

#include "core/jobs/job.h"
#include "core/jobs/jobmanager.h"
#include "gui/activity/jobdetailsdialog.h"
#include "models/jobs/joblistmodel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QStyleOptionViewItem>
#include <QToolBar>
#include <QVBoxLayout>

namespace hangar::gui {

using models::JobListModel;

ActivityDock::ActivityDock(core::JobManager *manager, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_manager(manager)
    , m_model(new JobListModel(manager, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(m_stack))
    , m_list(new QListView(m_stack))
    , m_delegate(new JobItemDelegate(m_list))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("activityDock"));
    m_stack->setObjectName(QStringLiteral("activityStack"));
    m_toolBar->setObjectName(QStringLiteral("activityToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    m_emptyLabel->setObjectName(QStringLiteral("activityEmptyLabel"));
    m_emptyLabel->setText(
        tr("Nothing running. Starts, stops, updates and copies show their progress here."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(12);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_delegate->setObjectName(QStringLiteral("jobItemDelegate"));
    m_list->setObjectName(QStringLiteral("activityJobList"));
    m_list->setAccessibleName(tr("Activity"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setMouseTracking(true);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_list);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("activityContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
    setWidget(content);

    createActions();

    connect(m_delegate, &JobItemDelegate::cancelRequested, this, [this](const QModelIndex &index) {
        if (core::Job *job = jobAt(index))
            job->cancel();
    });
    connect(m_delegate, &JobItemDelegate::detailsRequested, this,
        [this](const QModelIndex &index) { showDetails(jobAt(index)); });
    connect(m_list, &QListView::doubleClicked, this,
        [this](const QModelIndex &index) { showDetails(jobAt(index)); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ActivityDock::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ActivityDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActivityDock::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateEmptyState();
            updateActions();
        });
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateActions();
    });
    updateEmptyState();
    updateActions();
}

ActivityDock::~ActivityDock() = default;

void ActivityDock::createActions()
{
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelJobAction"));
    m_cancelAction->setToolTip(tr("Cancel the selected job"));
    m_cancelAction->setShortcuts(
        {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Escape)});
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &ActivityDock::cancelCurrentJob);

    m_detailsAction = new QAction(tr("Details…"), this);
    m_detailsAction->setObjectName(QStringLiteral("jobDetailsAction"));
    m_detailsAction->setToolTip(tr("Show the steps and error details of the selected job"));
    m_detailsAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_detailsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_detailsAction, &QAction::triggered, this, &ActivityDock::showCurrentJobDetails);

    m_clearFinishedAction = new QAction(tr("Clear finished"), this);
    m_clearFinishedAction->setObjectName(QStringLiteral("clearFinishedAction"));
    m_clearFinishedAction->setToolTip(tr("Remove the jobs that have finished from the list"));
    connect(m_clearFinishedAction, &QAction::triggered, this, &ActivityDock::clearFinished);

    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addAction(m_detailsAction);
    m_toolBar->addAction(m_clearFinishedAction);
    // The shortcuts work wherever the focus is inside the dock, list included.
    m_list->addAction(m_cancelAction);
    m_list->addAction(m_detailsAction);
}

core::Job *ActivityDock::jobAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(JobListModel::JobRole).value<core::Job *>() : nullptr;
}

core::Job *ActivityDock::currentJob() const
{
    return jobAt(m_list->currentIndex());
}

QRect ActivityDock::buttonRect(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    option.rect = m_list->visualRect(index);
    return m_delegate->layout(option, index).button;
}

void ActivityDock::cancelCurrentJob()
{
    if (core::Job *job = currentJob())
        job->cancel();
}

void ActivityDock::showCurrentJobDetails()
{
    showDetails(currentJob());
}

void ActivityDock::showDetails(core::Job *job)
{
    if (!job)
        return;
    auto *dialog = new JobDetailsDialog(job, this);
    dialog->open();
}

void ActivityDock::clearFinished()
{
    if (m_manager)
        m_manager->clearFinished();
}

void ActivityDock::updateActions()
{
    const core::Job *job = currentJob();
    m_cancelAction->setEnabled(job && job->canCancel());
    m_detailsAction->setEnabled(job != nullptr);
    m_clearFinishedAction->setEnabled(m_model->rowCount() > 0);
}

void ActivityDock::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyLabel)
                                                       : static_cast<QWidget *>(m_list));
}

void ActivityDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("activityContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_cancelAction);
    menu->addAction(m_detailsAction);
    menu->addSeparator();
    menu->addAction(m_clearFinishedAction);
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

} // namespace hangar::gui
