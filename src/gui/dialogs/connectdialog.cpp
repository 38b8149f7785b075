#include "gui/dialogs/connectdialog.h"

#include "api/apiclient.h"
#include "api/apitransport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::gui {

ConnectDialog::ConnectDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_address(new QLineEdit(QStringLiteral("https://api.machines.dev/v1"), this))
    , m_token(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Fly.io"));
    setMinimumWidth(520);
    m_address->setObjectName(QStringLiteral("apiAddressEdit"));
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("FlyV1 fm2_… (from fly tokens create) or a personal token"));
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    auto *intro =
        new QLabel(tr("Paste an API token. Hangar checks it with Fly.io before it connects. "
                      "It is kept in memory for this session only."),
            this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("API &address:"), m_address);
    auto *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    connect(connectButton, &QPushButton::clicked, this, &ConnectDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::showProblem(const QString &text)
{
    m_status->setText(text);
    m_buttons->setEnabled(true);
}

void ConnectDialog::check()
{
    const QString token = m_token->text().trimmed();
    const QUrl address = QUrl::fromUserInput(m_address->text().trimmed());
    if (token.isEmpty()) {
        showProblem(tr("Paste a token first."));
        return;
    }
    const QString refusal = api::RequestFactory::refusalFor(address);
    if (!refusal.isEmpty()) {
        showProblem(refusal);
        return;
    }
    m_buttons->setEnabled(false);
    m_status->setText(tr("Checking the token…"));
    m_transport =
        std::make_unique<api::ApiTransport>(m_network, api::RequestFactory(address, token));
    m_client = std::make_unique<api::ApiClient>(m_transport.get());
    m_client->currentToken().then(
        this, [this, token, address](const api::Result<QList<api::TokenInfo>> &tokens) {
            if (!tokens.ok()) {
                showProblem(tokens.error().message());
                return;
            }
            QStringList orgs;
            for (const api::TokenInfo &info : tokens.value()) {
                if (!info.orgSlug().isEmpty() && !orgs.contains(info.orgSlug()))
                    orgs.append(info.orgSlug());
            }
            m_endpoint.id = QStringLiteral("token-") + address.host();
            m_endpoint.label = orgs.isEmpty() ? address.host() : orgs.join(QStringLiteral(", "));
            m_endpoint.baseUrl = address;
            m_endpoint.token = token;
            m_endpoint.orgSlugs = orgs;
            m_token->clear();
            accept();
        });
}

} // namespace hangar::gui
