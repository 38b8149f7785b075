#pragma once

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;

// /v1/platform/regions, /v1/tokens/current and the organisation-wide machine list.
class PlatformHandlers final {
public:
    explicit PlatformHandlers(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    void regions(const ApiCall &call);
    void currentToken(const ApiCall &call);
    void orgMachines(const ApiCall &call);

    SimContext &m_context;
};

} // namespace hangar::sim
