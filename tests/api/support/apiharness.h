#pragma once

#include "api/apiclient.h"
#include "api/apitransport.h"
#include "api/operations/machineoperation.h"
#include "sim/server/simoptions.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace hangar::sim {
class SimServer;
}

namespace hangar::tests {

// The client library wired to an in-process hangar-sim over loopback HTTP: what the app does,
// minus the windows.
class ApiHarness final {
public:
    static sim::SimOptions simOptions();
    static api::TransportPolicy fastPolicy();

    explicit ApiHarness(const sim::SimOptions &options = simOptions(),
        const api::TransportPolicy &policy = fastPolicy());
    ~ApiHarness();

    sim::SimServer &server() { return *m_server; }
    api::ApiTransport &transport() { return *m_transport; }
    api::ApiClient &client() { return *m_client; }

    // Creates an app through the simulator's API (fails the test run on error).
    void createApp(const QString &name);

private:
    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiTransport> m_transport;
    std::unique_ptr<api::ApiClient> m_client;
};

// Waits (running the event loop) for a call's result.
template<typename T>
api::Result<T> await(const api::Call<T> &call, int timeoutMs = 30000)
{
    std::optional<api::Result<T>> result;
    QObject context;
    call.then(&context, [&result](const api::Result<T> &value) { result.emplace(value); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return api::ApiError::timeout(QStringLiteral("the test"));
    return *result;
}

// Starts an operation and waits until it finishes; false when it did not finish in time.
bool runToEnd(api::MachineOperation &operation, int timeoutMs = 30000);

} // namespace hangar::tests
