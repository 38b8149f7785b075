#include "core/session/accountsession.h"

#include "api/apiclient.h"
#include "api/apitransport.h"
#include "core/fleet/fleetstore.h"

namespace hangar::core {

AccountSession::AccountSession(
    QNetworkAccessManager *network, AccountEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_transport(std::make_unique<api::ApiTransport>(
          network, api::RequestFactory(m_endpoint.baseUrl, m_endpoint.token)))
    , m_client(std::make_unique<api::ApiClient>(m_transport.get()))
    , m_store(std::make_unique<FleetStore>(m_client.get(), m_endpoint.orgSlugs))
{
}

AccountSession::~AccountSession()
{
    // The store's pending callbacks die with it before the client and transport go.
    m_store.reset();
    m_client.reset();
    m_transport.reset();
}

void AccountSession::start()
{
    m_store->start();
}

} // namespace hangar::core
