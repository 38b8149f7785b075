#pragma once

#include <QStringList>

namespace hangar::sim {

class ApiCall;
class Router;
struct SimContext;

// POST .../exec: runs a command in the machine's virtual file system (with its volume mounted)
// through the simulator's shell. Always 200 with the exit code, like the live API.
class ExecHandler final {
public:
    explicit ExecHandler(SimContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

    // The deprecated `cmd` string, split into words the way flyctl's users expect.
    static QStringList splitCommandLine(const QString &commandLine);

private:
    void exec(const ApiCall &call);

    SimContext &m_context;
};

} // namespace hangar::sim
