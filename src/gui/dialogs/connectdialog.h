#pragma once

#include "core/session/accountsession.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;

namespace hangar::api {
class ApiClient;
class ApiTransport;
} // namespace hangar::api

namespace hangar::gui {

// Connects to a Fly.io account with a pasted token: the token is checked against the API
// (which organisations it reaches) before the dialog accepts. The token stays in memory.
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Valid once the dialog was accepted.
    core::AccountEndpoint endpoint() const { return m_endpoint; }

private:
    void check();
    void showProblem(const QString &text);

    QNetworkAccessManager *m_network;
    QLineEdit *m_address;
    QLineEdit *m_token;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<api::ApiTransport> m_transport;
    std::unique_ptr<api::ApiClient> m_client;
    core::AccountEndpoint m_endpoint;
};

} // namespace hangar::gui
