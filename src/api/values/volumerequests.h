#pragma once

#include "api/values/guestconfig.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hangar::api {

// Body of POST /apps/{app}/volumes. Unset optional fields are left out so the server applies its
// defaults (size 3 GB, encrypted, ext4, unique zone, 5 days of snapshots, daily backups).
struct CreateVolumeRequest {
    QString name; // required
    QString region;
    std::optional<int> sizeGb; // 1..500
    std::optional<bool> encrypted;
    QString fstype; // "ext4" or "raw"
    std::optional<bool> requireUniqueZone;
    std::optional<bool> uniqueZoneAppWide;
    QString snapshotId; // restore from this snapshot
    QString sourceVolumeId; // fork this volume
    std::optional<int> snapshotRetention; // days, 1..60
    std::optional<bool> autoBackupEnabled;
    GuestConfig compute; // place the volume where a machine of this size fits; unset when null
    QString computeImage;

    QJsonObject toJson() const;
};

// Body of PUT /apps/{app}/volumes/{vol}: the only two fields a volume update accepts.
struct UpdateVolumeRequest {
    std::optional<int> snapshotRetention;
    std::optional<bool> autoBackupEnabled;

    QJsonObject toJson() const;
};

} // namespace hangar::api
