#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// How the config diff writes a JSON value as lines of text: indented like pretty JSON but
// without commas (so that adding a field changes one line, not two), identity fields first,
// long strings shortened and a file's base64 content decoded when it is text.
namespace hangar::core::jsonlines {

// The machine config's fields in the order a person reads them; others follow alphabetically.
const QStringList &topLevelOrder();

// The union of both objects' keys: `first` (those present) in its order, then the rest sorted.
QStringList orderedKeys(const QJsonObject &a, const QJsonObject &b, const QStringList &first);

QString indentation(int depth);

// The value of a config (root), a field (`"name": value`) or an array element, at `depth`.
QStringList renderRoot(const QJsonValue &value);
QStringList renderField(const QString &name, const QJsonValue &value, int depth);
QStringList renderElement(const QString &arrayName, const QJsonValue &value, int depth);

// A scalar, an empty container or an array of scalars on one line, as JSON.
QString inlineValue(const QJsonValue &value);

// A file's raw_value decoded, split into lines, when it is text a person can read; otherwise
// false.
bool decodeText(const QJsonValue &base64, QStringList *lines);

} // namespace hangar::core::jsonlines
