#include "windowharness.h"

#include "api/requestfactory.h"
#include "core/session/accountsession.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace hangar::testing {

WindowHarness::~WindowHarness()
{
    closeWindow();
    m_otherClient.reset();
    m_otherTransport.reset();
    m_sim.reset();
}

bool WindowHarness::start(const QString &seed, QString *error)
{
    sim::SimOptions options;
    options.seed = seed;
    options.speed = 0.05;
    options.rateLimit = false;
    options.randomSeed = 77;
    options.contractDirectory = qEnvironmentVariable("HANGAR_CONTRACT_DIR");
    m_sim = std::make_unique<sim::SimServer>(options);
    if (!m_sim->start(error))
        return false;
    return openWindow(error);
}

bool WindowHarness::restartWindow(QString *error)
{
    closeWindow();
    return openWindow(error);
}

bool WindowHarness::openWindow(QString *error)
{
    m_settings = std::make_unique<core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_jobs = std::make_unique<core::JobManager>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_drafts = std::make_unique<core::DraftStore>(m_dir.filePath(QStringLiteral("drafts.json")));
    m_window = std::make_unique<gui::MainWindow>(*m_settings, *m_jobs, *m_drafts, m_network.get());
    m_window->resize(1280, 800);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the window was not shown");
        return false;
    }
    core::AccountEndpoint endpoint;
    endpoint.id = QStringLiteral("sandbox");
    endpoint.label = QStringLiteral("Sandbox");
    endpoint.baseUrl = m_sim->baseUrl();
    endpoint.token = m_sim->token();
    endpoint.sandbox = true;
    QSignalSpy loaded(m_window.get(), &gui::MainWindow::fleetLoaded);
    m_window->addAccount(std::make_unique<core::AccountSession>(m_network.get(), endpoint));
    if (!loaded.wait(30000)) {
        *error = QStringLiteral("the fleet did not load");
        return false;
    }
    return true;
}

void WindowHarness::closeWindow()
{
    m_window.reset();
    m_drafts.reset();
    m_jobs.reset();
    m_network.reset();
    m_settings.reset();
}

api::ApiClient &WindowHarness::otherClient()
{
    if (!m_otherClient) {
        m_otherNetwork.setProxy(QNetworkProxy::NoProxy);
        m_otherTransport = std::make_unique<api::ApiTransport>(
            &m_otherNetwork, api::RequestFactory(m_sim->baseUrl(), m_sim->token()));
        m_otherClient = std::make_unique<api::ApiClient>(m_otherTransport.get());
    }
    return *m_otherClient;
}

QTreeView *WindowHarness::tree() const
{
    return m_window->findChild<QTreeView *>(QStringLiteral("fleetTree"));
}

} // namespace hangar::testing
