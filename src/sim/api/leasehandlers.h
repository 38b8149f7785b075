#pragma once

class QString;

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;

// POST/GET/DELETE .../lease, answered in the live API's {"status", "data"} envelope.
class LeaseHandlers final {
public:
    explicit LeaseHandlers(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    void acquire(const ApiCall &call);
    void get(const ApiCall &call);
    void release(const ApiCall &call);
    static void replyEnvelopeError(const ApiCall &call, int status, const QString &message);

    SimContext &m_context;
};

} // namespace hangar::sim
