#include "api/values/app.h"

#include "api/values/timestamps.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString AppOrganization::name() const
{
    return stringValue("name"_L1);
}

QString AppOrganization::slug() const
{
    return stringValue("slug"_L1);
}

qint64 AppOrganization::internalNumericId() const
{
    return int64Value("internal_numeric_id"_L1);
}

QString App::id() const
{
    return stringValue("id"_L1);
}

QString App::name() const
{
    return stringValue("name"_L1);
}

QString App::status() const
{
    return stringValue("status"_L1);
}

QString App::network() const
{
    return stringValue("network"_L1);
}

QString App::networkCidr() const
{
    return stringValue("network_cidr"_L1);
}

qint64 App::internalNumericId() const
{
    return int64Value("internal_numeric_id"_L1);
}

int App::machineCount() const
{
    return intValue("machine_count"_L1);
}

int App::volumeCount() const
{
    return intValue("volume_count"_L1);
}

AppOrganization App::organization() const
{
    return AppOrganization(objectValue("organization"_L1));
}

QDateTime App::createdAt() const
{
    return parseEpochMilliseconds(field("created_at"_L1));
}

QString App::cnameTarget() const
{
    return stringValue("cname_target"_L1);
}

QString App::appRole() const
{
    return stringValue("app_role"_L1);
}

} // namespace hangar::api
