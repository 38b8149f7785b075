#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hangar::sim {

class SimWorld;
struct SimApp;
struct SimMachine;
struct SimVolume;

// Places apps, machines and volumes straight into a world, already in the state asked for,
// with a plausible history of events. Used by the seeds; the API goes through the lifecycles.
class FleetBuilder final {
public:
    explicit FleetBuilder(SimWorld &world)
        : m_world(world)
    {
    }

    void org(const QString &slug, const QString &name);
    SimApp &app(const QString &name, const QString &orgSlug, qint64 ageDays);
    void secret(SimApp &app, const QString &name, const QString &value);
    SimVolume &volume(const QString &appName, const QString &name, const QString &region,
        int sizeGb, qint64 ageDays);
    // A file in a volume, with its parent directories.
    void file(SimVolume &volume, const QString &path, const QByteArray &contents, int mode = 0644);
    void snapshot(SimVolume &volume, qint64 ageDays);
    // `state` is a settled state: created, started, stopped, suspended, failed or destroyed.
    SimMachine &machine(const QString &appName, const QString &name, const QString &region,
        const QJsonObject &config, const QString &state, qint64 ageDays);
    void mount(SimMachine &machine, SimVolume &volume, const QString &path);

    static QJsonObject guest(const QString &preset);
    static QJsonObject httpService(int internalPort, const QString &autostop, bool withCheck);

private:
    SimWorld &m_world;
};

} // namespace hangar::sim
