#include "api/values/jsonobjectview.h"

#include <QVariant>

#include <utility>

namespace hangar::api {

JsonObjectView::JsonObjectView(QJsonObject object)
    : m_object(std::move(object))
{
}

QString JsonObjectView::stringValue(QLatin1String key, const QString &fallback) const
{
    const QJsonValue item = m_object.value(key);
    return item.isString() ? item.toString() : fallback;
}

int JsonObjectView::intValue(QLatin1String key, int fallback) const
{
    return m_object.value(key).toInt(fallback);
}

qint64 JsonObjectView::int64Value(QLatin1String key, qint64 fallback) const
{
    return m_object.value(key).toInteger(fallback);
}

double JsonObjectView::doubleValue(QLatin1String key, double fallback) const
{
    return m_object.value(key).toDouble(fallback);
}

bool JsonObjectView::boolValue(QLatin1String key, bool fallback) const
{
    return m_object.value(key).toBool(fallback);
}

QStringList JsonObjectView::stringListValue(QLatin1String key) const
{
    QStringList list;
    const QJsonArray array = arrayValue(key);
    list.reserve(array.size());
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QMap<QString, QString> JsonObjectView::stringMapValue(QLatin1String key) const
{
    QMap<QString, QString> map;
    const QJsonObject object = objectValue(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Values should be strings; show a stray number or bool as text rather than hide it.
        const QJsonValue item = it.value();
        map.insert(it.key(), item.isString() ? item.toString() : item.toVariant().toString());
    }
    return map;
}

void JsonObjectView::setStringList(QLatin1String key, const QStringList &list)
{
    setField(key, QJsonArray::fromStringList(list));
}

void JsonObjectView::setStringMap(QLatin1String key, const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    setField(key, object);
}

} // namespace hangar::api
