#pragma once

class QJsonObject;

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;
struct SimMachine;

// .../metadata: the machine's config.metadata map, read and written without a new version.
class MetadataHandlers final {
public:
    explicit MetadataHandlers(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    void getAll(const ApiCall &call);
    void merge(const ApiCall &call);
    void getKey(const ApiCall &call);
    void setKey(const ApiCall &call);
    void removeKey(const ApiCall &call);
    void store(SimMachine &machine, const QJsonObject &metadata);

    SimContext &m_context;
};

} // namespace hangar::sim
