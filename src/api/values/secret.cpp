#include "api/values/secret.h"

#include "api/values/timestamps.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

namespace {

// Answers carry "version" and a deprecated capitalised "Version".
qint64 secretsVersion(const QJsonObject &object)
{
    const QJsonValue version = object.value("version"_L1);
    return (version.isUndefined() ? object.value("Version"_L1) : version).toInteger();
}

} // namespace

QString Secret::name() const
{
    return stringValue("name"_L1);
}

QString Secret::digest() const
{
    return stringValue("digest"_L1);
}

QDateTime Secret::createdAt() const
{
    return parseTimestamp(field("created_at"_L1));
}

QDateTime Secret::updatedAt() const
{
    return parseTimestamp(field("updated_at"_L1));
}

QString Secret::value() const
{
    return stringValue("value"_L1);
}

bool Secret::hasValue() const
{
    return field("value"_L1).isString();
}

qint64 Secret::version() const
{
    return secretsVersion(json());
}

SecretList SecretList::fromResponse(const QJsonObject &response)
{
    SecretList list;
    const QJsonArray items = response.value("secrets"_L1).toArray();
    list.secrets.reserve(items.size());
    for (const QJsonValue &item : items)
        list.secrets.append(Secret(item.toObject()));
    list.version = secretsVersion(response);
    return list;
}

} // namespace hangar::api
