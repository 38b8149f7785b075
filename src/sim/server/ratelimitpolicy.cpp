#include "sim/server/ratelimitpolicy.h"

namespace hangar::sim {

RateLimitRule rateLimitRuleFor(
    const QByteArray &method, const QString &route, const QHash<QString, QString> &params)
{
    RateLimitRule rule;
    const QString action = QString::fromLatin1(method) + QLatin1Char(' ') + route;
    QString identifier = params.value(QStringLiteral("machine_id"));
    if (identifier.isEmpty())
        identifier = params.value(QStringLiteral("volume_id"));
    if (identifier.isEmpty())
        identifier = params.value(QStringLiteral("app_name"));
    rule.bucket = action + QLatin1Char('|') + identifier;
    if (method == "GET" && route == QLatin1String("/v1/apps/{app_name}/machines/{machine_id}")) {
        rule.perSecond = 5;
        rule.burst = 10;
    } else if (method == "DELETE" && route == QLatin1String("/v1/apps/{app_name}")) {
        rule.bucket = action; // counted per organisation, not per app
        rule.perSecond = 100.0 / 60.0;
        rule.burst = 100;
    }
    return rule;
}

} // namespace hangar::sim
