#include "apiharness.h"

#include "sim/server/simserver.h"

#include <QNetworkProxy>

namespace hangar::tests {

sim::SimOptions ApiHarness::simOptions()
{
    sim::SimOptions options;
    options.seed = QStringLiteral("empty");
    options.speed = 0.02;
    options.rateLimit = false;
    options.token = QStringLiteral("fm2_test-token");
    options.randomSeed = 4242;
    options.contractDirectory = qEnvironmentVariable("HANGAR_CONTRACT_DIR");
    return options;
}

api::TransportPolicy ApiHarness::fastPolicy()
{
    api::TransportPolicy policy;
    policy.initialBackoffMs = 5;
    policy.maxBackoffMs = 40;
    policy.maxRetryAfterMs = 40;
    policy.maxAttempts = 8;
    policy.clientRateLimits = false;
    return policy;
}

ApiHarness::ApiHarness(const sim::SimOptions &options, const api::TransportPolicy &policy)
    : m_server(std::make_unique<sim::SimServer>(options))
{
    QString error;
    if (!m_server->start(&error))
        qFatal("the simulator did not start: %s", qPrintable(error));
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_transport = std::make_unique<api::ApiTransport>(
        &m_network, api::RequestFactory(m_server->baseUrl(), m_server->token()), policy);
    m_client = std::make_unique<api::ApiClient>(m_transport.get());
}

ApiHarness::~ApiHarness() = default;

void ApiHarness::createApp(const QString &name)
{
    const auto created = await(m_client->createApp(name, QStringLiteral("personal")));
    if (!created.ok())
        qFatal(
            "creating app %s failed: %s", qPrintable(name), qPrintable(created.error().message()));
}

bool runToEnd(api::MachineOperation &operation, int timeoutMs)
{
    operation.start();
    return QTest::qWaitFor([&operation] { return operation.isFinished(); }, timeoutMs);
}

} // namespace hangar::tests
