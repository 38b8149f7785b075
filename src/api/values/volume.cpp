#include "api/values/volume.h"

#include "api/values/timestamps.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString Volume::id() const
{
    return stringValue("id"_L1);
}

QString Volume::name() const
{
    return stringValue("name"_L1);
}

QString Volume::state() const
{
    return stringValue("state"_L1);
}

int Volume::sizeGb() const
{
    return intValue("size_gb"_L1);
}

QString Volume::region() const
{
    return stringValue("region"_L1);
}

QString Volume::zone() const
{
    return stringValue("zone"_L1);
}

bool Volume::encrypted() const
{
    return boolValue("encrypted"_L1);
}

QString Volume::attachedMachineId() const
{
    return stringValue("attached_machine_id"_L1);
}

QString Volume::attachedAllocId() const
{
    return stringValue("attached_alloc_id"_L1);
}

bool Volume::isAttached() const
{
    return !attachedMachineId().isEmpty();
}

QDateTime Volume::createdAt() const
{
    return parseTimestamp(field("created_at"_L1));
}

QDateTime Volume::updatedAt() const
{
    return parseTimestamp(field("updated_at"_L1));
}

QString Volume::appName() const
{
    return stringValue("app_name"_L1);
}

QString Volume::fstype() const
{
    return stringValue("fstype"_L1);
}

qint64 Volume::blocks() const
{
    return int64Value("blocks"_L1);
}

qint64 Volume::blockSize() const
{
    return int64Value("block_size"_L1);
}

qint64 Volume::blocksFree() const
{
    return int64Value("blocks_free"_L1);
}

qint64 Volume::blocksAvail() const
{
    return int64Value("blocks_avail"_L1);
}

qint64 Volume::bytesTotal() const
{
    return int64Value("bytes_total"_L1);
}

qint64 Volume::bytesUsed() const
{
    return int64Value("bytes_used"_L1);
}

int Volume::snapshotRetention() const
{
    return intValue("snapshot_retention"_L1);
}

bool Volume::autoBackupEnabled() const
{
    return boolValue("auto_backup_enabled"_L1);
}

QString Volume::hostStatus() const
{
    return stringValue("host_status"_L1);
}

QStringList Volume::hostFeatures() const
{
    return stringListValue("host_features"_L1);
}

QStringList Volume::requiredHostFeatures() const
{
    return stringListValue("required_host_features"_L1);
}

QString Volume::type() const
{
    return stringValue("type"_L1);
}

QString Volume::hostDedicationId() const
{
    return stringValue("host_dedication_id"_L1);
}

QString Volume::hostDedicationKey() const
{
    return stringValue("host_dedication_key"_L1);
}

bool Volume::isGone() const
{
    static const QStringList goneStates = {
        u"scheduling_destroy"_s,
        u"fork_cleanup"_s,
        u"waiting_for_detach"_s,
        u"pending_destroy"_s,
        u"destroying"_s,
        u"destroyed"_s,
    };
    return goneStates.contains(state());
}

Volume ExtendVolumeResult::volume() const
{
    return Volume(objectValue("volume"_L1));
}

bool ExtendVolumeResult::needsRestart() const
{
    return boolValue("needs_restart"_L1);
}

} // namespace hangar::api
