#pragma once

#include "sim/world/actionerror.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace hangar::sim {

class SimWorld;
struct SimMachine;

// The machine state machine of the Fly platform: which action is allowed from which state, the
// transient states it goes through and how long each takes (scaled by the world's speed), the
// events it records, and what happens when the main process exits.
class MachineLifecycle final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineLifecycle)

public:
    explicit MachineLifecycle(SimWorld &world, QObject *parent = nullptr);
    ~MachineLifecycle() override;

    // Called right after a create: records the launch and boots unless skipLaunch.
    void launch(SimMachine &machine, bool skipLaunch);
    ActionError start(SimMachine &machine, QString *previousState);
    ActionError stop(SimMachine &machine, const QString &signal);
    ActionError restart(SimMachine &machine, const QString &signal);
    ActionError suspend(SimMachine &machine);
    ActionError destroy(SimMachine &machine, bool force);
    ActionError signal(SimMachine &machine, const QString &signal);
    // Replaces the config (already validated) with a new version, restarting unless skipLaunch.
    void update(SimMachine &machine, const QJsonObject &config, bool skipLaunch);
    // The main process ended (a signal, or the demo fleet's crash loop).
    void processExited(SimMachine &machine, int exitCode, const QString &signal, bool requested);

    static bool isTransient(const QString &state);
    static bool isSettled(const QString &state) { return !isTransient(state); }

private:
    void schedule(SimMachine &machine, int baseMs, std::function<void(SimMachine &)> step);
    void setState(SimMachine &machine, const QString &state);
    void bootThenStart(SimMachine &machine, int baseMs, bool resetRootFs);
    void finishStopping(SimMachine &machine, int exitCode, const QString &signal, bool requested);
    void beginDestroy(SimMachine &machine);
    void newVersion(SimMachine &machine);

    SimWorld &m_world;
};

} // namespace hangar::sim
