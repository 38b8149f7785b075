#include "sim/api/machinehandlers.h"

#include "sim/api/handlersupport.h"
#include "sim/api/pagination.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/api/simjson.h"
#include "sim/world/configrules.h"
#include "sim/world/machinelifecycle.h"
#include "sim/world/simworld.h"

namespace hangar::sim {

namespace {

constexpr int kMaxMachinesPerPage = 1000;
constexpr int kMaxLeaseTtlSecs = 3600;

bool matchesMetadata(const SimMachine &machine, const ApiCall &call)
{
    const QJsonObject metadata = machine.config.value(QLatin1String("metadata")).toObject();
    const auto items = call.request().query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!key.startsWith(QLatin1String("metadata.")))
            continue;
        if (metadata.value(key.mid(9)).toString() != value)
            return false;
    }
    return true;
}

} // namespace

void MachineHandlers::registerRoutes(Router &router)
{
    const QString many = QStringLiteral("/v1/apps/{app_name}/machines");
    const QString one = QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}");
    router.add("GET", many, [this](const ApiCall &call) { list(call); });
    router.add("POST", many, [this](const ApiCall &call) { create(call); });
    router.add("GET", one, [this](const ApiCall &call) { get(call); });
    router.add("POST", one, [this](const ApiCall &call) { update(call); });
    router.add("DELETE", one, [this](const ApiCall &call) { destroy(call); });
    router.add(
        "GET", one + QStringLiteral("/versions"), [this](const ApiCall &call) { versions(call); });
}

void MachineHandlers::list(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const auto page = requirePageRequest(call, kMaxMachinesPerPage);
    if (!page)
        return;
    const bool includeDeleted = call.queryFlag(QStringLiteral("include_deleted"));
    const QString region = call.query(QStringLiteral("region"));
    QStringList states;
    for (const QString &value : call.request().queryValues(QStringLiteral("state")))
        states.append(value.split(QLatin1Char(','), Qt::SkipEmptyParts));
    static const QStringList filterableStates {QStringLiteral("created"), QStringLiteral("started"),
        QStringLiteral("stopped"), QStringLiteral("suspended"), QStringLiteral("failed"),
        QStringLiteral("destroyed")};
    for (const QString &state : std::as_const(states)) {
        if (!filterableStates.contains(state)) {
            call.replyError(400,
                QStringLiteral("invalid state filter \"%1\": use %2")
                    .arg(state, filterableStates.join(QStringLiteral(", "))));
            return;
        }
    }

    QList<SimMachine *> matching;
    for (SimMachine *machine : m_context.world.machinesOfApp(app->name, includeDeleted)) {
        if (!region.isEmpty() && machine->region != region)
            continue;
        if (!states.isEmpty() && !states.contains(machine->state))
            continue;
        if (!matchesMetadata(*machine, call))
            continue;
        matching.append(machine);
    }
    QString nextCursor;
    const QList<SimMachine *> pageMachines = takePage(
        matching, *page, [](const SimMachine *m) { return m->id; }, &nextCursor);
    MachineView view;
    view.summary = call.queryFlag(QStringLiteral("summary"));
    view.includeLease = call.queryFlag(QStringLiteral("include_leases"));
    QJsonArray items;
    for (SimMachine *machine : pageMachines) {
        expireLease(m_context.world, *machine);
        items.append(machineJson(m_context.world, *machine, view));
    }
    replyListPage(call, items, nextCursor);
}

bool MachineHandlers::acceptConfig(const ApiCall &call, const QString &appName,
    const QJsonObject &config, const SimMachine *existing, QString *region)
{
    const QString problem = validateMachineConfig(config);
    if (!problem.isEmpty()) {
        call.replyError(400, problem);
        return false;
    }
    SimApp *app = m_context.world.findApp(appName);
    const QJsonArray files = config.value(QLatin1String("files")).toArray();
    for (const QJsonValue &file : files) {
        const QString secret = file.toObject().value(QLatin1String("secret_name")).toString();
        if (!secret.isEmpty() && !app->secrets.contains(secret)) {
            call.replyError(400,
                QStringLiteral("config.files refers to secret %1, which app %2 "
                               "does not have")
                    .arg(secret, appName));
            return false;
        }
    }

    const QJsonArray mounts = config.value(QLatin1String("mounts")).toArray();
    const QString volumeId = mounts.isEmpty()
        ? QString()
        : mounts.first().toObject().value(QLatin1String("volume")).toString();
    if (existing) {
        // A machine lives on its volume's host, so its volume cannot be swapped by an update.
        if (volumeId != existing->mountedVolumeId() && !volumeId.isEmpty()) {
            call.replyError(400,
                QStringLiteral("the volume of existing machine %1 cannot be "
                               "changed by an update; create a new machine that "
                               "mounts %2 instead")
                    .arg(existing->id, volumeId));
            return false;
        }
        *region = existing->region;
        return true;
    }
    if (!region->isEmpty() && !m_context.world.regions().find(*region)) {
        call.replyError(400,
            QStringLiteral("unknown region \"%1\"; GET /v1/platform/regions "
                           "lists them")
                .arg(*region));
        return false;
    }
    if (volumeId.isEmpty()) {
        if (region->isEmpty())
            *region = m_context.world.nearestRegion();
        return true;
    }
    SimVolume *volume = m_context.world.findVolume(appName, volumeId);
    if (!volume || volume->isDestroyed()) {
        call.replyError(
            400, QStringLiteral("volume %1 does not exist in app %2").arg(volumeId, appName));
        return false;
    }
    if (region->isEmpty())
        *region = volume->region;
    if (volume->region != *region) {
        call.replyError(400,
            QStringLiteral("volume %1 is in %2, so a machine that mounts it "
                           "must be created in %2, not %3")
                .arg(volume->id, volume->region, *region));
        return false;
    }
    if (!volume->attachedMachineId.isEmpty()) {
        call.replyError(412,
            QStringLiteral("volume %1 is already attached to machine %2; a volume "
                           "can be mounted by one machine at a time")
                .arg(volume->id, volume->attachedMachineId));
        return false;
    }
    return true;
}

void MachineHandlers::create(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    if (!body->value(QLatin1String("config")).isObject()) {
        call.replyError(400, QStringLiteral("config is required, with at least an image"));
        return;
    }
    const QJsonObject config = body->value(QLatin1String("config")).toObject();
    QString region = body->value(QLatin1String("region")).toString();
    // A region expression such as "lhr,eu" places in its first region.
    region = region.section(QLatin1Char(','), 0, 0).trimmed();
    if (!acceptConfig(call, app->name, config, nullptr, &region))
        return;
    QString name = body->value(QLatin1String("name")).toString();
    if (!name.isEmpty() && m_context.world.machineNameTaken(app->name, name, QString())) {
        call.replyError(422,
            QStringLiteral("a machine named %1 already exists in app %2").arg(name, app->name),
            QStringLiteral("name_taken"));
        return;
    }
    const int leaseTtl = body->value(QLatin1String("lease_ttl")).toInt(0);
    if (leaseTtl < 0 || leaseTtl > kMaxLeaseTtlSecs) {
        call.replyError(400,
            QStringLiteral("lease_ttl must be between 1 and %1 seconds").arg(kMaxLeaseTtlSecs));
        return;
    }

    SimWorld &world = m_context.world;
    auto machine = std::make_unique<SimMachine>();
    machine->id = world.ids().machineId();
    machine->appName = app->name;
    while (name.isEmpty() || world.machineNameTaken(app->name, name, QString()))
        name = world.ids().machineName();
    machine->name = name;
    machine->region = region;
    machine->config = normalizedMachineConfig(config);
    machine->createdAtMs = world.nowMs();
    machine->updatedAtMs = machine->createdAtMs;
    machine->privateIp = world.ids().privateIp(app->networkId);
    machine->version = world.ids().ulid(machine->createdAtMs);
    machine->versions.prepend({machine->version, machine->config});
    machine->cordoned = body->value(QLatin1String("skip_service_registration")).toBool();
    machine->hostZone = world.ids().zone();
    if (SimVolume *volume = world.findVolume(app->name, machine->mountedVolumeId())) {
        volume->attachedMachineId = machine->id;
        machine->hostZone = volume->zone;
    }
    if (leaseTtl > 0) {
        machine->creationNonce = world.ids().leaseNonce();
        machine->lease = SimLease {machine->creationNonce, world.clock().nowSecs() + leaseTtl,
            world.userEmail(), QString(), machine->version};
    }
    SimMachine &stored = world.addMachine(std::move(machine));
    m_context.machines.launch(stored, body->value(QLatin1String("skip_launch")).toBool());
    MachineView view;
    view.includeNonce = true;
    call.replyJson(200, machineJson(world, stored, view));
}

void MachineHandlers::get(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    MachineView view;
    view.includeLease = call.queryFlag(QStringLiteral("include_leases"));
    const QString version = call.query(QStringLiteral("version"));
    if (version.isEmpty() || version == machine->version) {
        call.replyJson(200, machineJson(m_context.world, *machine, view));
        return;
    }
    for (const SimMachineVersion &old : std::as_const(machine->versions)) {
        if (old.version != version)
            continue;
        SimMachine snapshot = *machine;
        snapshot.config = old.config;
        snapshot.version = old.version;
        snapshot.state = QStringLiteral("replaced");
        call.replyJson(200, machineJson(m_context.world, snapshot, view));
        return;
    }
    call.replyError(404, QStringLiteral("machine %1 has no version %2").arg(machine->id, version));
}

void MachineHandlers::update(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    if (machine->isDestroyed() || machine->state == QLatin1String("destroying")) {
        call.replyError(412,
            QStringLiteral("machine %1 is %2 and cannot be updated")
                .arg(machine->id, machine->state));
        return;
    }
    if (!leaseAllows(m_context, call, *machine))
        return;
    const QString currentVersion = body->value(QLatin1String("current_version")).toString();
    if (!currentVersion.isEmpty() && currentVersion != machine->version) {
        call.replyError(409,
            QStringLiteral("machine %1 has changed since version %2 (it is now at "
                           "%3); reload it and apply your changes again")
                .arg(machine->id, currentVersion, machine->version));
        return;
    }
    if (!body->value(QLatin1String("config")).isObject()) {
        call.replyError(400,
            QStringLiteral("config is required: an update replaces the whole "
                           "config"));
        return;
    }
    const QJsonObject config = body->value(QLatin1String("config")).toObject();
    QString region;
    if (!acceptConfig(call, machine->appName, config, machine, &region))
        return;
    const QString previousVolume = machine->mountedVolumeId();
    m_context.machines.update(*machine, normalizedMachineConfig(config),
        body->value(QLatin1String("skip_launch")).toBool());
    if (!previousVolume.isEmpty() && machine->mountedVolumeId().isEmpty()) {
        if (SimVolume *volume = m_context.world.findVolume(machine->appName, previousVolume))
            volume->attachedMachineId.clear();
    }
    call.replyJson(200, machineJson(m_context.world, *machine));
}

void MachineHandlers::destroy(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine || !leaseAllows(m_context, call, *machine))
        return;
    // flyctl sends kill=true where the docs say force=true.
    const bool force =
        call.queryFlag(QStringLiteral("force")) || call.queryFlag(QStringLiteral("kill"));
    const ActionError error = m_context.machines.destroy(*machine, force);
    if (replyIfRefused(call, error.status, error.message))
        return;
    call.replyJson(200, QJsonObject {{QLatin1String("ok"), true}});
}

void MachineHandlers::versions(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    QJsonArray items;
    for (const SimMachineVersion &version : std::as_const(machine->versions)) {
        items.append(QJsonObject {{QLatin1String("version"), version.version},
            {QLatin1String("user_config"), version.config}});
    }
    call.replyJson(200, items);
}

} // namespace hangar::sim
