#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAbstractItemModel;
class QAction;
class QWidget;

namespace hangar::core {
class AccountSession;
class JobManager;
struct MachinePlan;
} // namespace hangar::core

namespace hangar::gui {

class CreateMachineWizard;
class NewAppDialog;

// "New app…", "New machine…" and "Clone machine…": opens the dialog or wizard for the account and
// app of the selection, runs what it plans as a job, then has the new thing selected.
class MachineCreation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineCreation)

public:
    // What is selected: the app (and region, machine) new machines would join.
    struct Target {
        QPointer<core::AccountSession> session;
        QString appName;
        QString region;
        QString machineId; // for Clone
    };

    MachineCreation(core::JobManager &jobs, QAbstractItemModel *regions, QWidget *window);
    ~MachineCreation() override;

    QAction *newAppAction() const { return m_newAppAction; }
    QAction *newMachineAction() const { return m_newAction; }
    QAction *cloneMachineAction() const { return m_cloneAction; }
    void setTarget(const Target &target);
    void setSecretNames(const QString &accountId, const QString &appName, const QStringList &names);

    // The wizard that is open, if any (tests drive it).
    CreateMachineWizard *wizard() const;
    CreateMachineWizard *openNewMachine();
    NewAppDialog *openNewApp();
    CreateMachineWizard *openClone();

signals:
    void appCreated(const QString &accountId, const QString &appName);
    // A machine was created; the window refreshes and selects it.
    void machineCreated(const QString &accountId, const QString &appName, const QString &machineId);

private:
    CreateMachineWizard *openWizard(bool clone);
    void run(core::AccountSession *session, const core::MachinePlan &plan);

    core::JobManager &m_jobs;
    QAbstractItemModel *m_regions;
    QWidget *m_window;
    Target m_target;
    QHash<QString, QStringList> m_secretNames; // by "account/app"
    QAction *m_newAppAction;
    QAction *m_newAction;
    QAction *m_cloneAction;
    QPointer<CreateMachineWizard> m_wizard;
};

} // namespace hangar::gui
