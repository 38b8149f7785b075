#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMessageBox;
class QWidget;

namespace hangar::core {
class AccountManager;
}

namespace hangar::gui {

// Tells the user what they must know about their accounts' tokens: kept in memory only because
// the keychain is missing or locked, not deleted, or an account that could not open. One
// non-modal message box at a time; what comes while it is open is added to it.
class AccountNotices final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountNotices)

public:
    AccountNotices(core::AccountManager &accounts, QWidget *window);
    ~AccountNotices() override;

    void notify(const QString &message);
    QMessageBox *box() const;

private:
    QWidget *m_window;
    QPointer<QMessageBox> m_box;
    QStringList m_messages;
};

} // namespace hangar::gui
