#pragma once

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;

// GET .../wait?state=&timeout=&version=&from_event_id= (API-NOTES §6).
class WaitHandler final {
public:
    explicit WaitHandler(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    void wait(const ApiCall &call);

    SimContext &m_context;
};

} // namespace hangar::sim
