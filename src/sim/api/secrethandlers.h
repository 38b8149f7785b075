#pragma once

class QString;

namespace hangar::sim {

class ApiCall;
class Router;
struct SimApp;
struct SimContext;

// /v1/apps/{app_name}/secrets: names and digests only; values go in and never come out.
class SecretHandlers final {
public:
    explicit SecretHandlers(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    void list(const ApiCall &call);
    void updateMany(const ApiCall &call);
    void get(const ApiCall &call);
    void set(const ApiCall &call);
    void remove(const ApiCall &call);
    void store(SimApp &app, const QString &name, const QString &value);

    SimContext &m_context;
};

} // namespace hangar::sim
