#include "sim/api/volumehandlers.h"

#include "sim/api/handlersupport.h"
#include "sim/api/pagination.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/api/simjson.h"
#include "sim/world/simworld.h"
#include "sim/world/volumelifecycle.h"

#include <QRegularExpression>

namespace hangar::sim {

namespace {

constexpr int kMaxVolumesPerPage = 1000;

QString checkRetention(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    const int days = value.toInt(-1);
    if (!value.isDouble() || days < 1 || days > 60)
        return QStringLiteral("snapshot_retention must be a number of days from 1 to 60");
    return {};
}

} // namespace

void VolumeHandlers::registerRoutes(Router &router)
{
    const QString many = QStringLiteral("/v1/apps/{app_name}/volumes");
    const QString one = many + QStringLiteral("/{volume_id}");
    router.add("GET", many, [this](const ApiCall &call) { list(call); });
    router.add("POST", many, [this](const ApiCall &call) { create(call); });
    router.add("GET", one, [this](const ApiCall &call) { get(call); });
    router.add("PUT", one, [this](const ApiCall &call) { update(call); });
    router.add("DELETE", one, [this](const ApiCall &call) { destroy(call); });
    router.add(
        "PUT", one + QStringLiteral("/extend"), [this](const ApiCall &call) { extend(call); });
    router.add("GET", one + QStringLiteral("/snapshots"),
        [this](const ApiCall &call) { listSnapshots(call); });
    router.add("POST", one + QStringLiteral("/snapshots"),
        [this](const ApiCall &call) { createSnapshot(call); });
}

void VolumeHandlers::list(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const auto page = requirePageRequest(call, kMaxVolumesPerPage);
    if (!page)
        return;
    QString nextCursor;
    const QList<SimVolume *> volumes = takePage(
        m_context.world.volumesOfApp(app->name, false), *page,
        [](const SimVolume *volume) { return volume->id; }, &nextCursor);
    const bool summary = call.queryFlag(QStringLiteral("summary"));
    QJsonArray items;
    for (const SimVolume *volume : volumes) {
        QJsonObject json = volumeJson(*volume);
        if (summary) {
            for (const char *key : {"blocks", "blocks_free", "blocks_avail", "block_size"})
                json.remove(QLatin1String(key));
        }
        items.append(json);
    }
    replyListPage(call, items, nextCursor);
}

void VolumeHandlers::create(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    SimWorld &world = m_context.world;
    VolumeSpec spec;
    spec.appName = app->name;
    spec.name = body->value(QLatin1String("name")).toString();
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,29}$"));
    if (!validName.match(spec.name).hasMatch()) {
        call.replyError(400,
            spec.name.isEmpty() ? QStringLiteral("a volume needs a name")
                                : QStringLiteral("invalid volume name \"%1\": use up to 30 "
                                                 "lowercase letters, digits, dashes and "
                                                 "underscores")
                                      .arg(spec.name));
        return;
    }
    spec.region = body->value(QLatin1String("region")).toString(world.nearestRegion());
    if (!world.regions().find(spec.region)) {
        call.replyError(400, QStringLiteral("unknown region \"%1\"").arg(spec.region));
        return;
    }
    const QJsonValue size = body->value(QLatin1String("size_gb"));
    spec.sizeGb = size.isUndefined() || size.isNull() ? 3 : size.toInt(-1);
    if (spec.sizeGb < VolumeLifecycle::kMinSizeGb || spec.sizeGb > VolumeLifecycle::kMaxSizeGb) {
        call.replyError(400,
            QStringLiteral("size_gb must be from %1 to %2")
                .arg(VolumeLifecycle::kMinSizeGb)
                .arg(VolumeLifecycle::kMaxSizeGb));
        return;
    }
    spec.encrypted = body->value(QLatin1String("encrypted")).toBool(true);
    spec.fstype = body->value(QLatin1String("fstype")).toString(QStringLiteral("ext4"));
    if (spec.fstype != QLatin1String("ext4") && spec.fstype != QLatin1String("raw")) {
        call.replyError(400, QStringLiteral("fstype must be ext4 or raw"));
        return;
    }
    spec.requireUniqueZone = body->value(QLatin1String("require_unique_zone")).toBool(true);
    const QString retentionProblem =
        checkRetention(body->value(QLatin1String("snapshot_retention")));
    if (!retentionProblem.isEmpty()) {
        call.replyError(400, retentionProblem);
        return;
    }
    spec.snapshotRetention = body->value(QLatin1String("snapshot_retention")).toInt(5);
    spec.autoBackupEnabled = body->value(QLatin1String("auto_backup_enabled")).toBool(true);

    const QString snapshotId = body->value(QLatin1String("snapshot_id")).toString();
    const QString sourceId = body->value(QLatin1String("source_volume_id")).toString();
    if (!snapshotId.isEmpty() && !sourceId.isEmpty()) {
        call.replyError(400, QStringLiteral("use snapshot_id or source_volume_id, not both"));
        return;
    }
    if (!snapshotId.isEmpty()) {
        for (const SimVolume *volume : world.volumesOfApp(app->name, true)) {
            for (const SimSnapshot &snapshot : std::as_const(volume->snapshots)) {
                if (snapshot.id == snapshotId)
                    spec.restoreFrom = &snapshot;
            }
        }
        if (!spec.restoreFrom) {
            call.replyError(
                404, QStringLiteral("snapshot %1 not found in app %2").arg(snapshotId, app->name));
            return;
        }
        if (size.isUndefined())
            spec.sizeGb = spec.restoreFrom->volumeSizeGb;
        if (spec.sizeGb < spec.restoreFrom->volumeSizeGb) {
            call.replyError(400,
                QStringLiteral("snapshot %1 comes from a %2 GB volume; the new "
                               "volume must be at least that large")
                    .arg(snapshotId)
                    .arg(spec.restoreFrom->volumeSizeGb));
            return;
        }
    }
    if (!sourceId.isEmpty()) {
        spec.forkOf = world.findVolume(app->name, sourceId);
        if (!spec.forkOf || spec.forkOf->isDestroyed()) {
            call.replyError(
                404, QStringLiteral("volume %1 not found in app %2").arg(sourceId, app->name));
            return;
        }
        if (size.isUndefined())
            spec.sizeGb = spec.forkOf->sizeGb;
        if (spec.sizeGb < spec.forkOf->sizeGb) {
            call.replyError(400,
                QStringLiteral("a fork must be at least as large as its source "
                               "(%1 GB)")
                    .arg(spec.forkOf->sizeGb));
            return;
        }
    }
    ActionError error;
    SimVolume *volume = m_context.volumes.create(spec, &error);
    if (!volume) {
        call.replyError(error.status, error.message, QStringLiteral("volume_placement_capacity"));
        return;
    }
    call.replyJson(200, volumeJson(*volume));
}

void VolumeHandlers::get(const ApiCall &call)
{
    if (SimVolume *volume = requireVolume(m_context, call))
        call.replyJson(200, volumeJson(*volume));
}

void VolumeHandlers::update(const ApiCall &call)
{
    SimVolume *volume = requireVolume(m_context, call);
    if (!volume)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    const QString retentionProblem =
        checkRetention(body->value(QLatin1String("snapshot_retention")));
    if (!retentionProblem.isEmpty()) {
        call.replyError(400, retentionProblem);
        return;
    }
    const QJsonValue backup = body->value(QLatin1String("auto_backup_enabled"));
    if (!backup.isUndefined() && !backup.isNull() && !backup.isBool()) {
        call.replyError(400, QStringLiteral("auto_backup_enabled must be true or false"));
        return;
    }
    if (body->contains(QLatin1String("snapshot_retention")))
        volume->snapshotRetention = body->value(QLatin1String("snapshot_retention")).toInt();
    if (backup.isBool())
        volume->autoBackupEnabled = backup.toBool();
    m_context.world.notifyChanged();
    call.replyJson(200, volumeJson(*volume));
}

void VolumeHandlers::destroy(const ApiCall &call)
{
    SimVolume *volume = requireVolume(m_context, call);
    if (!volume)
        return;
    const ActionError error = m_context.volumes.destroy(*volume);
    if (!replyIfRefused(call, error.status, error.message))
        call.replyJson(200, volumeJson(*volume));
}

void VolumeHandlers::extend(const ApiCall &call)
{
    SimVolume *volume = requireVolume(m_context, call);
    if (!volume)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    if (!body->value(QLatin1String("size_gb")).isDouble()) {
        call.replyError(400, QStringLiteral("size_gb (the new total size) is required"));
        return;
    }
    bool needsRestart = false;
    const ActionError error = m_context.volumes.extend(
        *volume, body->value(QLatin1String("size_gb")).toInt(), &needsRestart);
    if (replyIfRefused(call, error.status, error.message))
        return;
    call.replyJson(200,
        QJsonObject {{QLatin1String("volume"), volumeJson(*volume)},
            {QLatin1String("needs_restart"), needsRestart}});
}

void VolumeHandlers::listSnapshots(const ApiCall &call)
{
    SimVolume *volume = requireVolume(m_context, call);
    if (!volume)
        return;
    QJsonArray items;
    for (const SimSnapshot &snapshot : std::as_const(volume->snapshots))
        items.append(snapshotJson(snapshot));
    call.replyJson(200, items);
}

void VolumeHandlers::createSnapshot(const ApiCall &call)
{
    SimVolume *volume = requireVolume(m_context, call);
    if (!volume)
        return;
    const SimSnapshot &snapshot = m_context.volumes.snapshot(*volume);
    // The live API answers with this odd envelope; clients are expected to re-list.
    const QJsonObject backup {{QLatin1String("id"), snapshot.id},
        {QLatin1String("app_id"), m_context.world.findApp(volume->appName)->id},
        {QLatin1String("volume_id"), volume->id},
        {QLatin1String("state"), QStringLiteral("prepare")},
        {QLatin1String("type"), QStringLiteral("BACKUP_TYPE_ON_DEMAND")},
        {QLatin1String("graph_id"), snapshot.id}};
    call.replyJson(
        200, QJsonObject {{QLatin1String("Msg"), QJsonObject {{QLatin1String("backup"), backup}}}});
}

} // namespace hangar::sim
