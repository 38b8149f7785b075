#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace hangar::api {
class ApiClient;
class ApiTransport;
struct TransportPolicy;
} // namespace hangar::api

namespace hangar::core {

class FleetStore;

// Where an account's API is and how to reach it.
struct AccountEndpoint {
    QString id; // stable, e.g. "sandbox" or a profile id
    QString label; // shown in the tree and the title bar
    QUrl baseUrl; // e.g. https://api.machines.dev/v1
    QString token; // kept in memory only
    QStringList orgSlugs; // empty: ask the API which ones the token reaches
    bool sandbox = false;
    bool production = false;
};

// One connected account: its transport (rate limits, retries), client and fleet store. Several
// can live side by side; they share the application's network access manager.
class AccountSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    AccountSession(
        QNetworkAccessManager *network, AccountEndpoint endpoint, QObject *parent = nullptr);
    ~AccountSession() override;

    const AccountEndpoint &endpoint() const { return m_endpoint; }
    api::ApiTransport &transport() { return *m_transport; }
    api::ApiClient &client() { return *m_client; }
    FleetStore &store() { return *m_store; }

    void start();

private:
    AccountEndpoint m_endpoint;
    std::unique_ptr<api::ApiTransport> m_transport;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<FleetStore> m_store;
};

} // namespace hangar::core
