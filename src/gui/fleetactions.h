#pragma once

#include "core/accounts/productionguard.h"
#include "core/jobs/job.h"
#include "core/jobs/machinejobs.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace hangar::core {
class AccountSession;
class JobManager;
} // namespace hangar::core

namespace hangar::gui {

// A machine the user has selected, with what the actions need to decide and to act.
struct SelectedMachine {
    QString accountId;
    core::MachineRef ref;
    QString state;
    bool cordoned = false;
};

// The machine verbs of the toolbar, the menus and the context menu. Each runs as a job in the
// activity dock: one machine as one operation, several as one bulk job (per account) within
// the rate limits. Destroy asks for typed confirmation first; on a production account so does
// stopping several machines (the production guard, core/accounts/productionguard.h).
class FleetActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetActions)

public:
    using SessionLookup = std::function<core::AccountSession *(const QString &accountId)>;

    FleetActions(core::JobManager &jobs, SessionLookup sessions, QWidget *dialogParent,
        QObject *parent = nullptr);
    ~FleetActions() override;

    void setSelection(const QList<SelectedMachine> &machines);
    const QList<SelectedMachine> &selection() const { return m_selection; }
    QList<QAction *> machineActions() const;

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *restartAction() const { return m_restart; }
    QAction *suspendAction() const { return m_suspend; }
    QAction *cordonAction() const { return m_cordon; }
    QAction *uncordonAction() const { return m_uncordon; }
    QAction *destroyAction() const { return m_destroy; }

signals:
    // A job touched these machines: the window refreshes them when it ends.
    void machinesTouched(const QString &accountId, const QList<hangar::core::MachineRef> &machines);

private:
    QAction *makeAction(const QString &text, const QString &objectName, const QString &toolTip);
    void updateEnabled();
    void transition(api::TransitionAndWait::Transition action);
    void runTransition(
        api::TransitionAndWait::Transition action, const QList<SelectedMachine> &selection);
    // The selected machines as the production guard sees them: names, app, account, production.
    core::GuardTarget guardTarget(const QList<SelectedMachine> &machines) const;
    void cordon(bool cordoned);
    void destroy();
    static QList<core::MachineRef> matching(const QList<SelectedMachine> &selection,
        const QString &accountId, const std::function<bool(const SelectedMachine &)> &accept);
    static QStringList accounts(const QList<SelectedMachine> &selection);
    void track(const QString &accountId, const QList<core::MachineRef> &machines, core::Job *job);

    core::JobManager &m_jobs;
    SessionLookup m_sessions;
    QWidget *m_dialogParent;
    QList<SelectedMachine> m_selection;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_restart;
    QAction *m_suspend;
    QAction *m_cordon;
    QAction *m_uncordon;
    QAction *m_destroy;
};

} // namespace hangar::gui
