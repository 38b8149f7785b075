#include "sim/api/waitregistry.h"

#include "sim/world/machinelifecycle.h"
#include "sim/world/simworld.h"

#include <QTimer>

namespace hangar::sim {

WaitRegistry::WaitRegistry(SimWorld &world, QObject *parent)
    : QObject(parent)
    , m_world(world)
{
    connect(&m_world, &SimWorld::machineChanged, this, &WaitRegistry::machineChanged);
}

WaitRegistry::~WaitRegistry() = default;

bool WaitRegistry::reached(const SimMachine &machine, const Wanted &wanted)
{
    if (!wanted.version.isEmpty() && machine.version != wanted.version)
        return false;
    if (!wanted.fromEventId.isEmpty()) {
        // Event IDs are ULIDs, so they sort by time: only a newer event may count.
        if (machine.events.isEmpty() || !(wanted.fromEventId < machine.events.first().id))
            return false;
    }
    for (const QString &state : wanted.states) {
        if (state == machine.state)
            return true;
        if (state == QLatin1String("settled") && MachineLifecycle::isSettled(machine.state))
            return true;
    }
    return false;
}

void WaitRegistry::answer(const ApiCall &call, const SimMachine &machine)
{
    call.replyJson(200,
        QJsonObject {{QLatin1String("ok"), true}, {QLatin1String("state"), machine.state},
            {QLatin1String("version"), machine.version},
            {QLatin1String("event_id"),
                machine.events.isEmpty() ? QString() : machine.events.first().id}});
}

void WaitRegistry::wait(
    const ApiCall &call, const SimMachine &machine, const Wanted &wanted, qint64 timeoutMs)
{
    if (reached(machine, wanted)) {
        answer(call, machine);
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timer] { expire(timer); });
    m_waiters.push_back({call, machine.appName, machine.id, wanted, timer});
    timer->start(int(timeoutMs));
}

void WaitRegistry::machineChanged(const QString &machineId)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->machineId != machineId) {
            ++it;
            continue;
        }
        const SimMachine *machine = m_world.findMachine(it->appName, it->machineId);
        if (machine && reached(*machine, it->wanted)) {
            answer(it->call, *machine);
            it->timer->deleteLater();
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
}

void WaitRegistry::expire(QTimer *timer)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end(); ++it) {
        if (it->timer != timer)
            continue;
        it->call.replyError(408,
            QStringLiteral("machine %1 did not reach state %2 before the "
                           "timeout")
                .arg(it->machineId, it->wanted.states.join(QLatin1Char('|'))));
        m_waiters.erase(it);
        break;
    }
    timer->deleteLater();
}

} // namespace hangar::sim
