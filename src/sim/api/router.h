#pragma once

#include "sim/api/apicall.h"

#include <QList>
#include <QStringList>

namespace hangar::sim {

// Maps a method and a path such as "/v1/apps/{app_name}/machines/{machine_id}" to a handler.
// Route templates use the parameter names of the official OpenAPI document, so recordings of
// the simulator's answers can be checked against it path by path.
class Router final {
public:
    struct Match {
        const ApiHandler *handler = nullptr;
        QString route; // the template; set whenever pathKnown
        QHash<QString, QString> params;
        bool pathKnown = false; // the path exists, but maybe not for this method
        QStringList allowedMethods;
    };

    void add(const QByteArray &method, const QString &route, ApiHandler handler);
    Match match(const QByteArray &method, const QString &rawPath) const;

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        ApiHandler handler;
    };
    QList<Route> m_routes;
};

} // namespace hangar::sim
