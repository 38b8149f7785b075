#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace hangar::api {

// Parsers for Call<T>: the shapes the Machines API answers with.

template<typename T>
std::optional<T> parseObject(const QJsonValue &value, QString *problem)
{
    if (!value.isObject()) {
        *problem = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return T(value.toObject());
}

template<typename T>
std::optional<QList<T>> parseArray(const QJsonValue &value, QString *problem)
{
    // The API sends null for an empty list now and then.
    if (value.isNull() || value.isUndefined())
        return QList<T>();
    if (!value.isArray()) {
        *problem = QStringLiteral("expected a JSON array");
        return std::nullopt;
    }
    QList<T> items;
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            *problem = QStringLiteral("expected a list of objects");
            return std::nullopt;
        }
        items.append(T(item.toObject()));
    }
    return items;
}

// Items of a list nested in an object, e.g. {"secrets": [...]}.
template<typename T>
std::optional<QList<T>> parseArrayIn(const QJsonValue &value, const QString &key, QString *problem)
{
    if (!value.isObject()) {
        *problem = QStringLiteral("expected a JSON object with \"%1\"").arg(key);
        return std::nullopt;
    }
    return parseArray<T>(value.toObject().value(key), problem);
}

} // namespace hangar::api
