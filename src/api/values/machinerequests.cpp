#include "api/values/machinerequests.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

namespace {

// The fields create and update share, each written only when set.
void writeLaunchOptions(QJsonObject &body, bool skipLaunch, bool skipServiceRegistration,
    bool skipSecrets, const std::optional<int> &leaseTtlSeconds,
    const std::optional<qint64> &minSecretsVersion)
{
    if (skipLaunch)
        body.insert("skip_launch"_L1, true);
    if (skipServiceRegistration)
        body.insert("skip_service_registration"_L1, true);
    if (skipSecrets)
        body.insert("skip_secrets"_L1, true);
    if (leaseTtlSeconds)
        body.insert("lease_ttl"_L1, *leaseTtlSeconds);
    if (minSecretsVersion)
        body.insert("min_secrets_version"_L1, *minSecretsVersion);
}

} // namespace

QJsonObject CreateMachineRequest::toJson() const
{
    QJsonObject body {{"config"_L1, config.json()}};
    if (!name.isEmpty())
        body.insert("name"_L1, name);
    if (!region.isEmpty())
        body.insert("region"_L1, region);
    writeLaunchOptions(
        body, skipLaunch, skipServiceRegistration, skipSecrets, leaseTtlSeconds, minSecretsVersion);
    return body;
}

QJsonObject UpdateMachineRequest::toJson() const
{
    QJsonObject body {{"config"_L1, config.json()}};
    if (!currentVersion.isEmpty())
        body.insert("current_version"_L1, currentVersion);
    writeLaunchOptions(
        body, skipLaunch, skipServiceRegistration, skipSecrets, leaseTtlSeconds, minSecretsVersion);
    return body;
}

} // namespace hangar::api
