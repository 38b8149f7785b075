#include "gui/accounts/accountnotices.h"

#include "core/accounts/accountmanager.h"

#include <QMessageBox>
#include <QWidget>

namespace hangar::gui {

AccountNotices::AccountNotices(core::AccountManager &accounts, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&accounts, &core::AccountManager::credentialWarning, this, &AccountNotices::notify);
    connect(&accounts, &core::AccountManager::endpointFailed, this,
        [this](const QString &id, const QString &message) {
            Q_UNUSED(id)
            notify(message);
        });
}

AccountNotices::~AccountNotices() = default;

QMessageBox *AccountNotices::box() const
{
    return m_box;
}

void AccountNotices::notify(const QString &message)
{
    if (message.isEmpty() || m_messages.contains(message))
        return;
    m_messages.append(message);
    if (!m_box) {
        m_box = new QMessageBox(
            QMessageBox::Warning, tr("Accounts"), QString(), QMessageBox::Ok, m_window);
        m_box->setObjectName(QStringLiteral("accountNoticeBox"));
        m_box->setAttribute(Qt::WA_DeleteOnClose);
        m_box->setWindowModality(Qt::NonModal);
        connect(m_box, &QMessageBox::finished, this, [this] { m_messages.clear(); });
        m_box->show();
    }
    m_box->setText(m_messages.join(QStringLiteral("\n\n")));
}

} // namespace hangar::gui
