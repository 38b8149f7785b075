#include "sim/state/worldjson.h"

#include "sim/world/simworld.h"

#include <QJsonArray>

namespace hangar::sim {

namespace {

constexpr int kFormatVersion = 1;
const QString kFormat = QStringLiteral("hangar-sim-state");

QString settledMachineState(const QString &state)
{
    if (state == QLatin1String("stopping"))
        return QStringLiteral("stopped");
    if (state == QLatin1String("suspending"))
        return QStringLiteral("suspended");
    if (state == QLatin1String("destroying"))
        return QStringLiteral("destroyed");
    if (state == QLatin1String("starting") || state == QLatin1String("restarting")
        || state == QLatin1String("replacing") || state == QLatin1String("updating"))
        return QStringLiteral("started");
    if (state == QLatin1String("creating"))
        return QStringLiteral("created");
    return state;
}

QJsonObject fsJson(const VirtualFs &fs)
{
    return fs.toJson();
}

bool fsFromJson(const QJsonValue &value, VirtualFs *fs, QString *error)
{
    auto parsed = VirtualFs::fromJson(value.toObject(), error);
    if (!parsed)
        return false;
    *fs = std::move(*parsed);
    return true;
}

QJsonObject eventToJson(const SimEvent &event)
{
    return {{QLatin1String("id"), event.id}, {QLatin1String("type"), event.type},
        {QLatin1String("status"), event.status}, {QLatin1String("source"), event.source},
        {QLatin1String("timestamp"), event.timestampMs}, {QLatin1String("request"), event.request}};
}

SimEvent eventFromJson(const QJsonObject &json)
{
    SimEvent event;
    event.id = json.value(QLatin1String("id")).toString();
    event.type = json.value(QLatin1String("type")).toString();
    event.status = json.value(QLatin1String("status")).toString();
    event.source = json.value(QLatin1String("source")).toString();
    event.timestampMs = qint64(json.value(QLatin1String("timestamp")).toDouble());
    event.request = json.value(QLatin1String("request")).toObject();
    return event;
}

QJsonObject appToJson(const SimApp &app)
{
    QJsonArray secrets;
    for (const SimSecret &secret : app.secrets) {
        secrets.append(QJsonObject {{QLatin1String("name"), secret.name},
            {QLatin1String("value"), secret.value}, {QLatin1String("digest"), secret.digest},
            {QLatin1String("created_at"), secret.createdAtMs},
            {QLatin1String("updated_at"), secret.updatedAtMs}});
    }
    return {{QLatin1String("id"), app.id}, {QLatin1String("name"), app.name},
        {QLatin1String("org_slug"), app.orgSlug}, {QLatin1String("network"), app.network},
        {QLatin1String("internal_numeric_id"), app.internalNumericId},
        {QLatin1String("network_id"), app.networkId},
        {QLatin1String("created_at"), app.createdAtMs},
        {QLatin1String("secrets_version"), app.secretsVersion},
        {QLatin1String("secrets"), secrets}};
}

SimApp appFromJson(const QJsonObject &json)
{
    SimApp app;
    app.id = json.value(QLatin1String("id")).toString();
    app.name = json.value(QLatin1String("name")).toString();
    app.orgSlug = json.value(QLatin1String("org_slug")).toString();
    app.network = json.value(QLatin1String("network")).toString();
    app.internalNumericId = qint64(json.value(QLatin1String("internal_numeric_id")).toDouble());
    app.networkId = json.value(QLatin1String("network_id")).toInt();
    app.createdAtMs = qint64(json.value(QLatin1String("created_at")).toDouble());
    app.secretsVersion = qint64(json.value(QLatin1String("secrets_version")).toDouble());
    const QJsonArray secrets = json.value(QLatin1String("secrets")).toArray();
    for (const QJsonValue &value : secrets) {
        const QJsonObject object = value.toObject();
        SimSecret secret;
        secret.name = object.value(QLatin1String("name")).toString();
        secret.value = object.value(QLatin1String("value")).toString();
        secret.digest = object.value(QLatin1String("digest")).toString();
        secret.createdAtMs = qint64(object.value(QLatin1String("created_at")).toDouble());
        secret.updatedAtMs = qint64(object.value(QLatin1String("updated_at")).toDouble());
        app.secrets.insert(secret.name, secret);
    }
    return app;
}

QJsonObject machineToJson(const SimMachine &machine)
{
    QJsonArray events;
    for (const SimEvent &event : machine.events)
        events.append(eventToJson(event));
    QJsonArray versions;
    for (const SimMachineVersion &version : machine.versions)
        versions.append(QJsonObject {{QLatin1String("version"), version.version},
            {QLatin1String("config"), version.config}});
    QJsonObject json {{QLatin1String("id"), machine.id}, {QLatin1String("app"), machine.appName},
        {QLatin1String("name"), machine.name}, {QLatin1String("region"), machine.region},
        {QLatin1String("state"), machine.state}, {QLatin1String("version"), machine.version},
        {QLatin1String("private_ip"), machine.privateIp},
        {QLatin1String("host_zone"), machine.hostZone}, {QLatin1String("config"), machine.config},
        {QLatin1String("created_at"), machine.createdAtMs},
        {QLatin1String("updated_at"), machine.updatedAtMs},
        {QLatin1String("cordoned"), machine.cordoned}, {QLatin1String("events"), events},
        {QLatin1String("versions"), versions},
        {QLatin1String("check_status_override"), machine.checkStatusOverride},
        {QLatin1String("started_at"), machine.startedAtMs},
        {QLatin1String("restart_count"), machine.restartCount},
        {QLatin1String("root_fs"), fsJson(machine.rootFs)}};
    if (machine.lease) {
        json.insert(QLatin1String("lease"),
            QJsonObject {{QLatin1String("nonce"), machine.lease->nonce},
                {QLatin1String("expires_at"), machine.lease->expiresAtSecs},
                {QLatin1String("owner"), machine.lease->owner},
                {QLatin1String("description"), machine.lease->description},
                {QLatin1String("version"), machine.lease->version}});
    }
    return json;
}

std::unique_ptr<SimMachine> machineFromJson(const QJsonObject &json, QString *error)
{
    auto machine = std::make_unique<SimMachine>();
    machine->id = json.value(QLatin1String("id")).toString();
    machine->appName = json.value(QLatin1String("app")).toString();
    machine->name = json.value(QLatin1String("name")).toString();
    machine->region = json.value(QLatin1String("region")).toString();
    machine->state = settledMachineState(json.value(QLatin1String("state")).toString());
    machine->version = json.value(QLatin1String("version")).toString();
    machine->privateIp = json.value(QLatin1String("private_ip")).toString();
    machine->hostZone = json.value(QLatin1String("host_zone")).toString();
    machine->config = json.value(QLatin1String("config")).toObject();
    machine->createdAtMs = qint64(json.value(QLatin1String("created_at")).toDouble());
    machine->updatedAtMs = qint64(json.value(QLatin1String("updated_at")).toDouble());
    machine->cordoned = json.value(QLatin1String("cordoned")).toBool();
    machine->checkStatusOverride = json.value(QLatin1String("check_status_override")).toString();
    machine->startedAtMs = qint64(json.value(QLatin1String("started_at")).toDouble());
    machine->restartCount = json.value(QLatin1String("restart_count")).toInt();
    for (const QJsonValue &event : json.value(QLatin1String("events")).toArray())
        machine->events.append(eventFromJson(event.toObject()));
    for (const QJsonValue &value : json.value(QLatin1String("versions")).toArray()) {
        const QJsonObject version = value.toObject();
        machine->versions.append({version.value(QLatin1String("version")).toString(),
            version.value(QLatin1String("config")).toObject()});
    }
    if (json.contains(QLatin1String("lease"))) {
        const QJsonObject lease = json.value(QLatin1String("lease")).toObject();
        machine->lease = SimLease {lease.value(QLatin1String("nonce")).toString(),
            qint64(lease.value(QLatin1String("expires_at")).toDouble()),
            lease.value(QLatin1String("owner")).toString(),
            lease.value(QLatin1String("description")).toString(),
            lease.value(QLatin1String("version")).toString()};
    }
    if (machine->id.isEmpty() || machine->appName.isEmpty()) {
        *error = QStringLiteral("a machine in the state file has no id or app");
        return nullptr;
    }
    if (!fsFromJson(json.value(QLatin1String("root_fs")), &machine->rootFs, error))
        return nullptr;
    return machine;
}

QJsonObject volumeToJson(const SimVolume &volume)
{
    QJsonArray snapshots;
    for (const SimSnapshot &snapshot : volume.snapshots) {
        snapshots.append(QJsonObject {{QLatin1String("id"), snapshot.id},
            {QLatin1String("created_at"), snapshot.createdAtMs},
            {QLatin1String("size"), snapshot.sizeBytes},
            {QLatin1String("volume_size_gb"), snapshot.volumeSizeGb},
            {QLatin1String("digest"), snapshot.digest}, {QLatin1String("status"), snapshot.status},
            {QLatin1String("retention_days"), snapshot.retentionDays},
            {QLatin1String("contents"), fsJson(snapshot.contents)}});
    }
    return {{QLatin1String("id"), volume.id}, {QLatin1String("app"), volume.appName},
        {QLatin1String("name"), volume.name}, {QLatin1String("region"), volume.region},
        {QLatin1String("zone"), volume.zone}, {QLatin1String("state"), volume.state},
        {QLatin1String("fstype"), volume.fstype},
        {QLatin1String("attached_machine_id"), volume.attachedMachineId},
        {QLatin1String("size_gb"), volume.sizeGb}, {QLatin1String("encrypted"), volume.encrypted},
        {QLatin1String("auto_backup_enabled"), volume.autoBackupEnabled},
        {QLatin1String("snapshot_retention"), volume.snapshotRetention},
        {QLatin1String("created_at"), volume.createdAtMs}, {QLatin1String("snapshots"), snapshots},
        {QLatin1String("files"), fsJson(*volume.files)}};
}

std::unique_ptr<SimVolume> volumeFromJson(const QJsonObject &json, QString *error)
{
    auto volume = std::make_unique<SimVolume>();
    volume->id = json.value(QLatin1String("id")).toString();
    volume->appName = json.value(QLatin1String("app")).toString();
    volume->name = json.value(QLatin1String("name")).toString();
    volume->region = json.value(QLatin1String("region")).toString();
    volume->zone = json.value(QLatin1String("zone")).toString();
    volume->state = json.value(QLatin1String("state")).toString();
    if (volume->state != QLatin1String("destroyed") && !volume->isDestroyed())
        volume->state = QStringLiteral("created");
    volume->fstype = json.value(QLatin1String("fstype")).toString();
    volume->attachedMachineId = json.value(QLatin1String("attached_machine_id")).toString();
    volume->sizeGb = json.value(QLatin1String("size_gb")).toInt();
    volume->encrypted = json.value(QLatin1String("encrypted")).toBool();
    volume->autoBackupEnabled = json.value(QLatin1String("auto_backup_enabled")).toBool();
    volume->snapshotRetention = json.value(QLatin1String("snapshot_retention")).toInt();
    volume->createdAtMs = qint64(json.value(QLatin1String("created_at")).toDouble());
    for (const QJsonValue &value : json.value(QLatin1String("snapshots")).toArray()) {
        const QJsonObject object = value.toObject();
        SimSnapshot snapshot;
        snapshot.id = object.value(QLatin1String("id")).toString();
        snapshot.createdAtMs = qint64(object.value(QLatin1String("created_at")).toDouble());
        snapshot.sizeBytes = qint64(object.value(QLatin1String("size")).toDouble());
        snapshot.volumeSizeGb = object.value(QLatin1String("volume_size_gb")).toInt();
        snapshot.digest = object.value(QLatin1String("digest")).toString();
        snapshot.status = object.value(QLatin1String("status")).toString();
        snapshot.retentionDays = object.value(QLatin1String("retention_days")).toInt();
        if (!fsFromJson(object.value(QLatin1String("contents")), &snapshot.contents, error))
            return nullptr;
        volume->snapshots.append(snapshot);
    }
    VirtualFs files;
    if (!fsFromJson(json.value(QLatin1String("files")), &files, error))
        return nullptr;
    volume->files = std::make_shared<VirtualFs>(std::move(files));
    if (volume->id.isEmpty() || volume->appName.isEmpty()) {
        *error = QStringLiteral("a volume in the state file has no id or app");
        return nullptr;
    }
    return volume;
}

} // namespace

QJsonObject worldToJson(SimWorld &world)
{
    QJsonArray orgs;
    for (const SimOrg &org : world.orgs())
        orgs.append(
            QJsonObject {{QLatin1String("slug"), org.slug}, {QLatin1String("name"), org.name},
                {QLatin1String("internal_numeric_id"), org.internalNumericId}});
    QJsonArray apps;
    for (const SimApp *app : world.apps())
        apps.append(appToJson(*app));
    QJsonArray machines;
    for (const SimMachine *machine : world.allMachines())
        machines.append(machineToJson(*machine));
    QJsonArray volumes;
    for (const SimVolume *volume : world.allVolumes())
        volumes.append(volumeToJson(*volume));
    return {{QLatin1String("format"), kFormat}, {QLatin1String("format_version"), kFormatVersion},
        {QLatin1String("orgs"), orgs}, {QLatin1String("apps"), apps},
        {QLatin1String("machines"), machines}, {QLatin1String("volumes"), volumes}};
}

bool worldFromJson(SimWorld &world, const QJsonObject &json, QString *error)
{
    if (json.value(QLatin1String("format")).toString() != kFormat) {
        *error = QStringLiteral("this is not a hangar-sim state file");
        return false;
    }
    if (json.value(QLatin1String("format_version")).toInt() > kFormatVersion) {
        *error = QStringLiteral("the state file was written by a newer hangar-sim");
        return false;
    }
    // Parse everything before touching the world, so a bad file changes nothing.
    std::vector<std::unique_ptr<SimMachine>> machines;
    for (const QJsonValue &value : json.value(QLatin1String("machines")).toArray()) {
        auto machine = machineFromJson(value.toObject(), error);
        if (!machine)
            return false;
        machines.push_back(std::move(machine));
    }
    std::vector<std::unique_ptr<SimVolume>> volumes;
    for (const QJsonValue &value : json.value(QLatin1String("volumes")).toArray()) {
        auto volume = volumeFromJson(value.toObject(), error);
        if (!volume)
            return false;
        volumes.push_back(std::move(volume));
    }
    world.clear();
    for (const QJsonValue &value : json.value(QLatin1String("orgs")).toArray()) {
        const QJsonObject org = value.toObject();
        world.addOrg({org.value(QLatin1String("slug")).toString(),
            org.value(QLatin1String("name")).toString(),
            qint64(org.value(QLatin1String("internal_numeric_id")).toDouble())});
    }
    for (const QJsonValue &value : json.value(QLatin1String("apps")).toArray())
        world.addApp(appFromJson(value.toObject()));
    for (auto &machine : machines)
        world.addMachine(std::move(machine));
    for (auto &volume : volumes)
        world.addVolume(std::move(volume));
    return true;
}

} // namespace hangar::sim
