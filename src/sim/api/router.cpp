#include "sim/api/router.h"

#include <QUrl>

namespace hangar::sim {

namespace {

QStringList splitPath(const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return segments;
}

bool isPlaceholder(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

void Router::add(const QByteArray &method, const QString &route, ApiHandler handler)
{
    m_routes.append({method, route, splitPath(route), std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &rawPath) const
{
    const QStringList rawSegments = splitPath(rawPath);
    QStringList segments;
    segments.reserve(rawSegments.size());
    for (const QString &raw : rawSegments)
        segments.append(QUrl::fromPercentEncoding(raw.toUtf8()));

    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            if (isPlaceholder(expected))
                params.insert(expected.mid(1, expected.size() - 2), segments.at(i));
            else
                matches = expected == segments.at(i);
        }
        if (!matches)
            continue;
        result.pathKnown = true;
        if (result.route.isEmpty())
            result.route = route.pattern;
        result.allowedMethods.append(QString::fromLatin1(route.method));
        const bool methodMatches =
            route.method == method || (method == "HEAD" && route.method == "GET");
        if (methodMatches && !result.handler) {
            result.handler = &route.handler;
            result.route = route.pattern;
            result.params = params;
        }
    }
    return result;
}

} // namespace hangar::sim
