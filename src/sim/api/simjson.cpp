#include "sim/api/simjson.h"

#include "sim/api/timeformat.h"
#include "sim/world/simworld.h"

#include <QCryptographicHash>

namespace hangar::sim {

namespace {

constexpr qint64 kBytesPerGb = qint64(1024) * 1024 * 1024;
constexpr int kBlockSize = 4096;
constexpr int kRecentEvents = 10;

QJsonValue nullableString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString fakeDigest(const QString &seed)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(
            QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString appStatus(SimWorld &world, const SimApp &app)
{
    const QList<SimMachine *> machines = world.machinesOfApp(app.name, false);
    if (machines.isEmpty())
        return QStringLiteral("pending");
    bool allSuspended = true;
    for (const SimMachine *machine : machines)
        allSuspended = allSuspended && machine->state == QLatin1String("suspended");
    return allSuspended ? QStringLiteral("suspended") : QStringLiteral("deployed");
}

} // namespace

QJsonObject imageRefJson(const QString &image)
{
    QString rest = image;
    QString digest;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    QString registry = QStringLiteral("registry-1.docker.io");
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString first = rest.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
            || first == QLatin1String("localhost")) {
            registry = first;
            rest = rest.mid(slash + 1);
        }
    }
    QString tag = QStringLiteral("latest");
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    if (registry == QLatin1String("registry-1.docker.io") && !rest.contains(QLatin1Char('/')))
        rest.prepend(QStringLiteral("library/"));
    if (digest.isEmpty())
        digest = fakeDigest(registry + QLatin1Char('/') + rest + QLatin1Char(':') + tag);
    return {{QLatin1String("registry"), registry}, {QLatin1String("repository"), rest},
        {QLatin1String("tag"), tag}, {QLatin1String("digest"), digest},
        {QLatin1String("labels"), QJsonObject()}};
}

QJsonObject eventJson(const SimEvent &event)
{
    QJsonObject json {{QLatin1String("id"), event.id}, {QLatin1String("type"), event.type},
        {QLatin1String("status"), event.status}, {QLatin1String("source"), event.source},
        {QLatin1String("timestamp"), event.timestampMs}};
    if (!event.request.isEmpty())
        json.insert(QLatin1String("request"), event.request);
    return json;
}

QJsonArray checksJson(const SimMachine &machine)
{
    QStringList names;
    const QJsonObject checks = machine.config.value(QLatin1String("checks")).toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it)
        names.append(it.key());
    const QJsonArray services = machine.config.value(QLatin1String("services")).toArray();
    for (qsizetype s = 0; s < services.size(); ++s) {
        const QJsonArray serviceChecks =
            services.at(s).toObject().value(QLatin1String("checks")).toArray();
        for (qsizetype c = 0; c < serviceChecks.size(); ++c) {
            const QJsonObject check = serviceChecks.at(c).toObject();
            names.append(
                QStringLiteral("servicecheck-%1-%2")
                    .arg(s, 2, 10, QLatin1Char('0'))
                    .arg(check.value(QLatin1String("type")).toString(QStringLiteral("tcp"))));
        }
    }
    const bool running = machine.state == QLatin1String("started");
    QString status = running ? QStringLiteral("passing") : QStringLiteral("critical");
    QString output =
        running ? QStringLiteral("Success") : QStringLiteral("the machine is not running");
    if (running && !machine.checkStatusOverride.isEmpty()) {
        status = machine.checkStatusOverride;
        output = QStringLiteral("dial tcp [%1]:8080: connect: connection refused")
                     .arg(machine.privateIp);
    }
    QJsonArray result;
    for (const QString &name : std::as_const(names)) {
        result.append(QJsonObject {{QLatin1String("name"), name}, {QLatin1String("status"), status},
            {QLatin1String("output"), output},
            {QLatin1String("updated_at"), rfc3339Millis(machine.updatedAtMs)}});
    }
    return result;
}

QJsonObject leaseJson(const SimLease &lease)
{
    return {{QLatin1String("nonce"), lease.nonce},
        {QLatin1String("expires_at"), lease.expiresAtSecs}, {QLatin1String("owner"), lease.owner},
        {QLatin1String("description"), lease.description},
        {QLatin1String("version"), lease.version}};
}

QJsonObject machineJson(SimWorld &world, const SimMachine &machine, const MachineView &view)
{
    QJsonObject json {{QLatin1String("id"), machine.id}, {QLatin1String("name"), machine.name},
        {QLatin1String("state"), machine.state}, {QLatin1String("region"), machine.region},
        {QLatin1String("instance_id"), machine.version},
        {QLatin1String("version"), machine.version},
        {QLatin1String("private_ip"), machine.privateIp},
        {QLatin1String("cordoned"), machine.cordoned},
        {QLatin1String("created_at"), rfc3339Seconds(machine.createdAtMs)},
        {QLatin1String("updated_at"), rfc3339Seconds(machine.updatedAtMs)},
        {QLatin1String("image_ref"),
            imageRefJson(machine.config.value(QLatin1String("image")).toString())}};
    if (!view.summary) {
        json.insert(QLatin1String("config"), machine.config);
        json.insert(QLatin1String("host_status"), QStringLiteral("ok"));
        QJsonArray events;
        for (qsizetype i = 0; i < machine.events.size() && i < kRecentEvents; ++i)
            events.append(eventJson(machine.events.at(i)));
        json.insert(QLatin1String("events"), events);
        const QJsonArray checks = checksJson(machine);
        if (!checks.isEmpty())
            json.insert(QLatin1String("checks"), checks);
        if (view.includeNonce && !machine.creationNonce.isEmpty())
            json.insert(QLatin1String("nonce"), machine.creationNonce);
    }
    if (view.includeLease && machine.lease
        && machine.lease->expiresAtSecs > world.clock().nowSecs()) {
        json.insert(QLatin1String("lease"),
            QJsonObject {{QLatin1String("owner"), machine.lease->owner},
                {QLatin1String("description"), machine.lease->description},
                {QLatin1String("expires_at"), machine.lease->expiresAtSecs}});
    }
    return json;
}

QJsonObject volumeJson(const SimVolume &volume)
{
    const qint64 total = qint64(volume.sizeGb) * kBytesPerGb;
    const qint64 used = volume.files ? volume.files->usedBytes() : 0;
    const qint64 blocks = total / kBlockSize;
    const qint64 freeBlocks = (total - used) / kBlockSize;
    return {{QLatin1String("id"), volume.id}, {QLatin1String("name"), volume.name},
        {QLatin1String("state"), volume.state}, {QLatin1String("size_gb"), volume.sizeGb},
        {QLatin1String("region"), volume.region}, {QLatin1String("zone"), volume.zone},
        {QLatin1String("encrypted"), volume.encrypted},
        {QLatin1String("attached_machine_id"), nullableString(volume.attachedMachineId)},
        {QLatin1String("attached_alloc_id"), nullableString(volume.attachedMachineId)},
        {QLatin1String("created_at"), rfc3339Millis(volume.createdAtMs)},
        {QLatin1String("fstype"), volume.fstype}, {QLatin1String("block_size"), kBlockSize},
        {QLatin1String("blocks"), blocks}, {QLatin1String("blocks_free"), freeBlocks},
        {QLatin1String("blocks_avail"), freeBlocks}, {QLatin1String("bytes_total"), total},
        {QLatin1String("bytes_used"), used},
        {QLatin1String("snapshot_retention"), volume.snapshotRetention},
        {QLatin1String("auto_backup_enabled"), volume.autoBackupEnabled},
        {QLatin1String("host_status"), QStringLiteral("ok")},
        {QLatin1String("type"), QStringLiteral("local")}};
}

QJsonObject snapshotJson(const SimSnapshot &snapshot)
{
    return {{QLatin1String("id"), snapshot.id}, {QLatin1String("size"), snapshot.sizeBytes},
        {QLatin1String("volume_size"), qint64(snapshot.volumeSizeGb) * kBytesPerGb},
        {QLatin1String("digest"), snapshot.digest},
        {QLatin1String("created_at"), rfc3339WithOffset(snapshot.createdAtMs)},
        {QLatin1String("status"), snapshot.status},
        {QLatin1String("retention_days"), snapshot.retentionDays}};
}

QJsonObject appJson(SimWorld &world, const SimApp &app)
{
    const SimOrg *org = world.findOrg(app.orgSlug);
    return {{QLatin1String("id"), app.id}, {QLatin1String("name"), app.name},
        {QLatin1String("status"), appStatus(world, app)}, {QLatin1String("network"), app.network},
        {QLatin1String("network_cidr"),
            QStringLiteral("fdaa:0:%1::/48").arg(QString::number(app.networkId, 16))},
        {QLatin1String("internal_numeric_id"), app.internalNumericId},
        {QLatin1String("machine_count"), world.machinesOfApp(app.name, false).size()},
        {QLatin1String("volume_count"), world.volumesOfApp(app.name, false).size()},
        {QLatin1String("organization"),
            QJsonObject {{QLatin1String("name"), org ? org->name : app.orgSlug},
                {QLatin1String("slug"), app.orgSlug}}}};
}

QJsonObject secretJson(const SimSecret &secret)
{
    return {{QLatin1String("name"), secret.name}, {QLatin1String("digest"), secret.digest},
        {QLatin1String("created_at"), rfc3339Seconds(secret.createdAtMs)},
        {QLatin1String("updated_at"), rfc3339Seconds(secret.updatedAtMs)}};
}

} // namespace hangar::sim
