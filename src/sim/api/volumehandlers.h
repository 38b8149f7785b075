#pragma once

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;

// /v1/apps/{app_name}/volumes: list, create (blank, restored, forked), get, update, destroy,
// extend, snapshots.
class VolumeHandlers final {
public:
    explicit VolumeHandlers(SimContext &context)
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
    void extend(const ApiCall &call);
    void listSnapshots(const ApiCall &call);
    void createSnapshot(const ApiCall &call);

    SimContext &m_context;
};

} // namespace hangar::sim
