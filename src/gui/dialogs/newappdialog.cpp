#include "gui/dialogs/newappdialog.h"

#include "api/apiclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hangar::gui {

NewAppDialog::NewAppDialog(
    api::ApiClient &client, const QStringList &organizations, QWidget *parent)
    : QDialog(parent)
    , m_client(&client)
    , m_name(new QLineEdit(this))
    , m_organization(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newAppDialog"));
    setWindowTitle(tr("New app"));
    m_name->setObjectName(QStringLiteral("appNameEdit"));
    m_name->setPlaceholderText(QStringLiteral("my-nginx")); // i18n: verbatim
    m_name->setToolTip(tr("Lowercase letters, digits and dashes; unique across all of Fly.io, "
                          "since it becomes <name>.fly.dev."));
    m_organization->setObjectName(QStringLiteral("organizationCombo"));
    m_organization->addItems(
        organizations.isEmpty() ? QStringList {QStringLiteral("personal")} : organizations);
    m_status->setObjectName(QStringLiteral("newAppStatus"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create app"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organization:"), m_organization);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textChanged, this, &NewAppDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewAppDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewAppDialog::reject);
    refresh();
}

NewAppDialog::~NewAppDialog() = default;

QString NewAppDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Name the app.");
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (!valid.match(name).hasMatch())
        return tr("Use lowercase letters, digits and dashes (not at the start or end).");
    return {};
}

void NewAppDialog::refresh()
{
    const QString reason = problem();
    if (!m_busy)
        m_status->setText(m_name->text().isEmpty() ? QString() : reason);
    m_status->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("color: #b91c1c;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty() && !m_busy && m_client);
    m_name->setEnabled(!m_busy);
    m_organization->setEnabled(!m_busy);
}

void NewAppDialog::accept()
{
    if (!problem().isEmpty() || m_busy || !m_client)
        return;
    m_busy = true;
    m_status->setText(tr("Creating…"));
    refresh();
    const QString name = m_name->text().trimmed();
    m_client->createApp(name, m_organization->currentText())
        .then(this, [this, name](const api::Result<QJsonObject> &result) {
            m_busy = false;
            refresh();
            if (!result) {
                m_status->setText(result.error().message());
                m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
                m_name->setFocus();
                m_name->selectAll();
                return;
            }
            emit appCreated(name);
            QDialog::accept();
        });
}

} // namespace hangar::gui
