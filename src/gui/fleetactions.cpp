#include "gui/fleetactions.h"

#include "api/apiclient.h"
#include "core/jobs/bulkjob.h"
#include "core/jobs/functionjob.h"
#include "core/jobs/jobmanager.h"
#include "core/jobs/operationjob.h"
#include "core/session/accountsession.h"
#include "gui/dialogs/destroydialog.h"
#include "gui/widgets/namedaction.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace hangar::gui {

namespace {

using Transition = api::TransitionAndWait::Transition;

bool isOneOf(const QString &state, std::initializer_list<const char *> states)
{
    for (const char *candidate : states) {
        if (state == QLatin1String(candidate))
            return true;
    }
    return false;
}

// Whether `action` makes sense for a machine in `state`: stopping a selection skips the
// stopped ones.
bool appliesTo(Transition action, const QString &state)
{
    switch (action) {
    case Transition::Start:
        return isOneOf(state, {"created", "stopped", "suspended", "failed"});
    case Transition::Stop:
        return isOneOf(state, {"started", "suspended"});
    case Transition::Restart:
    case Transition::Suspend:
        return state == QLatin1String("started");
    }
    return false;
}

DestroyDialog::Action confirmationFor(Transition action)
{
    switch (action) {
    case Transition::Restart:
        return DestroyDialog::Action::Restart;
    case Transition::Suspend:
        return DestroyDialog::Action::Suspend;
    case Transition::Start:
    case Transition::Stop:
        break;
    }
    return DestroyDialog::Action::Stop;
}

} // namespace

FleetActions::FleetActions(
    core::JobManager &jobs, SessionLookup sessions, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_sessions(std::move(sessions))
    , m_dialogParent(dialogParent)
{
    m_start =
        makeAction(tr("&Start"), QStringLiteral("startAction"), tr("Start the selected machines"));
    m_stop = makeAction(
        tr("S&top"), QStringLiteral("stopAction"), tr("Stop the selected machines cleanly"));
    m_restart = makeAction(
        tr("&Restart"), QStringLiteral("restartAction"), tr("Restart the selected machines"));
    m_suspend = makeAction(tr("Sus&pend"), QStringLiteral("suspendAction"),
        tr("Suspend the selected machines: they resume quickly with their memory"));
    m_cordon = makeAction(tr("&Cordon"), QStringLiteral("cordonAction"),
        tr("Stop routing traffic to the selected machines"));
    m_uncordon = makeAction(tr("&Uncordon"), QStringLiteral("uncordonAction"),
        tr("Route traffic to the selected machines again"));
    m_destroy = makeAction(tr("&Destroy…"), QStringLiteral("destroyAction"),
        tr("Destroy the selected machines (asks first)"));
    QStyle *style = dialogParent->style();
    m_start->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    m_stop->setIcon(style->standardIcon(QStyle::SP_MediaStop));
    m_restart->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    m_suspend->setIcon(style->standardIcon(QStyle::SP_MediaPause));
    m_destroy->setIcon(style->standardIcon(QStyle::SP_TrashIcon));
    m_destroy->setShortcut(QKeySequence::Delete);
    m_destroy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_start, &QAction::triggered, this, [this] { transition(Transition::Start); });
    connect(m_stop, &QAction::triggered, this, [this] { transition(Transition::Stop); });
    connect(m_restart, &QAction::triggered, this, [this] { transition(Transition::Restart); });
    connect(m_suspend, &QAction::triggered, this, [this] { transition(Transition::Suspend); });
    connect(m_cordon, &QAction::triggered, this, [this] { cordon(true); });
    connect(m_uncordon, &QAction::triggered, this, [this] { cordon(false); });
    connect(m_destroy, &QAction::triggered, this, &FleetActions::destroy);
    updateEnabled();
}

FleetActions::~FleetActions() = default;

QAction *FleetActions::makeAction(
    const QString &text, const QString &objectName, const QString &toolTip)
{
    return makeNamedAction(this, text, objectName, toolTip);
}

QList<QAction *> FleetActions::machineActions() const
{
    return {m_start, m_stop, m_restart, m_suspend, m_cordon, m_uncordon, m_destroy};
}

void FleetActions::setSelection(const QList<SelectedMachine> &machines)
{
    m_selection = machines;
    updateEnabled();
}

void FleetActions::updateEnabled()
{
    auto any = [this](const std::function<bool(const SelectedMachine &)> &accept) {
        return std::any_of(m_selection.begin(), m_selection.end(), accept);
    };
    auto anyFor = [&any](Transition action) {
        return any([action](const SelectedMachine &m) { return appliesTo(action, m.state); });
    };
    m_start->setEnabled(anyFor(Transition::Start));
    m_stop->setEnabled(anyFor(Transition::Stop));
    m_restart->setEnabled(anyFor(Transition::Restart));
    m_suspend->setEnabled(anyFor(Transition::Suspend));
    m_cordon->setEnabled(any([](const SelectedMachine &m) {
        return !m.cordoned && m.state != QLatin1String("destroyed");
    }));
    m_uncordon->setEnabled(any([](const SelectedMachine &m) { return m.cordoned; }));
    m_destroy->setEnabled(any([](const SelectedMachine &m) {
        return !isOneOf(m.state, {"destroyed", "destroying"});
    }));
}

QStringList FleetActions::accounts(const QList<SelectedMachine> &selection)
{
    QStringList ids;
    for (const SelectedMachine &machine : selection) {
        if (!ids.contains(machine.accountId))
            ids.append(machine.accountId);
    }
    return ids;
}

QList<core::MachineRef> FleetActions::matching(const QList<SelectedMachine> &selection,
    const QString &accountId, const std::function<bool(const SelectedMachine &)> &accept)
{
    QList<core::MachineRef> refs;
    for (const SelectedMachine &machine : selection) {
        if (machine.accountId == accountId && accept(machine))
            refs.append(machine.ref);
    }
    return refs;
}

void FleetActions::track(
    const QString &accountId, const QList<core::MachineRef> &machines, core::Job *job)
{
    connect(job, &core::Job::finished, this,
        [this, accountId, machines] { emit machinesTouched(accountId, machines); });
    m_jobs.add(job);
}

core::GuardTarget FleetActions::guardTarget(const QList<SelectedMachine> &machines) const
{
    core::GuardTarget target;
    QStringList accountNames;
    QString firstApp;
    bool oneApp = true;
    for (const SelectedMachine &machine : machines) {
        target.names.append(machine.ref.label);
        if (const core::AccountSession *session = m_sessions(machine.accountId)) {
            target.production = target.production || session->endpoint().production;
            if (!accountNames.contains(session->endpoint().label))
                accountNames.append(session->endpoint().label);
        }
        const QString app = machine.accountId + QLatin1Char('/') + machine.ref.app;
        if (firstApp.isEmpty())
            firstApp = app;
        oneApp = oneApp && app == firstApp;
    }
    if (oneApp && !machines.isEmpty())
        target.appName = machines.first().ref.app;
    target.accountName = accountNames.join(QStringLiteral(", "));
    return target;
}

void FleetActions::transition(Transition action)
{
    if (action == Transition::Start) {
        runTransition(action, m_selection);
        return;
    }
    // Stopping, restarting or suspending several machines of a production account interrupts
    // what they serve: their app's name must be typed.
    QList<SelectedMachine> guarded;
    for (const SelectedMachine &machine : std::as_const(m_selection)) {
        const core::AccountSession *session = m_sessions(machine.accountId);
        if (session && session->endpoint().production && appliesTo(action, machine.state))
            guarded.append(machine);
    }
    const core::GuardTarget target = guardTarget(guarded);
    if (core::stopConfirmation(target).isEmpty()) {
        runTransition(action, m_selection);
        return;
    }
    auto *dialog = new DestroyDialog(
        target, QStringLiteral("machine"), confirmationFor(action), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<SelectedMachine> selection = m_selection;
    connect(dialog, &QDialog::accepted, this,
        [this, action, selection] { runTransition(action, selection); });
    dialog->open();
}

void FleetActions::runTransition(Transition action, const QList<SelectedMachine> &selection)
{
    const std::function<bool(const SelectedMachine &)> applies =
        [action](const SelectedMachine &m) { return appliesTo(action, m.state); };
    for (const QString &accountId : accounts(selection)) {
        core::AccountSession *session = m_sessions(accountId);
        const QList<core::MachineRef> machines = matching(selection, accountId, applies);
        if (!session || machines.isEmpty())
            continue;
        core::Job *job = machines.size() == 1
            ? static_cast<core::Job *>(
                core::makeTransitionJob(session->client(), machines.first(), action))
            : core::makeBulkTransitionJob(session->client(), machines, action);
        track(accountId, machines, job);
    }
}

void FleetActions::cordon(bool cordoned)
{
    for (const QString &accountId : accounts(m_selection)) {
        core::AccountSession *session = m_sessions(accountId);
        const QList<core::MachineRef> machines = matching(m_selection, accountId,
            [cordoned](const SelectedMachine &m) { return m.cordoned != cordoned; });
        if (!session || machines.isEmpty())
            continue;
        const QString title = machines.size() == 1
            ? (cordoned ? tr("Cordon %1").arg(machines.first().label)
                        : tr("Uncordon %1").arg(machines.first().label))
            : (cordoned ? tr("Cordon %n machine(s)", nullptr, int(machines.size()))
                        : tr("Uncordon %n machine(s)", nullptr, int(machines.size())));
        api::ApiClient *client = &session->client();
        auto *job =
            new core::FunctionJob(title, [client, machines, cordoned](core::FunctionJob &self) {
                auto remaining = std::make_shared<int>(int(machines.size()));
                auto failure = std::make_shared<api::ApiError>();
                for (const core::MachineRef &machine : machines) {
                    client->cordonMachine(machine.app, machine.id, cordoned)
                        .then(&self,
                            [&self, remaining, failure](const api::Result<api::Done> &result) {
                                if (!result.ok())
                                    *failure = result.error();
                                if (--*remaining > 0)
                                    return;
                                if (failure->isError())
                                    self.failed(*failure);
                                else
                                    self.done(tr("Done"));
                            });
                }
            });
        track(accountId, machines, job);
    }
}

void FleetActions::destroy()
{
    QList<SelectedMachine> doomed;
    for (const SelectedMachine &machine : std::as_const(m_selection)) {
        if (!isOneOf(machine.state, {"destroyed", "destroying"}))
            doomed.append(machine);
    }
    if (doomed.isEmpty())
        return;
    // Opened window-modal without a nested event loop; the selection is taken as it is now.
    auto *dialog = new DestroyDialog(guardTarget(doomed), QStringLiteral("machine"),
        DestroyDialog::Action::Destroy, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<SelectedMachine> selection = m_selection;
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection] {
        const bool force = dialog->force();
        for (const QString &accountId : accounts(selection)) {
            core::AccountSession *session = m_sessions(accountId);
            const QList<core::MachineRef> machines =
                matching(selection, accountId, [](const SelectedMachine &m) {
                    return !isOneOf(m.state, {"destroyed", "destroying"});
                });
            if (!session || machines.isEmpty())
                continue;
            core::Job *job = machines.size() == 1
                ? static_cast<core::Job *>(
                    core::makeDestroyJob(session->client(), machines.first(), force))
                : core::makeBulkDestroyJob(session->client(), machines, force);
            track(accountId, machines, job);
        }
    });
    dialog->open();
}

} // namespace hangar::gui
