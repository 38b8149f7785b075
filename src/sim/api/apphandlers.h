#pragma once

#include <QHash>
#include <QString>

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;

// /v1/apps: list by organisation (next_cursor in the body), create, get, delete.
class AppHandlers final {
public:
    explicit AppHandlers(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    void list(const ApiCall &call);
    void create(const ApiCall &call);
    void get(const ApiCall &call);
    void remove(const ApiCall &call);

    SimContext &m_context;
    QHash<QString, QString> m_idempotencyKeys; // key -> app name
};

} // namespace hangar::sim
