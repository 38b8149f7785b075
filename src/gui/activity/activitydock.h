#pragma once

#include "gui/activity/jobitemdelegate.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QToolBar;

namespace hangar::core {
class Job;
class JobManager;
} // namespace hangar::core

namespace hangar::models {
class JobListModel;
}

namespace hangar::gui {

// The activity dock: every job of the session, newest first, with its progress, a way to
// cancel what runs, the error of what failed (and its details), and "Clear finished".
class ActivityDock final : public QDockWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDock)

public:
    explicit ActivityDock(core::JobManager *manager, QWidget *parent = nullptr);
    ~ActivityDock() override;

    QListView *jobList() const { return m_list; }
    models::JobListModel *model() const { return m_model; }
    JobItemDelegate *delegate() const { return m_delegate; }
    // The selected job, or nullptr.
    core::Job *currentJob() const;
    // Where a row's button is drawn, in the list's viewport coordinates (empty if none).
    QRect buttonRect(const QModelIndex &index) const;

    void cancelCurrentJob();
    void showCurrentJobDetails();
    void showDetails(core::Job *job);
    void clearFinished();

private:
    void createActions();
    void updateActions();
    void updateEmptyState();
    void showContextMenu(const QPoint &position);
    core::Job *jobAt(const QModelIndex &index) const;

    QPointer<core::JobManager> m_manager;
    models::JobListModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QListView *m_list;
    JobItemDelegate *m_delegate;
    QToolBar *m_toolBar;
    QAction *m_cancelAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_clearFinishedAction = nullptr;
};

} // namespace hangar::gui
