#include "api/values/tokeninfo.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QList<TokenInfo> TokenInfo::listFromResponse(const QJsonObject &response)
{
    QList<TokenInfo> tokens;
    const QJsonArray items = response.value("tokens"_L1).toArray();
    tokens.reserve(items.size());
    for (const QJsonValue &item : items)
        tokens.append(TokenInfo(item.toObject()));
    return tokens;
}

QString TokenInfo::tokenId() const
{
    return stringValue("token_id"_L1);
}

QString TokenInfo::orgSlug() const
{
    return stringValue("org_slug"_L1);
}

QString TokenInfo::organization() const
{
    return stringValue("organization"_L1);
}

QStringList TokenInfo::apps() const
{
    return stringListValue("apps"_L1);
}

QString TokenInfo::user() const
{
    return stringValue("user"_L1);
}

QString TokenInfo::restrictedToMachine() const
{
    return stringValue("restricted_to_machine"_L1);
}

QString TokenInfo::sourceMachineId() const
{
    return stringValue("source_machine_id"_L1);
}

} // namespace hangar::api
