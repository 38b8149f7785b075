#include "api/values/lease.h"

#include "api/values/timestamps.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

Lease Lease::fromEnvelope(const QJsonObject &response)
{
    const QJsonValue data = response.value("data"_L1);
    // A bare lease has no "data"; the envelope always has it next to "status".
    if (data.isObject() && !response.contains("nonce"_L1))
        return Lease(data.toObject());
    return Lease(response);
}

QString Lease::nonce() const
{
    return stringValue("nonce"_L1);
}

QDateTime Lease::expiresAt() const
{
    return parseEpochSeconds(field("expires_at"_L1));
}

QString Lease::owner() const
{
    return stringValue("owner"_L1);
}

QString Lease::description() const
{
    return stringValue("description"_L1);
}

QString Lease::version() const
{
    return stringValue("version"_L1);
}

bool Lease::isExpired(const QDateTime &now) const
{
    const QDateTime expiry = expiresAt();
    return expiry.isValid() && expiry <= now;
}

} // namespace hangar::api
