#pragma once

#include <QDialog>

class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace hangar::core {
class AccountManager;
}

namespace hangar::gui {

// The saved accounts: each with its colour, address, organizations and where its token is;
// add, edit and remove (after a confirmation, which also deletes the token from the keychain).
// Not modal: open it with show() or open().
class AccountsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(
        core::AccountManager &accounts, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Opens the account dialog for a new account (also what "Add a Fly.io account" does).
    void addAccount();
    void editAccount(const QString &id);
    // Asks first; the account goes only if the user confirms.
    void removeAccount(const QString &id);

private:
    void reload();
    void updateButtons();
    QString currentId() const;

    core::AccountManager &m_accounts;
    QNetworkAccessManager *m_network;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace hangar::gui
