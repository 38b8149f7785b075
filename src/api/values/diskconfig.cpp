#include "api/values/diskconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString RootfsConfig::persist() const
{
    return stringValue("persist"_L1);
}

void RootfsConfig::setPersist(const QString &persist)
{
    setField("persist"_L1, persist);
}

int RootfsConfig::sizeGb() const
{
    return intValue("size_gb"_L1);
}

void RootfsConfig::setSizeGb(int sizeGb)
{
    setField("size_gb"_L1, sizeGb);
}

int CacheDriveConfig::sizeMb() const
{
    return intValue("size_mb"_L1);
}

void CacheDriveConfig::setSizeMb(int sizeMb)
{
    setField("size_mb"_L1, sizeMb);
}

} // namespace hangar::api
