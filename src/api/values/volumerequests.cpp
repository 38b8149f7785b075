#include "api/values/volumerequests.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

namespace {

void insertIfSet(QJsonObject &body, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        body.insert(key, value);
}

template<typename T>
void insertIfSet(QJsonObject &body, QLatin1String key, const std::optional<T> &value)
{
    if (value)
        body.insert(key, *value);
}

} // namespace

QJsonObject CreateVolumeRequest::toJson() const
{
    QJsonObject body {{"name"_L1, name}};
    insertIfSet(body, "region"_L1, region);
    insertIfSet(body, "size_gb"_L1, sizeGb);
    insertIfSet(body, "encrypted"_L1, encrypted);
    insertIfSet(body, "fstype"_L1, fstype);
    insertIfSet(body, "require_unique_zone"_L1, requireUniqueZone);
    insertIfSet(body, "unique_zone_app_wide"_L1, uniqueZoneAppWide);
    insertIfSet(body, "snapshot_id"_L1, snapshotId);
    insertIfSet(body, "source_volume_id"_L1, sourceVolumeId);
    insertIfSet(body, "snapshot_retention"_L1, snapshotRetention);
    insertIfSet(body, "auto_backup_enabled"_L1, autoBackupEnabled);
    if (!compute.isNull())
        body.insert("compute"_L1, compute.json());
    insertIfSet(body, "compute_image"_L1, computeImage);
    return body;
}

QJsonObject UpdateVolumeRequest::toJson() const
{
    QJsonObject body;
    insertIfSet(body, "snapshot_retention"_L1, snapshotRetention);
    insertIfSet(body, "auto_backup_enabled"_L1, autoBackupEnabled);
    return body;
}

} // namespace hangar::api
