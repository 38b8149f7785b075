#include "api/values/checkstatus.h"

#include "api/values/timestamps.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString CheckStatus::name() const
{
    return stringValue("name"_L1);
}

QString CheckStatus::status() const
{
    return stringValue("status"_L1);
}

bool CheckStatus::isPassing() const
{
    return status() == "passing"_L1;
}

QString CheckStatus::output() const
{
    return stringValue("output"_L1);
}

QDateTime CheckStatus::updatedAt() const
{
    return parseTimestamp(field("updated_at"_L1));
}

bool CheckStatus::isCompatibilityPlaceholder() const
{
    return name().startsWith("bg_deployments_compat"_L1);
}

} // namespace hangar::api
