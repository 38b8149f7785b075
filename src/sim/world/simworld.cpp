#include "sim/world/simworld.h"

#include "sim/world/simclock.h"

#include <QJsonArray>

#include <cmath>

namespace hangar::sim {

namespace {
constexpr int kMaxEventsPerMachine = 100;
}

QString SimMachine::mountedVolumeId() const
{
    const QJsonArray mounts = config.value(QLatin1String("mounts")).toArray();
    return mounts.isEmpty() ? QString()
                            : mounts.first().toObject().value(QLatin1String("volume")).toString();
}

QString SimMachine::mountPath() const
{
    const QJsonArray mounts = config.value(QLatin1String("mounts")).toArray();
    return mounts.isEmpty() ? QString()
                            : mounts.first().toObject().value(QLatin1String("path")).toString();
}

bool SimVolume::isDestroyed() const
{
    return state == QLatin1String("destroyed") || state == QLatin1String("pending_destroy")
        || state == QLatin1String("scheduling_destroy") || state == QLatin1String("destroying");
}

SimWorld::SimWorld(const SimClock &clock, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_ids(seed)
{
}

SimWorld::~SimWorld() = default;

qint64 SimWorld::nowMs() const
{
    return m_clock.nowMs();
}

int SimWorld::scaledMs(int baseMs) const
{
    return int(std::lround(baseMs * m_speed));
}

const SimOrg *SimWorld::findOrg(const QString &slug) const
{
    for (const SimOrg &org : m_orgs) {
        if (org.slug == slug)
            return &org;
    }
    return nullptr;
}

void SimWorld::addOrg(const SimOrg &org)
{
    m_orgs.append(org);
}

SimApp *SimWorld::findApp(const QString &name)
{
    const auto it = m_apps.find(name);
    return it == m_apps.end() ? nullptr : &it->second;
}

SimApp &SimWorld::addApp(const SimApp &app)
{
    auto &stored = m_apps[app.name];
    stored = app;
    emit changed();
    return stored;
}

void SimWorld::removeApp(const QString &name)
{
    for (auto it = m_machines.begin(); it != m_machines.end();) {
        if (it->second->appName == name)
            it = m_machines.erase(it);
        else
            ++it;
    }
    for (auto it = m_volumes.begin(); it != m_volumes.end();) {
        if (it->second->appName == name)
            it = m_volumes.erase(it);
        else
            ++it;
    }
    m_apps.erase(name);
    emit changed();
}

QList<SimApp *> SimWorld::apps()
{
    QList<SimApp *> result;
    for (auto &[name, app] : m_apps)
        result.append(&app);
    return result;
}

SimMachine *SimWorld::findMachine(const QString &appName, const QString &machineId)
{
    const auto it = m_machines.find(machineId);
    if (it == m_machines.end() || it->second->appName != appName)
        return nullptr;
    return it->second.get();
}

SimMachine &SimWorld::addMachine(std::unique_ptr<SimMachine> machine)
{
    SimMachine &stored = *machine;
    m_machines[machine->id] = std::move(machine);
    emit changed();
    return stored;
}

QList<SimMachine *> SimWorld::machinesOfApp(const QString &appName, bool includeDestroyed)
{
    QList<SimMachine *> result;
    for (auto &[id, machine] : m_machines) {
        if (machine->appName == appName && (includeDestroyed || !machine->isDestroyed()))
            result.append(machine.get());
    }
    return result;
}

QList<SimMachine *> SimWorld::allMachines()
{
    QList<SimMachine *> result;
    result.reserve(qsizetype(m_machines.size()));
    for (auto &[id, machine] : m_machines)
        result.append(machine.get());
    return result;
}

bool SimWorld::machineNameTaken(
    const QString &appName, const QString &name, const QString &exceptId)
{
    for (auto &[id, machine] : m_machines) {
        if (machine->appName == appName && machine->name == name && id != exceptId
            && !machine->isDestroyed())
            return true;
    }
    return false;
}

SimVolume *SimWorld::findVolume(const QString &appName, const QString &volumeId)
{
    const auto it = m_volumes.find(volumeId);
    if (it == m_volumes.end() || it->second->appName != appName)
        return nullptr;
    return it->second.get();
}

SimVolume &SimWorld::addVolume(std::unique_ptr<SimVolume> volume)
{
    SimVolume &stored = *volume;
    m_volumes[volume->id] = std::move(volume);
    emit changed();
    return stored;
}

QList<SimVolume *> SimWorld::volumesOfApp(const QString &appName, bool includeDestroyed)
{
    QList<SimVolume *> result;
    for (auto &[id, volume] : m_volumes) {
        if (volume->appName == appName && (includeDestroyed || !volume->isDestroyed()))
            result.append(volume.get());
    }
    return result;
}

QList<SimVolume *> SimWorld::allVolumes()
{
    QList<SimVolume *> result;
    for (auto &[id, volume] : m_volumes)
        result.append(volume.get());
    return result;
}

const SimEvent &SimWorld::recordEvent(SimMachine &machine, const QString &type,
    const QString &status, const QString &source, const QJsonObject &request)
{
    SimEvent event;
    event.timestampMs = nowMs();
    event.id = m_ids.ulid(event.timestampMs);
    event.type = type;
    event.status = status;
    event.source = source;
    event.request = request;
    machine.events.prepend(event);
    while (machine.events.size() > kMaxEventsPerMachine)
        machine.events.removeLast();
    return machine.events.first();
}

void SimWorld::touchMachine(SimMachine &machine)
{
    machine.updatedAtMs = nowMs();
    emit machineChanged(machine.id);
    emit changed();
}

void SimWorld::clear()
{
    m_machines.clear();
    m_volumes.clear();
    m_apps.clear();
    m_orgs.clear();
    emit changed();
}

} // namespace hangar::sim
