#include "api/values/restartconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString RestartConfig::policy() const
{
    return stringValue("policy"_L1);
}

void RestartConfig::setPolicy(const QString &policy)
{
    setField("policy"_L1, policy);
}

int RestartConfig::maxRetries() const
{
    return intValue("max_retries"_L1);
}

void RestartConfig::setMaxRetries(int retries)
{
    setField("max_retries"_L1, retries);
}

} // namespace hangar::api
