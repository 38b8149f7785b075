#include "core/fleet/fleetstore.h"

#include "api/apiclient.h"
#include "api/background.h"
#include "core/fleet/fleetdiff.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTimer>

namespace hangar::core {

Q_LOGGING_CATEGORY(lcFleet, "hangar.core.fleet")

namespace {

// Removes the records of one app from a delta's "previous" view: what a refresh compares with.
template<typename Record>
QHash<QString, Record> recordsOfApp(const QHash<QString, Record> &all, const QString &appName)
{
    QHash<QString, Record> result;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it->appName == appName)
            result.insert(it.key(), it.value());
    }
    return result;
}

} // namespace

FleetStore::FleetStore(api::ApiClient *client, QStringList orgSlugs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_orgSlugs(std::move(orgSlugs))
    , m_ticker(new QTimer(this))
{
    qRegisterMetaType<FleetDelta>();
    m_ticker->setInterval(m_intervals.tickMs);
    connect(m_ticker, &QTimer::timeout, this, &FleetStore::tick);
}

FleetStore::~FleetStore() = default;

qint64 FleetStore::nowMs() const
{
    return QDeadlineTimer::current().deadline(); // monotonic milliseconds
}

QList<api::App> FleetStore::apps() const
{
    return m_apps.values();
}

std::optional<api::App> FleetStore::app(const QString &name) const
{
    const auto it = m_apps.constFind(name);
    return it == m_apps.constEnd() ? std::nullopt : std::optional<api::App>(*it);
}

QList<MachineRecord> FleetStore::machines() const
{
    return m_machines.values();
}

QList<MachineRecord> FleetStore::machinesOfApp(const QString &appName) const
{
    return recordsOfApp(m_machines, appName).values();
}

std::optional<MachineRecord> FleetStore::machine(const QString &machineId) const
{
    const auto it = m_machines.constFind(machineId);
    return it == m_machines.constEnd() ? std::nullopt : std::optional<MachineRecord>(*it);
}

QList<VolumeRecord> FleetStore::volumes() const
{
    return m_volumes.values();
}

QList<VolumeRecord> FleetStore::volumesOfApp(const QString &appName) const
{
    return recordsOfApp(m_volumes, appName).values();
}

std::optional<VolumeRecord> FleetStore::volume(const QString &volumeId) const
{
    const auto it = m_volumes.constFind(volumeId);
    return it == m_volumes.constEnd() ? std::nullopt : std::optional<VolumeRecord>(*it);
}

FleetSnapshot FleetStore::snapshot() const
{
    return {apps(), machines(), volumes()};
}

void FleetStore::start()
{
    if (m_started)
        return;
    m_started = true;
    loadRegions();
    if (m_orgSlugs.isEmpty())
        discoverOrgs();
    else
        loadApps();
    m_ticker->start();
}

void FleetStore::refreshAll()
{
    if (!m_started) {
        start();
        return;
    }
    loadRegions();
    loadApps();
    for (auto it = m_appStates.begin(); it != m_appStates.end(); ++it)
        it->nextDueMs = 0;
    tick();
}

void FleetStore::refreshApp(const QString &appName)
{
    if (m_apps.contains(appName))
        loadAppContents(appName);
}

void FleetStore::setFocusedApp(const QString &appName)
{
    if (m_focusedApp == appName)
        return;
    m_focusedApp = appName;
    if (m_appStates.contains(appName))
        m_appStates[appName].nextDueMs =
            qMin(m_appStates[appName].nextDueMs, nowMs() + m_intervals.focusedAppMs);
}

void FleetStore::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
    m_ticker->setInterval(intervals.tickMs);
}

void FleetStore::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    // Coming back: bring everything up to date at once rather than on the old schedule.
    if (!paused && m_started)
        refreshAll();
}

void FleetStore::discoverOrgs()
{
    beginLoad();
    m_client->currentToken().then(this, [this](const api::Result<QList<api::TokenInfo>> &tokens) {
        QStringList orgs;
        if (tokens.ok()) {
            for (const api::TokenInfo &token : tokens.value()) {
                if (!token.orgSlug().isEmpty() && !orgs.contains(token.orgSlug()))
                    orgs.append(token.orgSlug());
            }
        }
        // A user token (not a macaroon) may not describe itself: "personal" always exists.
        m_orgSlugs = orgs.isEmpty() ? QStringList {QStringLiteral("personal")} : orgs;
        loadApps();
        endLoad(api::ApiError());
    });
}

void FleetStore::loadRegions()
{
    m_client->regions().then(this, [this](const api::Result<api::RegionList> &regions) {
        if (!regions.ok())
            return; // the map falls back to the built-in region list
        m_regions = regions.value();
        emit regionsChanged();
    });
}

void FleetStore::loadApps()
{
    if (m_appsInFlight || m_orgSlugs.isEmpty())
        return;
    m_appsInFlight = true;
    m_nextAppListMs = nowMs() + m_intervals.appListMs;
    beginLoad();
    auto collected = std::make_shared<QList<api::App>>();
    auto remaining = std::make_shared<int>(int(m_orgSlugs.size()));
    auto failure = std::make_shared<api::ApiError>();
    const quint64 generation = m_generation;
    for (const QString &org : std::as_const(m_orgSlugs)) {
        m_client->listApps(org).then(this,
            [this, collected, remaining, failure, generation](
                const api::Result<QList<api::App>> &apps) {
                if (apps.ok())
                    collected->append(apps.value());
                else
                    *failure = apps.error();
                if (--*remaining > 0)
                    return;
                m_appsInFlight = false;
                // With one organisation failing, keep the apps we know rather than dropping them.
                if (!failure->isError() && generation == m_generation)
                    applyApps(*collected);
                endLoad(*failure);
            });
    }
}

void FleetStore::applyApps(const QList<api::App> &apps)
{
    FleetDelta delta = diffApps(m_apps, apps);
    for (const QString &name : std::as_const(delta.appsRemoved)) {
        for (auto it = m_machines.constBegin(); it != m_machines.constEnd(); ++it) {
            if (it->appName == name)
                delta.machinesRemoved.append(it.key());
        }
        for (auto it = m_volumes.constBegin(); it != m_volumes.constEnd(); ++it) {
            if (it->appName == name)
                delta.volumesRemoved.append(it.key());
        }
    }
    applyDelta(delta);
    for (const api::App &app : std::as_const(delta.appsAdded))
        loadAppContents(app.name());
}

void FleetStore::loadAppContents(const QString &appName)
{
    AppState &state = m_appStates[appName];
    if (state.inFlight)
        return;
    state.inFlight = true;
    state.nextDueMs = nowMs()
        + (appName == m_focusedApp ? m_intervals.focusedAppMs : m_intervals.backgroundAppMs);
    beginLoad();

    struct Fetch {
        std::optional<api::Result<QList<api::Machine>>> machines;
        std::optional<api::Result<QList<api::Volume>>> volumes;
    };
    auto fetch = std::make_shared<Fetch>();
    auto finishIfComplete = [this, appName, fetch] {
        if (!fetch->machines || !fetch->volumes)
            return;
        const api::ApiError error =
            !fetch->machines->ok() ? fetch->machines->error() : fetch->volumes->error();
        if (error.isError()) {
            m_appStates[appName].inFlight = false;
            // The app was deleted meanwhile: the app list will say so; it is not a failure.
            const bool appGone = error.reason() == api::ApiError::Reason::NotFound;
            if (appGone)
                loadApps();
            endLoad(appGone ? api::ApiError() : error);
            return;
        }
        const QHash<QString, MachineRecord> previousMachines = recordsOfApp(m_machines, appName);
        const QHash<QString, VolumeRecord> previousVolumes = recordsOfApp(m_volumes, appName);
        const QList<api::Machine> machines = fetch->machines->value();
        const QList<api::Volume> volumes = fetch->volumes->value();
        api::runInBackground<FleetDelta>(
            this,
            [appName, previousMachines, machines, previousVolumes, volumes] {
                return diffAppContents(
                    appName, previousMachines, machines, previousVolumes, volumes);
            },
            [this, appName](const FleetDelta &delta) {
                m_appStates[appName].inFlight = false;
                // The app may have gone while this was compared.
                if (m_apps.contains(appName))
                    applyDelta(delta);
                endLoad(api::ApiError());
            });
    };
    m_client->listMachines(appName).then(
        this, [fetch, finishIfComplete](const api::Result<QList<api::Machine>> &result) {
            fetch->machines.emplace(result);
            finishIfComplete();
        });
    m_client->listVolumes(appName).then(
        this, [fetch, finishIfComplete](const api::Result<QList<api::Volume>> &result) {
            fetch->volumes.emplace(result);
            finishIfComplete();
        });
}

void FleetStore::refreshMachine(const QString &appName, const QString &machineId)
{
    m_client->getMachine(appName, machineId)
        .then(this, [this, appName, machineId](const api::Result<api::Machine> &result) {
            FleetDelta delta;
            if (result.ok() && result->state() != QLatin1String("destroyed")) {
                applyMachine(appName, result.value());
                return;
            }
            if ((result.ok() || result.error().httpStatus() == 404)
                && m_machines.contains(machineId)) {
                delta.machinesRemoved.append(machineId);
                applyDelta(delta);
            }
        });
}

void FleetStore::refreshVolume(const QString &appName, const QString &volumeId)
{
    m_client->getVolume(appName, volumeId)
        .then(this, [this, appName, volumeId](const api::Result<api::Volume> &result) {
            FleetDelta delta;
            if (result.ok() && !result->isGone()) {
                (m_volumes.contains(volumeId) ? delta.volumesChanged : delta.volumesAdded)
                    .append({appName, result.value()});
            } else if ((result.ok() || result.error().httpStatus() == 404)
                && m_volumes.contains(volumeId)) {
                delta.volumesRemoved.append(volumeId);
            }
            applyDelta(delta);
        });
}

void FleetStore::applyMachine(const QString &appName, const api::Machine &machine)
{
    FleetDelta delta;
    const auto existing = m_machines.constFind(machine.id());
    if (existing == m_machines.constEnd()) {
        delta.machinesAdded.append({appName, machine});
    } else if (existing->machine.json() != machine.json()) {
        // An answer older than what we hold (a slow poll overtaken by an action) is ignored.
        if (existing->machine.updatedAt().isValid()
            && machine.updatedAt() < existing->machine.updatedAt())
            return;
        delta.machinesChanged.append({appName, machine});
    }
    applyDelta(delta);
}

void FleetStore::applyDelta(const FleetDelta &delta)
{
    if (delta.isEmpty())
        return;
    for (const api::App &app : delta.appsAdded)
        m_apps.insert(app.name(), app);
    for (const api::App &app : delta.appsChanged)
        m_apps.insert(app.name(), app);
    for (const QString &name : delta.appsRemoved) {
        m_apps.remove(name);
        m_appStates.remove(name);
    }
    for (const MachineRecord &record : delta.machinesAdded)
        m_machines.insert(record.machine.id(), record);
    for (const MachineRecord &record : delta.machinesChanged)
        m_machines.insert(record.machine.id(), record);
    for (const QString &id : delta.machinesRemoved)
        m_machines.remove(id);
    for (const VolumeRecord &record : delta.volumesAdded)
        m_volumes.insert(record.volume.id(), record);
    for (const VolumeRecord &record : delta.volumesChanged)
        m_volumes.insert(record.volume.id(), record);
    for (const QString &id : delta.volumesRemoved)
        m_volumes.remove(id);
    emit deltaReady(delta);
}

void FleetStore::beginLoad()
{
    if (m_pendingLoads++ == 0)
        emit refreshingChanged(true);
}

void FleetStore::endLoad(const api::ApiError &error)
{
    if (error.isError()) {
        m_cycleError = error;
        qCWarning(lcFleet).noquote() << "refresh failed:" << error.details();
        emit refreshFailed(error);
    }
    if (--m_pendingLoads > 0)
        return;
    m_pendingLoads = 0;
    emit refreshingChanged(false);
    m_lastError = m_cycleError;
    m_cycleError = api::ApiError();
    if (!m_lastError.isError()) {
        m_lastRefresh = QDateTime::currentDateTimeUtc();
        emit refreshed(m_lastRefresh);
    }
    // Announced even after a failure, so the window can leave its loading state and say why.
    if (!m_loaded) {
        m_loaded = true;
        emit loaded();
    }
}

void FleetStore::tick()
{
    if (m_paused || !m_started)
        return;
    const qint64 now = nowMs();
    if (now >= m_nextAppListMs && !m_orgSlugs.isEmpty())
        loadApps();
    const QStringList names = m_apps.keys();
    for (const QString &name : names) {
        const AppState &state = m_appStates[name];
        if (!state.inFlight && now >= state.nextDueMs)
            loadAppContents(name);
    }
}

} // namespace hangar::core
