#include "api/operations/createandwait.h"

#include <QCoreApplication>

namespace hangar::api {

namespace {

bool isRunning(const QString &state)
{
    return state != QLatin1String("stopped") && state != QLatin1String("created")
        && state != QLatin1String("suspended") && state != QLatin1String("failed")
        && state != QLatin1String("destroyed");
}
} // namespace

CreateAndWait::CreateAndWait(
    ApiClient &client, const QString &app, CreateMachineRequest request, QObject *parent)
    : MachineOperation(client, app, QString(), parent)
    , m_request(std::move(request))
{
}

CreateAndWait::~CreateAndWait() = default;

void CreateAndWait::run()
{
    step(tr("Creating the machine"));
    follow(client().createMachine(appName(), m_request), [this](const Result<Machine> &created) {
        if (!created.ok()) {
            fail(created.error());
            return;
        }
        setMachineId(created->id());
        step(m_request.skipLaunch ? tr("Waiting for the machine to be created")
                                  : tr("Waiting for the machine to start"));
        WaitOptions wait;
        wait.states = {
            m_request.skipLaunch ? QStringLiteral("created") : QStringLiteral("started")};
        wait.version = created->version();
        waitFor(wait, [this](const WaitResult &) { finishWithMachine(); });
    });
}

DestroyMachine::DestroyMachine(
    ApiClient &client, const QString &app, const QString &machineId, bool force, QObject *parent)
    : MachineOperation(client, app, machineId, parent)
    , m_force(force)
{
}

DestroyMachine::~DestroyMachine() = default;

void DestroyMachine::run()
{
    follow(client().getMachine(appName(), machineId()), [this](const Result<Machine> &machine) {
        if (!machine.ok()) {
            fail(machine.error());
            return;
        }
        if (m_force || !isRunning(machine->state())) {
            destroy();
            return;
        }
        step(tr("Stopping the machine"));
        follow(client().stopMachine(appName(), machineId()), [this](const Result<Done> &stopped) {
            if (!stopped.ok()) {
                fail(stopped.error());
                return;
            }
            WaitOptions wait;
            wait.states = {QStringLiteral("stopped")};
            waitFor(wait, [this](const WaitResult &) { destroy(); });
        });
    });
}

void DestroyMachine::destroy()
{
    step(tr("Destroying the machine"));
    follow(client().destroyMachine(appName(), machineId(), m_force),
        [this](const Result<Done> &destroyed) {
            if (!destroyed.ok()) {
                fail(destroyed.error());
                return;
            }
            WaitOptions wait;
            wait.states = {QStringLiteral("destroyed")};
            waitFor(wait, [this](const WaitResult &) { finishWithMachine(); });
        });
}

} // namespace hangar::api
