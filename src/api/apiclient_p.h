// What the files implementing ApiClient share: request bodies and the answer of no interest.
#pragma once

#include "api/apicall.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace hangar::api {

inline QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline std::optional<Done> parseNothing(const QJsonValue &, QString *)
{
    return Done {};
}

} // namespace hangar::api
