#pragma once

#include <QHash>
#include <QString>

namespace hangar::sim {

// Fly's documented limits (API-NOTES §2): per action and per machine or app, 1 request/s with
// bursts of 3; getting a machine 5/s with bursts of 10; app deletions 100 per minute.
struct RateLimitRule {
    QString bucket; // action + identifier
    double perSecond = 1;
    double burst = 3;
};

RateLimitRule rateLimitRuleFor(
    const QByteArray &method, const QString &route, const QHash<QString, QString> &params);

} // namespace hangar::sim
