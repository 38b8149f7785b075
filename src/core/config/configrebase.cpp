#include "core/config/configrebase.h"

#include <QSet>

namespace hangar::core {

namespace {

QJsonObject merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
    const QString &prefix, QStringList *overridden)
{
    QJsonObject result = theirs;
    QSet<QString> keys;
    for (const QJsonObject *object : {&base, &mine})
        for (auto it = object->begin(); it != object->end(); ++it)
            keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue was = base.value(key);
        const QJsonValue now = mine.value(key);
        if (now == was)
            continue; // the user did not touch it: theirs stands
        const QJsonValue other = theirs.value(key);
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        if (other == was || other == now) {
            // Only the user changed it (or both made the same change).
        } else if (was.isObject() && now.isObject() && other.isObject()) {
            result.insert(
                key, merge(was.toObject(), now.toObject(), other.toObject(), path, overridden));
            continue;
        } else if (overridden) {
            overridden->append(path);
        }
        if (now.isUndefined())
            result.remove(key);
        else
            result.insert(key, now);
    }
    return result;
}

} // namespace

QJsonObject rebaseEdits(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
    QStringList *overridden)
{
    return merge(base, mine, theirs, QString(), overridden);
}

} // namespace hangar::core
