#include "sim/world/machinelifecycle.h"

#include "sim/world/machineboot.h"
#include "sim/world/simworld.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QTimer>

namespace hangar::sim {

namespace {

// Base transition times in milliseconds at speed 1, close to what Fly takes.
constexpr int kCreatedToStarting = 150;
constexpr int kBoot = 900;
constexpr int kResume = 300;
constexpr int kStop = 700;
constexpr int kSuspend = 900;
constexpr int kRestart = 1100;
constexpr int kReplace = 1200;
constexpr int kDestroy = 500;

const QString kCreated = QStringLiteral("created");
const QString kStarting = QStringLiteral("starting");
const QString kStarted = QStringLiteral("started");
const QString kStopping = QStringLiteral("stopping");
const QString kStopped = QStringLiteral("stopped");
const QString kSuspending = QStringLiteral("suspending");
const QString kSuspended = QStringLiteral("suspended");
const QString kRestarting = QStringLiteral("restarting");
const QString kReplacing = QStringLiteral("replacing");
const QString kDestroying = QStringLiteral("destroying");
const QString kDestroyed = QStringLiteral("destroyed");
const QString kFailed = QStringLiteral("failed");
const QString kUser = QStringLiteral("user");
const QString kFlyd = QStringLiteral("flyd");

ActionError refused(const SimMachine &machine, const QString &action, const QString &allowed)
{
    return {412,
        QStringLiteral("unable to %1 machine %2 while it is %3; it can be %4")
            .arg(action, machine.id, machine.state, allowed)};
}

QString restartPolicy(const SimMachine &machine)
{
    const QString policy = machine.config.value(QLatin1String("restart"))
                               .toObject()
                               .value(QLatin1String("policy"))
                               .toString();
    return policy.isEmpty() ? QStringLiteral("on-failure") : policy;
}

int exitCodeForSignal(const QString &signal)
{
    if (signal == QLatin1String("SIGKILL"))
        return 137;
    if (signal == QLatin1String("SIGTERM") || signal == QLatin1String("SIGINT")
        || signal == QLatin1String("SIGQUIT"))
        return 0; // the main process shuts down cleanly
    return -1; // the process keeps running
}

} // namespace

MachineLifecycle::MachineLifecycle(SimWorld &world, QObject *parent)
    : QObject(parent)
    , m_world(world)
{
}

MachineLifecycle::~MachineLifecycle() = default;

bool MachineLifecycle::isTransient(const QString &state)
{
    static const QStringList transient {QStringLiteral("creating"), kStarting, kStopping,
        kRestarting, kSuspending, QStringLiteral("updating"), kReplacing, kDestroying,
        QStringLiteral("launch_failed")};
    return transient.contains(state);
}

void MachineLifecycle::schedule(
    SimMachine &machine, int baseMs, std::function<void(SimMachine &)> step)
{
    const quint64 token = ++machine.transitionToken;
    const QString appName = machine.appName;
    const QString id = machine.id;
    QTimer::singleShot(m_world.scaledMs(baseMs), this, [this, appName, id, token, step] {
        SimMachine *current = m_world.findMachine(appName, id);
        if (current && current->transitionToken == token)
            step(*current);
    });
}

void MachineLifecycle::setState(SimMachine &machine, const QString &state)
{
    machine.state = state;
    m_world.touchMachine(machine);
}

void MachineLifecycle::newVersion(SimMachine &machine)
{
    machine.version = m_world.ids().ulid(m_world.nowMs());
    machine.versions.prepend({machine.version, machine.config});
}

void MachineLifecycle::launch(SimMachine &machine, bool skipLaunch)
{
    machine.state = kCreated;
    m_world.recordEvent(machine, QStringLiteral("launch"), kCreated, kUser);
    m_world.touchMachine(machine);
    if (skipLaunch)
        return;
    schedule(machine, kCreatedToStarting, [this](SimMachine &m) { bootThenStart(m, kBoot, true); });
}

void MachineLifecycle::bootThenStart(SimMachine &machine, int baseMs, bool resetRootFs)
{
    if (resetRootFs)
        bootMachineRootFs(m_world, machine);
    setState(machine, kStarting);
    schedule(machine, baseMs, [this](SimMachine &m) {
        m.startedAtMs = m_world.nowMs();
        m_world.recordEvent(m, QStringLiteral("start"), kStarted, kFlyd);
        setState(m, kStarted);
    });
}

ActionError MachineLifecycle::start(SimMachine &machine, QString *previousState)
{
    const QString previous = machine.state;
    if (previous != kCreated && previous != kStopped && previous != kSuspended
        && previous != kFailed)
        return refused(machine, QStringLiteral("start"),
            QStringLiteral("started only when it is created, stopped, suspended or failed"));
    if (previousState)
        *previousState = previous;
    m_world.recordEvent(machine, QStringLiteral("start"), kStarting, kUser);
    // A suspended machine resumes from its snapshot, so its root file system survives.
    if (previous == kSuspended)
        bootThenStart(machine, kResume, false);
    else
        bootThenStart(machine, kBoot, true);
    return ActionError::none();
}

ActionError MachineLifecycle::stop(SimMachine &machine, const QString &signal)
{
    if (machine.state != kStarted && machine.state != kSuspended)
        return refused(machine, QStringLiteral("stop"),
            QStringLiteral("stopped only when it is started or suspended"));
    m_world.recordEvent(machine, QStringLiteral("stop"), kStopping, kUser);
    setState(machine, kStopping);
    const QString usedSignal = signal.isEmpty() ? QStringLiteral("SIGINT") : signal;
    schedule(machine, kStop, [this, usedSignal](SimMachine &m) {
        finishStopping(m, usedSignal == QLatin1String("SIGKILL") ? 137 : 0, usedSignal, true);
    });
    return ActionError::none();
}

void MachineLifecycle::finishStopping(
    SimMachine &machine, int exitCode, const QString &signal, bool requested)
{
    const QJsonObject exitEvent {
        {QLatin1String("exit_code"), exitCode},
        {QLatin1String("guest_exit_code"), exitCode},
        {QLatin1String("guest_signal"), -1},
        {QLatin1String("oom_killed"), false},
        {QLatin1String("requested_stop"), requested},
        {QLatin1String("restarting"), false},
        {QLatin1String("signal"), signal.isEmpty() ? -1 : 2},
        {QLatin1String("exited_at"),
            QDateTime::fromMSecsSinceEpoch(m_world.nowMs(), QTimeZone::utc())
                .toString(Qt::ISODateWithMs)},
    };
    m_world.recordEvent(machine, QStringLiteral("exit"), kStopped, kFlyd,
        {{QLatin1String("exit_event"), exitEvent},
            {QLatin1String("restart_count"), machine.restartCount}});
    if (machine.config.value(QLatin1String("auto_destroy")).toBool()) {
        beginDestroy(machine);
        return;
    }
    setState(machine, kStopped);
}

ActionError MachineLifecycle::restart(SimMachine &machine, const QString &signal)
{
    Q_UNUSED(signal)
    if (machine.state != kStarted)
        return refused(machine, QStringLiteral("restart"),
            QStringLiteral("restarted only when it is started"));
    m_world.recordEvent(machine, QStringLiteral("restart"), kRestarting, kUser);
    setState(machine, kRestarting);
    schedule(machine, kRestart, [this](SimMachine &m) {
        bootMachineRootFs(m_world, m);
        m.startedAtMs = m_world.nowMs();
        m_world.recordEvent(m, QStringLiteral("start"), kStarted, kFlyd);
        setState(m, kStarted);
    });
    return ActionError::none();
}

ActionError MachineLifecycle::suspend(SimMachine &machine)
{
    if (machine.state != kStarted)
        return refused(machine, QStringLiteral("suspend"),
            QStringLiteral("suspended only when it is started"));
    const int memory = machine.config.value(QLatin1String("guest"))
                           .toObject()
                           .value(QLatin1String("memory_mb"))
                           .toInt(256);
    if (memory > 2048) {
        // Fly cannot snapshot machines this large and stops them instead.
        return stop(machine, QString());
    }
    m_world.recordEvent(machine, QStringLiteral("suspend"), kSuspending, kUser);
    setState(machine, kSuspending);
    schedule(machine, kSuspend, [this](SimMachine &m) {
        m_world.recordEvent(m, QStringLiteral("suspend"), kSuspended, kFlyd);
        setState(m, kSuspended);
    });
    return ActionError::none();
}

ActionError MachineLifecycle::destroy(SimMachine &machine, bool force)
{
    if (machine.state == kDestroyed || machine.state == kDestroying)
        return {404, QStringLiteral("machine %1 is already destroyed").arg(machine.id)};
    const bool stoppedEnough = machine.state == kStopped || machine.state == kSuspended
        || machine.state == kCreated || machine.state == kFailed;
    if (!stoppedEnough && !force)
        return {412,
            QStringLiteral("unable to destroy machine %1 while it is %2; stop it first or "
                           "pass force=true")
                .arg(machine.id, machine.state)};
    m_world.recordEvent(machine, QStringLiteral("destroy"), kDestroying, kUser);
    beginDestroy(machine);
    return ActionError::none();
}

void MachineLifecycle::beginDestroy(SimMachine &machine)
{
    // The volume is free as soon as destruction starts, so it can be mounted elsewhere.
    const QString volumeId = machine.mountedVolumeId();
    if (SimVolume *volume = m_world.findVolume(machine.appName, volumeId)) {
        if (volume->attachedMachineId == machine.id)
            volume->attachedMachineId.clear();
    }
    machine.lease.reset();
    setState(machine, kDestroying);
    schedule(machine, kDestroy, [this](SimMachine &m) {
        m_world.recordEvent(m, QStringLiteral("destroy"), kDestroyed, kFlyd);
        setState(m, kDestroyed);
    });
}

ActionError MachineLifecycle::signal(SimMachine &machine, const QString &signal)
{
    if (machine.state != kStarted)
        return refused(
            machine, QStringLiteral("signal"), QStringLiteral("signalled only when it is started"));
    m_world.recordEvent(
        machine, QStringLiteral("signal"), kStarted, kUser, {{QLatin1String("signal"), signal}});
    const int exitCode = exitCodeForSignal(signal);
    if (exitCode >= 0)
        processExited(machine, exitCode, signal, false);
    else
        m_world.touchMachine(machine);
    return ActionError::none();
}

void MachineLifecycle::processExited(
    SimMachine &machine, int exitCode, const QString &signal, bool requested)
{
    const QString policy = restartPolicy(machine);
    const int maxRetries = machine.config.value(QLatin1String("restart"))
                               .toObject()
                               .value(QLatin1String("max_retries"))
                               .toInt(10);
    const bool autoDestroy = machine.config.value(QLatin1String("auto_destroy")).toBool();
    const bool restart = !autoDestroy
        && (policy == QLatin1String("always")
            || (policy == QLatin1String("on-failure") && exitCode != 0
                && machine.restartCount < maxRetries));
    if (!restart) {
        setState(machine, kStopping);
        schedule(machine, kStop / 2, [this, exitCode, signal, requested](SimMachine &m) {
            finishStopping(m, exitCode, signal, requested);
        });
        return;
    }
    ++machine.restartCount;
    m_world.recordEvent(machine, QStringLiteral("exit"), kRestarting, kFlyd,
        {{QLatin1String("exit_event"),
             QJsonObject {{QLatin1String("exit_code"), exitCode},
                 {QLatin1String("restarting"), true},
                 {QLatin1String("requested_stop"), requested}}},
            {QLatin1String("restart_count"), machine.restartCount}});
    setState(machine, kRestarting);
    schedule(machine, kRestart, [this](SimMachine &m) {
        bootMachineRootFs(m_world, m);
        m.startedAtMs = m_world.nowMs();
        m_world.recordEvent(m, QStringLiteral("start"), kStarted, kFlyd);
        setState(m, kStarted);
    });
}

void MachineLifecycle::update(SimMachine &machine, const QJsonObject &config, bool skipLaunch)
{
    machine.config = config;
    newVersion(machine);
    m_world.recordEvent(machine, QStringLiteral("update"), kReplacing, kUser);
    const bool idle = machine.state == kStopped || machine.state == kCreated
        || machine.state == kSuspended || machine.state == kFailed;
    if (skipLaunch && idle) {
        setState(machine, machine.state == kCreated ? kCreated : kStopped);
        return;
    }
    setState(machine, kReplacing);
    schedule(machine, kReplace, [this](SimMachine &m) {
        bootMachineRootFs(m_world, m);
        m.startedAtMs = m_world.nowMs();
        m_world.recordEvent(m, QStringLiteral("update"), kStarted, kFlyd);
        setState(m, kStarted);
    });
}

} // namespace hangar::sim
