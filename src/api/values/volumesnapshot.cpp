#include "api/values/volumesnapshot.h"

#include "api/values/timestamps.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString VolumeSnapshot::id() const
{
    return stringValue("id"_L1);
}

qint64 VolumeSnapshot::size() const
{
    return int64Value("size"_L1);
}

qint64 VolumeSnapshot::volumeSize() const
{
    return int64Value("volume_size"_L1);
}

QString VolumeSnapshot::digest() const
{
    return stringValue("digest"_L1);
}

QDateTime VolumeSnapshot::createdAt() const
{
    return parseTimestamp(field("created_at"_L1));
}

QString VolumeSnapshot::status() const
{
    return stringValue("status"_L1);
}

int VolumeSnapshot::retentionDays() const
{
    return intValue("retention_days"_L1);
}

} // namespace hangar::api
