#pragma once

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;

// The verbs on one machine: start, stop, restart, suspend, signal, cordon, uncordon, plus its
// events and processes.
class MachineActionHandlers final {
public:
    explicit MachineActionHandlers(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    void start(const ApiCall &call);
    void stop(const ApiCall &call);
    void restart(const ApiCall &call);
    void suspend(const ApiCall &call);
    void signal(const ApiCall &call);
    void cordon(const ApiCall &call, bool cordoned);
    void events(const ApiCall &call);
    void processes(const ApiCall &call);

    SimContext &m_context;
};

} // namespace hangar::sim
