#pragma once

#include <QJsonValue>
#include <QStringList>

// How the config diff matches the elements of an array between two configs. Arrays are told
// apart by the name of the field that holds them, wherever it is ("ports" inside any service).
namespace hangar::core::arraykeys {

// The fields that identify an element of the array under `arrayName` (services: protocol and
// internal_port), shown first in each element so that a changed section says what it is.
QStringList identityFields(const QString &arrayName);

// The element's identity as shown in a path ("tcp/8080", "443", "8000-8010", "/etc/app.conf"),
// or an empty string when it has none; one element without a key makes the whole array match
// by index.
QString elementKey(const QString &arrayName, const QJsonValue &element);

} // namespace hangar::core::arraykeys
