#pragma once

#include "sim/world/idgenerator.h"
#include "sim/world/regiontable.h"
#include "sim/world/simclock.h"
#include "sim/world/simrecords.h"

#include <QObject>

#include <map>
#include <memory>

namespace hangar::sim {

// Everything the simulated Fly.io account holds: organisations, apps, machines, volumes. It
// owns the records and announces changes; the rules for what may change live in the
// lifecycle classes and the API handlers.
class SimWorld final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimWorld)

public:
    SimWorld(const SimClock &clock, quint32 seed, QObject *parent = nullptr);
    ~SimWorld() override;

    const SimClock &clock() const { return m_clock; }
    qint64 nowMs() const;
    IdGenerator &ids() { return m_ids; }
    const RegionTable &regions() const { return m_regions; }

    // Factor applied to every simulated transition time (1 = about Fly's pace, 0 = instant).
    double speed() const { return m_speed; }
    void setSpeed(double speed) { m_speed = speed; }
    int scaledMs(int baseMs) const;

    QString userEmail() const { return m_userEmail; }
    QString nearestRegion() const { return m_nearestRegion; }

    const QList<SimOrg> &orgs() const { return m_orgs; }
    const SimOrg *findOrg(const QString &slug) const;
    void addOrg(const SimOrg &org);

    SimApp *findApp(const QString &name);
    SimApp &addApp(const SimApp &app);
    void removeApp(const QString &name);
    QList<SimApp *> apps();

    SimMachine *findMachine(const QString &appName, const QString &machineId);
    SimMachine &addMachine(std::unique_ptr<SimMachine> machine);
    QList<SimMachine *> machinesOfApp(const QString &appName, bool includeDestroyed);
    QList<SimMachine *> allMachines();
    bool machineNameTaken(const QString &appName, const QString &name, const QString &exceptId);

    SimVolume *findVolume(const QString &appName, const QString &volumeId);
    SimVolume &addVolume(std::unique_ptr<SimVolume> volume);
    QList<SimVolume *> volumesOfApp(const QString &appName, bool includeDestroyed);
    QList<SimVolume *> allVolumes();

    const SimEvent &recordEvent(SimMachine &machine, const QString &type, const QString &status,
        const QString &source, const QJsonObject &request = {});

    void touchMachine(SimMachine &machine);
    void notifyChanged() { emit changed(); }

    // Forgets everything (before loading a state file or re-seeding).
    void clear();

signals:
    void machineChanged(const QString &machineId);
    void changed();

private:
    const SimClock &m_clock;
    IdGenerator m_ids;
    RegionTable m_regions;
    double m_speed = 1.0;
    QString m_userEmail = QStringLiteral("sandbox@hangar.local");
    QString m_nearestRegion = QStringLiteral("iad");
    QList<SimOrg> m_orgs;
    std::map<QString, SimApp> m_apps;
    std::map<QString, std::unique_ptr<SimMachine>> m_machines;
    std::map<QString, std::unique_ptr<SimVolume>> m_volumes;
};

} // namespace hangar::sim
