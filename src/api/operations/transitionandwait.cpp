#include "api/operations/transitionandwait.h"

#include <QCoreApplication>

namespace hangar::api {

TransitionAndWait::TransitionAndWait(ApiClient &client, const QString &app,
    const QString &machineId, Transition transition, QObject *parent)
    : MachineOperation(client, app, machineId, parent)
    , m_transition(transition)
{
}

TransitionAndWait::~TransitionAndWait() = default;

QStringList TransitionAndWait::targetStates() const
{
    switch (m_transition) {
    case Transition::Start:
    case Transition::Restart:
        return {QStringLiteral("started")};
    case Transition::Stop:
        return {QStringLiteral("stopped")};
    case Transition::Suspend:
        // Machines too large to snapshot are stopped instead.
        return {QStringLiteral("suspended"), QStringLiteral("stopped")};
    }
    return {};
}

void TransitionAndWait::run()
{
    // The newest event so far: only what happens after it may end the wait.
    follow(client().getMachine(appName(), machineId()), [this](const Result<Machine> &machine) {
        if (!machine.ok()) {
            fail(machine.error());
            return;
        }
        const QList<MachineEvent> events = machine->events();
        act(events.isEmpty() ? QString() : events.first().id());
    });
}

void TransitionAndWait::act(const QString &fromEventId)
{
    auto waitAfter = [this, fromEventId](const ApiError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        step(tr("Waiting for the machine"));
        WaitOptions wait;
        wait.states = targetStates();
        wait.fromEventId = fromEventId;
        waitFor(wait, [this](const WaitResult &) { finishWithMachine(); });
    };
    switch (m_transition) {
    case Transition::Start:
        step(tr("Starting the machine"));
        follow(client().startMachine(appName(), machineId(), m_nonce),
            [waitAfter](const Result<QString> &result) { waitAfter(result.error()); });
        break;
    case Transition::Stop:
        step(tr("Stopping the machine"));
        follow(client().stopMachine(appName(), machineId(), m_stopOptions, m_nonce),
            [waitAfter](const Result<Done> &result) { waitAfter(result.error()); });
        break;
    case Transition::Restart:
        step(tr("Restarting the machine"));
        follow(client().restartMachine(appName(), machineId(), m_stopOptions, m_nonce),
            [waitAfter](const Result<Done> &result) { waitAfter(result.error()); });
        break;
    case Transition::Suspend:
        step(tr("Suspending the machine"));
        follow(client().suspendMachine(appName(), machineId(), m_nonce),
            [waitAfter](const Result<Done> &result) { waitAfter(result.error()); });
        break;
    }
}

} // namespace hangar::api
