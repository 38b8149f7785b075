#pragma once

#include "api/apierror.h"
#include "api/values/region.h"
#include "core/fleet/fleetrecords.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class QTimer;

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {

// Everything one account holds: apps, machines, volumes, regions. It loads them once, then
// keeps them fresh by polling (often for the app in view, rarely for the rest, not at all while
// the window is hidden), after every action on the touched objects, and on demand. Each refresh
// is parsed and compared off the GUI thread; what changed is announced as one FleetDelta.
class FleetStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetStore)

public:
    struct Intervals {
        int focusedAppMs = 5000;
        int backgroundAppMs = 30000;
        int appListMs = 60000;
        int tickMs = 1000; // how often due refreshes are looked for
    };

    // `orgSlugs` empty: the organisations the token can reach (GET /tokens/current).
    FleetStore(api::ApiClient *client, QStringList orgSlugs, QObject *parent = nullptr);
    ~FleetStore() override;

    api::ApiClient *client() const { return m_client; }

    QList<api::App> apps() const;
    std::optional<api::App> app(const QString &name) const;
    QList<MachineRecord> machines() const;
    QList<MachineRecord> machinesOfApp(const QString &appName) const;
    std::optional<MachineRecord> machine(const QString &machineId) const;
    QList<VolumeRecord> volumes() const;
    QList<VolumeRecord> volumesOfApp(const QString &appName) const;
    std::optional<VolumeRecord> volume(const QString &volumeId) const;
    const api::RegionList &regions() const { return m_regions; }
    FleetSnapshot snapshot() const;

    bool hasLoaded() const { return m_loaded; }
    bool isRefreshing() const { return m_pendingLoads > 0; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    const api::ApiError &lastError() const { return m_lastError; }

    // Loads everything, then keeps polling.
    void start();
    void refreshAll();
    void refreshApp(const QString &appName);
    void refreshMachine(const QString &appName, const QString &machineId);
    void refreshVolume(const QString &appName, const QString &volumeId);
    // The app in view is polled often.
    void setFocusedApp(const QString &appName);
    // While the window is hidden or minimised nothing is polled.
    void setPaused(bool paused);
    void setIntervals(const Intervals &intervals);
    // Takes a machine an action just returned, without waiting for the next poll.
    void applyMachine(const QString &appName, const api::Machine &machine);

signals:
    void deltaReady(const hangar::core::FleetDelta &delta);
    void regionsChanged();
    void loaded();
    void refreshingChanged(bool refreshing);
    void refreshed(const QDateTime &at);
    void refreshFailed(const hangar::api::ApiError &error);

private:
    struct AppState {
        qint64 nextDueMs = 0;
        bool inFlight = false;
    };

    void discoverOrgs();
    void loadApps();
    void loadRegions();
    void loadAppContents(const QString &appName);
    void applyApps(const QList<api::App> &apps);
    void applyDelta(const FleetDelta &delta);
    void beginLoad();
    void endLoad(const api::ApiError &error);
    void tick();
    qint64 nowMs() const;

    api::ApiClient *m_client;
    QStringList m_orgSlugs;
    QHash<QString, api::App> m_apps;
    QHash<QString, MachineRecord> m_machines;
    QHash<QString, VolumeRecord> m_volumes;
    QHash<QString, AppState> m_appStates;
    api::RegionList m_regions;
    QString m_focusedApp;
    Intervals m_intervals;
    QTimer *m_ticker;
    qint64 m_nextAppListMs = 0;
    int m_pendingLoads = 0;
    bool m_loaded = false;
    bool m_started = false;
    bool m_paused = false;
    bool m_appsInFlight = false;
    QDateTime m_lastRefresh;
    api::ApiError m_lastError;
    api::ApiError m_cycleError; // the first failure of the refresh in progress
    quint64 m_generation = 0;
};

} // namespace hangar::core
