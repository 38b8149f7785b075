#pragma once

#include "api/values/jsonobjectview.h"
#include "api/values/volumesnapshot.h" // one include for a volume and its snapshots

#include <QDateTime>

namespace hangar::api {

// A volume from the volume endpoints (also an /orgs/{org}/volumes item, which adds app_name and
// updated_at). Block and byte counts are zero until the volume is first mounted.
class Volume : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString id() const; // vol_...
    QString name() const;
    QString state() const;
    int sizeGb() const;
    QString region() const;
    QString zone() const; // the host, 4 hex chars
    bool encrypted() const;
    QString attachedMachineId() const; // empty when free (null on the wire)
    QString attachedAllocId() const;
    bool isAttached() const;
    QDateTime createdAt() const;
    QDateTime updatedAt() const; // org lists only
    QString appName() const; // org lists only
    QString fstype() const; // "ext4" or "raw"
    qint64 blocks() const;
    qint64 blockSize() const;
    qint64 blocksFree() const;
    qint64 blocksAvail() const;
    qint64 bytesTotal() const;
    qint64 bytesUsed() const;
    int snapshotRetention() const; // days
    bool autoBackupEnabled() const;
    QString hostStatus() const;
    QStringList hostFeatures() const;
    QStringList requiredHostFeatures() const;
    QString type() const; // "local" or "cache"
    QString hostDedicationId() const; // fly-go's name; recordings show host_dedication_key
    QString hostDedicationKey() const;

    // States fly-go treats as deleted (and hides), plus "destroyed" from the delete answer.
    bool isGone() const;
};

// The answer of PUT .../volumes/{vol}/extend.
class ExtendVolumeResult : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    Volume volume() const;
    bool needsRestart() const; // the machine must restart to see the new size
};

} // namespace hangar::api
