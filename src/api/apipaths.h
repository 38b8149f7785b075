#pragma once

#include "api/apirequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace hangar::api::paths {

// Path segments are percent-encoded, so odd names and keys cannot change the route.
inline QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

inline QString app(const QString &name)
{
    return QStringLiteral("/apps/") + segment(name);
}

inline QString machines(const QString &appName)
{
    return app(appName) + QStringLiteral("/machines");
}

inline QString machine(const QString &appName, const QString &machineId)
{
    return machines(appName) + QLatin1Char('/') + segment(machineId);
}

inline QString volumes(const QString &appName)
{
    return app(appName) + QStringLiteral("/volumes");
}

inline QString volume(const QString &appName, const QString &volumeId)
{
    return volumes(appName) + QLatin1Char('/') + segment(volumeId);
}

// Fly's documented limits: 1 request/s with bursts of 3 per action and machine (or app);
// getting one machine 5/s with bursts of 10.
inline RateRule perAction(const QString &action, const QString &id)
{
    return {action + QLatin1Char('|') + id, 1.0, 3.0};
}

inline RateRule getMachine(const QString &machineId)
{
    return {QStringLiteral("get-machine|") + machineId, 5.0, 10.0};
}

inline QByteArray nonceHeader()
{
    return QByteArrayLiteral("fly-machine-lease-nonce");
}

} // namespace hangar::api::paths
