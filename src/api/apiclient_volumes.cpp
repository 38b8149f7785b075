#include "api/apiclient.h"
#include "api/apiclient_p.h"
#include "api/apipaths.h"
#include "api/apitransport.h"
#include "api/jsonparsers.h"

namespace hangar::api {

Call<QList<Volume>> ApiClient::listVolumes(const QString &app)
{
    ApiRequest request = ApiRequest::get(paths::volumes(app));
    request.paging = ApiRequest::Paging::HeaderCursor;
    request.pageSize = 500;
    request.rate = paths::perAction(QStringLiteral("list-volumes"), app);
    return {send(request), parseArray<Volume>};
}

Call<Volume> ApiClient::createVolume(const QString &app, const CreateVolumeRequest &body)
{
    ApiRequest request = ApiRequest::post(paths::volumes(app), toJson(body.toJson())).notRetried();
    request.rate = paths::perAction(QStringLiteral("create-volume"), app);
    return {send(request), parseObject<Volume>};
}

Call<Volume> ApiClient::getVolume(const QString &app, const QString &volumeId)
{
    ApiRequest request = ApiRequest::get(paths::volume(app, volumeId));
    request.rate = paths::perAction(QStringLiteral("get-volume"), volumeId);
    return {send(request), parseObject<Volume>};
}

Call<Volume> ApiClient::updateVolume(const QString &app, const QString &volumeId,
    std::optional<int> snapshotRetentionDays, std::optional<bool> autoBackup)
{
    QJsonObject body;
    if (snapshotRetentionDays)
        body.insert(QLatin1String("snapshot_retention"), *snapshotRetentionDays);
    if (autoBackup)
        body.insert(QLatin1String("auto_backup_enabled"), *autoBackup);
    ApiRequest request = ApiRequest::put(paths::volume(app, volumeId), toJson(body));
    request.rate = paths::perAction(QStringLiteral("update-volume"), volumeId);
    return {send(request), parseObject<Volume>};
}

Call<Volume> ApiClient::destroyVolume(const QString &app, const QString &volumeId)
{
    ApiRequest request = ApiRequest::del(paths::volume(app, volumeId)).notRetried();
    request.rate = paths::perAction(QStringLiteral("destroy-volume"), volumeId);
    return {send(request), parseObject<Volume>};
}

Call<ExtendedVolume> ApiClient::extendVolume(
    const QString &app, const QString &volumeId, int sizeGb)
{
    ApiRequest request = ApiRequest::put(paths::volume(app, volumeId) + QStringLiteral("/extend"),
        toJson({{QLatin1String("size_gb"),
            sizeGb}})).notRetried();
    request.rate = paths::perAction(QStringLiteral("extend-volume"), volumeId);
    return {send(request),
        [](const QJsonValue &value, QString *problem) -> std::optional<ExtendedVolume> {
            const QJsonObject object = value.toObject();
            if (!object.value(QLatin1String("volume")).isObject()) {
                *problem = QStringLiteral("expected the extended volume");
                return std::nullopt;
            }
            return ExtendedVolume {Volume(object.value(QLatin1String("volume")).toObject()),
                object.value(QLatin1String("needs_restart")).toBool()};
        }};
}

Call<QList<VolumeSnapshot>> ApiClient::listSnapshots(const QString &app, const QString &volumeId)
{
    ApiRequest request =
        ApiRequest::get(paths::volume(app, volumeId) + QStringLiteral("/snapshots"));
    request.rate = paths::perAction(QStringLiteral("list-snapshots"), volumeId);
    return {send(request), parseArray<VolumeSnapshot>};
}

Call<Done> ApiClient::createSnapshot(const QString &app, const QString &volumeId)
{
    // The answer's odd {"Msg":{"backup":...}} body is ignored: re-list to see the snapshot.
    ApiRequest request =
        ApiRequest::post(paths::volume(app, volumeId) + QStringLiteral("/snapshots"), QByteArray())
            .notRetried();
    request.jsonBody = false;
    request.rate = paths::perAction(QStringLiteral("create-snapshot"), volumeId);
    return {send(request),
        [](const QJsonValue &, QString *) -> std::optional<Done> { return Done {}; }};
}

} // namespace hangar::api
