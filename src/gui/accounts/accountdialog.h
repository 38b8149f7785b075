#pragma once

#include "core/accounts/accountprofile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace hangar::core {
class AccountManager;
class TokenValidator;
struct TokenCheck;
} // namespace hangar::core

namespace hangar::gui {

class OrgReachTree;

// Adds or edits a Fly.io account: name, API address, token, the organizations to show, colour
// and the production flag. A token is checked against the API before it is saved, and what it
// reaches is shown. The token field is masked and never filled: editing an account leaves it
// empty ("keep the saved token"), and it is cleared once saved. Open it with open().
class AccountDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // A new account.
    AccountDialog(
        core::AccountManager &accounts, QNetworkAccessManager *network, QWidget *parent = nullptr);
    // A saved account.
    AccountDialog(core::AccountManager &accounts, QNetworkAccessManager *network,
        const core::AccountProfile &profile, QWidget *parent = nullptr);
    ~AccountDialog() override;

    bool isEditing() const { return m_original.has_value(); }
    // The saved profile's id, once the dialog was accepted.
    QString profileId() const { return m_savedId; }

    // Clears the token field however the dialog ends.
    void done(int result) override;

private:
    void buildUi();
    void fill(const core::AccountProfile &profile);
    void inputsEdited();
    void productionToggled(bool production);
    bool readAddressAndToken(QUrl *url, QString *token);
    void startCheck(bool thenSave);
    void checkFinished(const core::TokenCheck &check);
    void save();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool problem);
    core::AccountProfile profileFromFields() const;

    core::AccountManager &m_accounts;
    core::TokenValidator *m_validator;
    std::optional<core::AccountProfile> m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenHint = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_status = nullptr;
    OrgReachTree *m_orgs = nullptr;
    QComboBox *m_colour = nullptr;
    QCheckBox *m_production = nullptr;
    QPushButton *m_saveButton = nullptr;
    QString m_savedId;
    QString m_suggestedName; // from the check, until the user types a name
    bool m_checkPassed = false; // for the address and token as they are now
    bool m_saveAfterCheck = false;
    bool m_colourChosen = false;
    bool m_busy = false;
    quint64 m_attempt = 0; // bumped by every edit: a saved token read for an older check is dropped
};

} // namespace hangar::gui
