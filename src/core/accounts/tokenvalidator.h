#pragma once

#include "core/accounts/tokencheck.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace hangar::api {
class ApiClient;
class ApiTransport;
} // namespace hangar::api

namespace hangar::core {

// Checks a token before it is saved: asks the API at that address what the token reaches
// (GET /tokens/current) and turns the answer into a TokenCheck. The token goes only into the
// request's Authorization header; the wire log redacts it.
class TokenValidator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenValidator)

public:
    explicit TokenValidator(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenValidator() override;

    // Starts a check; one still running is dropped. finished() follows from the event loop,
    // also when the address is refused without asking anything.
    void check(const QUrl &apiUrl, const QString &token);
    void cancel();
    bool isChecking() const { return m_checking; }

signals:
    void finished(const hangar::core::TokenCheck &check);

private:
    void finish(const TokenCheck &check, quint64 generation);

    QNetworkAccessManager *m_network;
    std::unique_ptr<api::ApiTransport> m_transport;
    std::unique_ptr<api::ApiClient> m_client;
    quint64 m_generation = 0;
    bool m_checking = false;
};

} // namespace hangar::core
