#pragma once

#include "core/accounts/accountprofile.h"
#include "core/session/accountsession.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace hangar::core {

class CredentialJob;
class CredentialStore;
class Settings;

// Where a profile's token is, this session.
enum class TokenState {
    Unknown, // not read (or not written) yet
    Saved, // in the keychain
    SessionOnly, // the keychain would not take it: in memory until Hangar quits
    Missing, // the keychain has nothing for this profile
    Unavailable, // the keychain could not be read
};

// The saved accounts: profiles in the settings, each one's token in the credential store under
// the profile's id. Opening a profile reads its token and yields an AccountEndpoint for an
// AccountSession. When the keychain cannot be used, a token given this session stays in memory
// and credentialWarning() says so; nothing is ever written anywhere else.
class AccountManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountManager)

public:
    AccountManager(Settings &settings, CredentialStore &credentials, QObject *parent = nullptr);
    ~AccountManager() override;

    QList<AccountProfile> profiles() const { return m_profiles; }
    std::optional<AccountProfile> profile(const QString &id) const;
    TokenState tokenState(const QString &id) const { return m_states.value(id); }
    // Why the token is SessionOnly, Missing or Unavailable; empty otherwise.
    QString tokenProblem(const QString &id) const { return m_problems.value(id); }

    // Saves a new profile (given a fresh id when it has none) and stores its token, then opens
    // it (endpointReady). False, with the reason in `problem`, when it cannot be saved: no
    // token, or an address Hangar refuses.
    bool addProfile(AccountProfile &profile, const QString &token, QString *problem = nullptr);
    // Saves changes to a profile; a non-empty token replaces the stored one. Anything but a new
    // colour reopens the account (endpointReady again, for the window to replace its session).
    bool updateProfile(
        const AccountProfile &profile, const QString &newToken, QString *problem = nullptr);
    // Forgets the profile (profileRemoved) and deletes its token from the keychain. A token the
    // keychain cannot delete now is deleted at the next openAll().
    void removeProfile(const QString &id);

    // Opens every saved profile: endpointReady or endpointFailed for each. Also retries
    // deleting the tokens of profiles removed while the keychain was unavailable.
    void openAll();
    void open(const QString &id);
    // A saved profile's token, e.g. to check it again: from memory when known, else the store.
    CredentialJob *readToken(const QString &id);

signals:
    void profilesChanged();
    void profileRemoved(const QString &id);
    void endpointReady(const hangar::core::AccountEndpoint &endpoint);
    void endpointFailed(const QString &id, const QString &message);
    // Something the user must know about their tokens (kept in memory only, not deleted).
    void credentialWarning(const QString &message);

private:
    int indexOf(const QString &id) const;
    bool checkProfile(AccountProfile &profile, QString *problem) const;
    void persist();
    void storeToken(const QString &id, const QString &token);
    void emitEndpointLater(const QString &id);
    void forgetSecret(const QString &id, bool warn);
    void setPendingDeletion(const QString &id, bool pending);
    void setState(const QString &id, TokenState state, const QString &problem = {});

    Settings &m_settings;
    CredentialStore &m_credentials;
    QList<AccountProfile> m_profiles;
    QHash<QString, QString> m_tokens; // known this session, by profile id
    QHash<QString, TokenState> m_states;
    QHash<QString, QString> m_problems;
    // Bumped whenever a profile's token changes or the profile goes: older answers are dropped.
    QHash<QString, quint64> m_generations;
};

} // namespace hangar::core
