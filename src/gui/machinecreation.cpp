#include "gui/machinecreation.h"

#include "core/fleet/fleetstore.h"
#include "core/jobs/createmachinejob.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "gui/dialogs/createmachinewizard.h"
#include "gui/dialogs/newappdialog.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace hangar::gui {

MachineCreation::MachineCreation(
    core::JobManager &jobs, QAbstractItemModel *regions, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_regions(regions)
    , m_window(window)
    , m_newAppAction(new QAction(tr("New &app…"), this))
    , m_newAction(new QAction(
          window->style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&New machine…"), this))
    , m_cloneAction(new QAction(tr("C&lone machine…"), this))
{
    m_newAction->setObjectName(QStringLiteral("newMachineAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIconText(tr("New machine"));
    m_cloneAction->setObjectName(QStringLiteral("cloneMachineAction"));
    m_newAppAction->setObjectName(QStringLiteral("newAppAction"));
    connect(m_newAppAction, &QAction::triggered, this, &MachineCreation::openNewApp);
    connect(m_newAction, &QAction::triggered, this, &MachineCreation::openNewMachine);
    connect(m_cloneAction, &QAction::triggered, this, &MachineCreation::openClone);
    setTarget({});
}

MachineCreation::~MachineCreation() = default;

CreateMachineWizard *MachineCreation::wizard() const
{
    return m_wizard;
}

void MachineCreation::setTarget(const Target &target)
{
    m_target = target;
    m_newAppAction->setEnabled(target.session);
    m_newAppAction->setToolTip(target.session ? tr("Create an app in this account")
                                              : tr("Select an account to create an app in it"));
    const bool haveApp = target.session && !target.appName.isEmpty();
    m_newAction->setEnabled(haveApp);
    m_newAction->setToolTip(haveApp ? tr("Create a machine in %1 (Ctrl+N)").arg(target.appName)
                                    : tr("Select an app to create a machine in it"));
    const bool haveMachine = haveApp && !target.machineId.isEmpty();
    m_cloneAction->setEnabled(haveMachine);
    m_cloneAction->setToolTip(haveMachine
            ? tr("A new machine with this one's config, in any region")
            : tr("Select a machine to clone it"));
}

void MachineCreation::setSecretNames(
    const QString &accountId, const QString &appName, const QStringList &names)
{
    m_secretNames.insert(accountId + QLatin1Char('/') + appName, names);
}

NewAppDialog *MachineCreation::openNewApp()
{
    core::AccountSession *session = m_target.session;
    if (!session)
        return nullptr;
    QStringList organizations;
    const QList<api::App> apps = session->store().apps();
    for (const api::App &app : apps) {
        const QString slug = app.organization().slug();
        if (!slug.isEmpty() && !organizations.contains(slug))
            organizations.append(slug);
    }
    organizations.sort();
    auto *dialog = new NewAppDialog(session->client(), organizations, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString accountId = session->endpoint().id;
    connect(dialog, &NewAppDialog::appCreated, this,
        [this, accountId](const QString &name) { emit appCreated(accountId, name); });
    dialog->open();
    return dialog;
}

CreateMachineWizard *MachineCreation::openNewMachine()
{
    return openWizard(false);
}

CreateMachineWizard *MachineCreation::openClone()
{
    return openWizard(true);
}

CreateMachineWizard *MachineCreation::openWizard(bool clone)
{
    core::AccountSession *session = m_target.session;
    if (!session || m_target.appName.isEmpty() || (clone && m_target.machineId.isEmpty()))
        return nullptr;
    if (m_wizard)
        m_wizard->close();
    const core::FleetStore &store = session->store();
    CreateMachineWizard::Setup setup;
    setup.appName = m_target.appName;
    const QList<core::MachineRecord> machines = store.machinesOfApp(m_target.appName);
    for (const core::MachineRecord &record : machines)
        setup.takenNames.append(record.machine.name());
    const QList<core::VolumeRecord> volumes = store.volumesOfApp(m_target.appName);
    for (const core::VolumeRecord &record : volumes)
        setup.volumes.append(record.volume);
    setup.secretNames =
        m_secretNames.value(session->endpoint().id + QLatin1Char('/') + m_target.appName);
    setup.regions = m_regions;
    setup.defaultRegion = m_target.region;

    auto *wizard = new CreateMachineWizard(setup, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (clone) {
        const auto machine = store.machine(m_target.machineId);
        if (!machine) {
            delete wizard;
            return nullptr;
        }
        const QString mounted = machine->machine.config().mounts().value(0).volume();
        const auto volume = mounted.isEmpty() ? std::nullopt : store.volume(mounted);
        wizard->cloneFrom(machine->machine, volume ? volume->volume : api::Volume());
    }
    QPointer<core::AccountSession> target = session;
    connect(wizard, &CreateMachineWizard::planReady, this,
        [this, target](const core::MachinePlan &plan) {
            if (target)
                run(target, plan);
        });
    m_wizard = wizard;
    wizard->open();
    return wizard;
}

void MachineCreation::run(core::AccountSession *session, const core::MachinePlan &plan)
{
    auto *job = new core::CreateMachineJob(session->client(), plan);
    const QString accountId = session->endpoint().id;
    connect(job, &core::Job::finished, this, [this, job, accountId] {
        if (job->state() == core::Job::State::Succeeded)
            emit machineCreated(accountId, job->plan().app, job->machineId());
    });
    m_jobs.add(job);
}

} // namespace hangar::gui
