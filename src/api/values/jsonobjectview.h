#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hangar::api {

// A typed view over one JSON object from the Machines API. Readers fall back to a default when a
// field is missing, null or of another type; writers replace exactly one key and never touch the
// others, so fields Hangar does not know survive a read -> edit -> write cycle (an update replaces
// the machine's whole config on the server, so a dropped field would be deleted there).
class JsonObjectView {
public:
    JsonObjectView() = default;
    explicit JsonObjectView(QJsonObject object);

    const QJsonObject &json() const { return m_object; }

    // True when the view holds no field (default-constructed, or absent, null or {} on the wire).
    bool isNull() const { return m_object.isEmpty(); }

    // Whether the server sent the key (even as null): tells "unset" from a zero/empty value.
    bool contains(QLatin1String key) const { return m_object.contains(key); }

    // Removes one key, e.g. a section the user cleared or a deprecated field (config.size).
    void remove(QLatin1String key) { m_object.remove(key); }

    friend bool operator==(const JsonObjectView &a, const JsonObjectView &b)
    {
        return a.m_object == b.m_object;
    }
    friend bool operator!=(const JsonObjectView &a, const JsonObjectView &b) { return !(a == b); }

protected:
    QJsonValue field(QLatin1String key) const { return m_object.value(key); }

    QString stringValue(QLatin1String key, const QString &fallback = {}) const;
    int intValue(QLatin1String key, int fallback = 0) const;
    qint64 int64Value(QLatin1String key, qint64 fallback = 0) const;
    double doubleValue(QLatin1String key, double fallback = 0.0) const;
    bool boolValue(QLatin1String key, bool fallback = false) const;
    QStringList stringListValue(QLatin1String key) const;
    QMap<QString, QString> stringMapValue(QLatin1String key) const;
    QJsonObject objectValue(QLatin1String key) const { return m_object.value(key).toObject(); }
    QJsonArray arrayValue(QLatin1String key) const { return m_object.value(key).toArray(); }

    // Nested views: each item keeps its whole JSON object, unknown fields included.
    template<typename View>
    QList<View> listValue(QLatin1String key) const
    {
        QList<View> views;
        const QJsonArray array = arrayValue(key);
        views.reserve(array.size());
        for (const QJsonValue &item : array)
            views.append(View(item.toObject()));
        return views;
    }

    template<typename View>
    QMap<QString, View> mapValue(QLatin1String key) const
    {
        QMap<QString, View> views;
        const QJsonObject object = objectValue(key);
        for (auto it = object.begin(); it != object.end(); ++it)
            views.insert(it.key(), View(it.value().toObject()));
        return views;
    }

    void setField(QLatin1String key, const QJsonValue &value) { m_object.insert(key, value); }
    void setStringList(QLatin1String key, const QStringList &list);
    void setStringMap(QLatin1String key, const QMap<QString, QString> &map);

    template<typename View>
    void setList(QLatin1String key, const QList<View> &views)
    {
        QJsonArray array;
        for (const View &view : views)
            array.append(view.json());
        setField(key, array);
    }

    template<typename View>
    void setMap(QLatin1String key, const QMap<QString, View> &views)
    {
        QJsonObject object;
        for (auto it = views.begin(); it != views.end(); ++it)
            object.insert(it.key(), it.value().json());
        setField(key, object);
    }

private:
    QJsonObject m_object;
};

} // namespace hangar::api
