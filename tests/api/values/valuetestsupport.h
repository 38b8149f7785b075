#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <set>

// Helpers shared by the value tests: fixtures from tests/data/api and a JSON diff by path.
namespace valuetest {

inline QJsonDocument loadDocument(const QString &fileName)
{
    QFile file(QString::fromUtf8(HANGAR_API_TEST_DATA_DIR) + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

inline QJsonObject loadObject(const QString &fileName)
{
    return loadDocument(fileName).object();
}

inline QJsonArray loadArray(const QString &fileName)
{
    return loadDocument(fileName).array();
}

inline QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Every path where a and b differ, as "config.guest.memory_mb" or "services[0].ports[1].port".
// A key present on one side only, or a change of type (null -> {}), is a difference too.
inline QStringList changedPaths(const QJsonValue &a, const QJsonValue &b, const QString &path = {})
{
    if (a.type() != b.type())
        return {path};
    if (a.isObject()) {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        std::set<QString> keys;
        for (const QString &key : left.keys())
            keys.insert(key);
        for (const QString &key : right.keys())
            keys.insert(key);
        QStringList changes;
        for (const QString &key : keys) {
            const QString child = path.isEmpty() ? key : QString(path + QLatin1Char('.') + key);
            changes += changedPaths(left.value(key), right.value(key), child);
        }
        return changes;
    }
    if (a.isArray()) {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (left.size() != right.size())
            return {path};
        QStringList changes;
        for (qsizetype i = 0; i < left.size(); ++i) {
            const QString child = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            changes += changedPaths(left.at(i), right.at(i), child);
        }
        return changes;
    }
    return a == b ? QStringList() : QStringList {path};
}

// The value at a path written as changedPaths() writes it; undefined when there is none.
inline QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue current = root;
    const QStringList keys = path.split(QLatin1Char('.'));
    for (const QString &part : keys) {
        QString key = part;
        QList<int> indexes;
        while (key.endsWith(QLatin1Char(']'))) {
            const qsizetype open = key.lastIndexOf(QLatin1Char('['));
            indexes.prepend(key.mid(open + 1, key.size() - open - 2).toInt());
            key.truncate(open);
        }
        if (!key.isEmpty())
            current = current.toObject().value(key);
        for (const int index : indexes)
            current = current.toArray().at(index);
    }
    return current;
}

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace valuetest
