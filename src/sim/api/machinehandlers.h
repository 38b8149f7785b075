#pragma once

#include <QJsonObject>
#include <QString>

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;
struct SimMachine;

// /v1/apps/{app_name}/machines: list (filters, summary, fly-next-cursor), create, get, update,
// destroy, versions.
class MachineHandlers final {
public:
    explicit MachineHandlers(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    void list(const ApiCall &call);
    void create(const ApiCall &call);
    void get(const ApiCall &call);
    void update(const ApiCall &call);
    void destroy(const ApiCall &call);
    void versions(const ApiCall &call);

    // Checks the config and where it may run; answers the error itself and returns false.
    bool acceptConfig(const ApiCall &call, const QString &appName, const QJsonObject &config,
        const SimMachine *existing, QString *region);

    SimContext &m_context;
};

} // namespace hangar::sim
