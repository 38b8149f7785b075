#include "sim/state/fleetbuilder.h"

#include "sim/world/configrules.h"
#include "sim/world/machineboot.h"
#include "sim/world/simworld.h"
#include "sim/world/volumelifecycle.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace hangar::sim {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

void FleetBuilder::org(const QString &slug, const QString &name)
{
    m_world.addOrg({slug, name, m_world.ids().bounded(10000, 999999)});
}

SimApp &FleetBuilder::app(const QString &name, const QString &orgSlug, qint64 ageDays)
{
    SimApp app;
    app.name = name;
    app.orgSlug = orgSlug;
    app.id = m_world.ids().appId();
    app.createdAtMs = m_world.nowMs() - ageDays * kDayMs;
    app.internalNumericId = m_world.ids().bounded(100000, 9999999);
    app.networkId = m_world.ids().bounded(0x100, 0xfff);
    return m_world.addApp(app);
}

void FleetBuilder::secret(SimApp &app, const QString &name, const QString &value)
{
    SimSecret secret;
    secret.name = name;
    secret.value = value;
    secret.digest = QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    secret.createdAtMs = app.createdAtMs;
    secret.updatedAtMs = app.createdAtMs;
    app.secrets.insert(name, secret);
    ++app.secretsVersion;
}

SimVolume &FleetBuilder::volume(
    const QString &appName, const QString &name, const QString &region, int sizeGb, qint64 ageDays)
{
    auto volume = std::make_unique<SimVolume>();
    volume->id = m_world.ids().volumeId();
    volume->appName = appName;
    volume->name = name;
    volume->region = region;
    volume->zone = VolumeLifecycle::zoneName(
        region, m_world.ids().bounded(0, VolumeLifecycle::kZonesPerRegion));
    volume->sizeGb = sizeGb;
    volume->createdAtMs = m_world.nowMs() - ageDays * kDayMs;
    volume->files = std::make_shared<VirtualFs>(VolumeLifecycle::bytesForGb(sizeGb));
    return m_world.addVolume(std::move(volume));
}

void FleetBuilder::file(
    SimVolume &volume, const QString &path, const QByteArray &contents, int mode)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash > 0)
        volume.files->makeDirectory(path.left(slash), true);
    volume.files->writeFile(path, contents);
    volume.files->setMode(path, mode);
}

void FleetBuilder::snapshot(SimVolume &volume, qint64 ageDays)
{
    SimSnapshot snapshot;
    snapshot.id = m_world.ids().snapshotId();
    snapshot.createdAtMs = m_world.nowMs() - ageDays * kDayMs;
    snapshot.contents = *volume.files;
    snapshot.sizeBytes = volume.files->usedBytes();
    snapshot.volumeSizeGb = volume.sizeGb;
    snapshot.retentionDays = volume.snapshotRetention;
    snapshot.digest = m_world.ids().hex(32);
    volume.snapshots.append(snapshot);
}

SimMachine &FleetBuilder::machine(const QString &appName, const QString &name,
    const QString &region, const QJsonObject &config, const QString &state, qint64 ageDays)
{
    const SimApp *app = m_world.findApp(appName);
    auto machine = std::make_unique<SimMachine>();
    machine->id = m_world.ids().machineId();
    machine->appName = appName;
    machine->name = name;
    machine->region = region;
    machine->config = normalizedMachineConfig(config);
    machine->createdAtMs = m_world.nowMs() - ageDays * kDayMs;
    machine->updatedAtMs = machine->createdAtMs + m_world.ids().bounded(1, 3600) * 1000LL;
    machine->privateIp = m_world.ids().privateIp(app ? app->networkId : 0x100);
    machine->version = m_world.ids().ulid(machine->createdAtMs);
    machine->versions.prepend({machine->version, machine->config});
    machine->hostZone = m_world.ids().zone();

    // A short, believable history: launched, started, then whatever led to the state.
    const QString user = QStringLiteral("user");
    const QString flyd = QStringLiteral("flyd");
    auto event = [&](const QString &type, const QString &status, const QString &source,
                     qint64 atMs) {
        SimEvent e;
        e.timestampMs = atMs;
        e.id = m_world.ids().ulid(atMs);
        e.type = type;
        e.status = status;
        e.source = source;
        machine->events.prepend(e);
    };
    const qint64 born = machine->createdAtMs;
    event(QStringLiteral("launch"), QStringLiteral("created"), user, born);
    if (state != QLatin1String("created")) {
        event(QStringLiteral("start"), QStringLiteral("started"), flyd, born + 1200);
        machine->startedAtMs = born + 1200;
    }
    const qint64 later = machine->updatedAtMs;
    if (state == QLatin1String("stopped")) {
        event(QStringLiteral("stop"), QStringLiteral("stopping"), user, later - 900);
        event(QStringLiteral("exit"), QStringLiteral("stopped"), flyd, later);
    } else if (state == QLatin1String("suspended")) {
        event(QStringLiteral("suspend"), QStringLiteral("suspended"), flyd, later);
    } else if (state == QLatin1String("failed")) {
        event(QStringLiteral("exit"), QStringLiteral("failed"), flyd, later);
    } else if (state == QLatin1String("destroyed")) {
        event(QStringLiteral("destroy"), QStringLiteral("destroyed"), flyd, later);
    }
    machine->state = state;
    SimMachine &stored = m_world.addMachine(std::move(machine));
    if (state == QLatin1String("started") || state == QLatin1String("suspended"))
        bootMachineRootFs(m_world, stored);
    return stored;
}

void FleetBuilder::mount(SimMachine &machine, SimVolume &volume, const QString &path)
{
    machine.config.insert(QLatin1String("mounts"),
        QJsonArray {QJsonObject {{QLatin1String("volume"), volume.id},
            {QLatin1String("path"), path}, {QLatin1String("name"), volume.name}}});
    machine.versions.first().config = machine.config;
    machine.hostZone = volume.zone;
    if (!machine.isDestroyed())
        volume.attachedMachineId = machine.id;
}

QJsonObject FleetBuilder::guest(const QString &preset)
{
    const auto size = presetSize(preset);
    return {{QLatin1String("cpu_kind"), size->cpuKind}, {QLatin1String("cpus"), size->cpus},
        {QLatin1String("memory_mb"), size->memoryMb}};
}

QJsonObject FleetBuilder::httpService(int internalPort, const QString &autostop, bool withCheck)
{
    QJsonObject service {
        {QLatin1String("protocol"), QStringLiteral("tcp")},
        {QLatin1String("internal_port"), internalPort},
        {QLatin1String("autostop"), autostop},
        {QLatin1String("autostart"), true},
        {QLatin1String("min_machines_running"), 0},
        {QLatin1String("ports"),
            QJsonArray {QJsonObject {{QLatin1String("port"), 80},
                            {QLatin1String("handlers"), QJsonArray {QStringLiteral("http")}},
                            {QLatin1String("force_https"), true}},
                QJsonObject {{QLatin1String("port"), 443},
                    {QLatin1String("handlers"),
                        QJsonArray {QStringLiteral("tls"), QStringLiteral("http")}}}}},
        {QLatin1String("concurrency"),
            QJsonObject {{QLatin1String("type"), QStringLiteral("connections")},
                {QLatin1String("soft_limit"), 20}, {QLatin1String("hard_limit"), 25}}},
    };
    if (withCheck) {
        service.insert(QLatin1String("checks"),
            QJsonArray {QJsonObject {{QLatin1String("type"), QStringLiteral("tcp")},
                {QLatin1String("interval"), QStringLiteral("15s")},
                {QLatin1String("timeout"), QStringLiteral("2s")},
                {QLatin1String("grace_period"), QStringLiteral("5s")}}});
    }
    return service;
}

} // namespace hangar::sim
