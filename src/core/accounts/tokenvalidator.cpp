#include "core/accounts/tokenvalidator.h"

#include "api/apiclient.h"
#include "api/apitransport.h"
#include "api/wirelog.h"
#include "core/accounts/accountprofile.h"
#include "core/accounts/accountslog.h"

namespace hangar::core {

namespace {

// A person is waiting: one retry at most, quickly.
api::TransportPolicy checkPolicy()
{
    api::TransportPolicy policy;
    policy.maxAttempts = 2;
    policy.initialBackoffMs = 300;
    policy.maxBackoffMs = 1000;
    policy.maxRetryAfterMs = 2000;
    return policy;
}

} // namespace

TokenValidator::TokenValidator(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

TokenValidator::~TokenValidator()
{
    m_client.reset();
    m_transport.reset();
}

void TokenValidator::cancel()
{
    ++m_generation;
    m_checking = false;
    // Later, not now: cancel() may be called from inside the old call's own answer.
    if (m_client)
        m_client.release()->deleteLater();
    if (m_transport) {
        m_transport->cancelAll();
        m_transport.release()->deleteLater();
    }
}

void TokenValidator::check(const QUrl &apiUrl, const QString &token)
{
    cancel();
    m_checking = true;
    const quint64 generation = m_generation;
    QString problem = apiUrlProblem(apiUrl);
    if (problem.isEmpty() && token.trimmed().isEmpty())
        problem = tr("Paste a token first.");
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem, generation] { finish(TokenCheck::refused(problem), generation); },
            Qt::QueuedConnection);
        return;
    }
    qCInfo(lcAccounts) << "checking a token against" << apiUrl.toDisplayString();
    m_transport = std::make_unique<api::ApiTransport>(
        m_network, api::RequestFactory(apiUrl, token.trimmed()), checkPolicy());
    m_client = std::make_unique<api::ApiClient>(m_transport.get());
    const QString trimmed = token.trimmed();
    m_client->currentToken().then(
        this, [this, trimmed, generation](const api::Result<QList<api::TokenInfo>> &answer) {
            TokenCheck check = TokenCheck::fromAnswer(answer, trimmed);
            // A server that quotes the token back must not put it on the screen.
            check.message = api::redact(check.message, trimmed);
            finish(check, generation);
        });
}

void TokenValidator::finish(const TokenCheck &check, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_checking = false;
    qCInfo(lcAccounts) << "token check:" << int(check.outcome) << check.orgSlugs();
    emit finished(check);
}

} // namespace hangar::core
