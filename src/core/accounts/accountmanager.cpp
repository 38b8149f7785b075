#include "core/accounts/accountmanager.h"

#include "core/accounts/accountslog.h"
#include "core/accounts/credentialstore.h"
#include "core/accounts/profilestorage.h"
#include "core/settings/settings.h"

namespace hangar::core {

AccountManager::AccountManager(Settings &settings, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_profiles(loadProfiles(settings))
{
    qCDebug(lcAccounts) << "loaded" << m_profiles.size() << "account profile(s)";
}

AccountManager::~AccountManager() = default;

int AccountManager::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<AccountProfile> AccountManager::profile(const QString &id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

bool AccountManager::checkProfile(AccountProfile &profile, QString *problem) const
{
    QString why = apiUrlProblem(profile.apiUrl);
    if (why.isEmpty() && profile.id.isEmpty())
        why = tr("The account has no id.");
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        profile.name = profile.orgSlugs.value(0, profile.apiUrl.host());
    return true;
}

void AccountManager::persist()
{
    saveProfiles(m_settings, m_profiles);
}

void AccountManager::setState(const QString &id, TokenState state, const QString &problem)
{
    m_states.insert(id, state);
    if (problem.isEmpty())
        m_problems.remove(id);
    else
        m_problems.insert(id, problem);
    emit profilesChanged();
}

bool AccountManager::addProfile(AccountProfile &profile, const QString &token, QString *problem)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        if (problem)
            *problem = tr("Paste a token first.");
        return false;
    }
    if (profile.id.isEmpty())
        profile.id = AccountProfile::newId();
    if (indexOf(profile.id) >= 0) {
        if (problem)
            *problem = tr("There is already an account with this id.");
        return false;
    }
    if (!checkProfile(profile, problem))
        return false;
    // The profile first: should Hangar stop before the token is stored, the account asks for
    // its token next time, rather than a token lingering in the keychain with no account.
    m_profiles.append(profile);
    persist();
    qCInfo(lcAccounts) << "added account profile" << profile.id;
    m_tokens.insert(profile.id, trimmed);
    setState(profile.id, TokenState::Unknown);
    storeToken(profile.id, trimmed);
    emitEndpointLater(profile.id);
    return true;
}

bool AccountManager::updateProfile(
    const AccountProfile &changed, const QString &newToken, QString *problem)
{
    const int index = indexOf(changed.id);
    if (index < 0) {
        if (problem)
            *problem = tr("This account no longer exists.");
        return false;
    }
    AccountProfile profile = changed;
    if (!checkProfile(profile, problem))
        return false;
    AccountProfile before = m_profiles.at(index);
    m_profiles[index] = profile;
    persist();
    qCInfo(lcAccounts) << "updated account profile" << profile.id;
    emit profilesChanged();
    const QString token = newToken.trimmed();
    if (!token.isEmpty()) {
        m_tokens.insert(profile.id, token);
        storeToken(profile.id, token);
        emitEndpointLater(profile.id);
        return true;
    }
    before.colour = profile.colour;
    if (before != profile)
        open(profile.id);
    return true;
}

void AccountManager::removeProfile(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_profiles.removeAt(index);
    persist();
    m_tokens.remove(id);
    m_states.remove(id);
    m_problems.remove(id);
    ++m_generations[id];
    qCInfo(lcAccounts) << "removed account profile" << id;
    emit profileRemoved(id);
    emit profilesChanged();
    forgetSecret(id, true);
}

void AccountManager::storeToken(const QString &id, const QString &token)
{
    const quint64 generation = ++m_generations[id];
    m_credentials.write(id, token)->then(
        this, [this, id, generation](const CredentialResult &result) {
            if (indexOf(id) < 0) {
                // Removed while the token was being written: do not leave it behind.
                forgetSecret(id, false);
                return;
            }
            if (m_generations.value(id) != generation)
                return;
            if (result.ok()) {
                setState(
                    id, m_credentials.isPersistent() ? TokenState::Saved : TokenState::SessionOnly);
                return;
            }
            const QString name = m_profiles.at(indexOf(id)).name;
            setState(id, TokenState::SessionOnly, result.message);
            qCWarning(lcAccounts) << "the token of" << id << "stays in memory:" << result.message;
            emit credentialWarning(
                tr("The token of “%1” could not be saved in the system keychain. %2 Hangar keeps "
                   "it in memory until it quits; next time, paste it again in the account's "
                   "settings.")
                    .arg(name, result.message));
        });
}

void AccountManager::emitEndpointLater(const QString &id)
{
    const quint64 generation = m_generations.value(id);
    QMetaObject::invokeMethod(
        this,
        [this, id, generation] {
            const int index = indexOf(id);
            if (index < 0 || m_generations.value(id) != generation || !m_tokens.contains(id))
                return;
            emit endpointReady(m_profiles.at(index).endpoint(m_tokens.value(id)));
        },
        Qt::QueuedConnection);
}

void AccountManager::open(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    const QString refusal = apiUrlProblem(m_profiles.at(index).apiUrl);
    if (!refusal.isEmpty()) {
        // Only an edited settings file gets here: the dialogs refuse such an address.
        QMetaObject::invokeMethod(
            this, [this, id, refusal] { emit endpointFailed(id, refusal); }, Qt::QueuedConnection);
        return;
    }
    if (m_tokens.contains(id)) {
        emitEndpointLater(id);
        return;
    }
    const quint64 generation = m_generations.value(id);
    m_credentials.read(id)->then(this, [this, id, generation](const CredentialResult &result) {
        const std::optional<AccountProfile> profile = this->profile(id);
        if (!profile || m_generations.value(id) != generation)
            return;
        if (result.ok() && !result.secret.trimmed().isEmpty()) {
            m_tokens.insert(id, result.secret.trimmed());
            setState(id, TokenState::Saved);
            emit endpointReady(profile->endpoint(m_tokens.value(id)));
            return;
        }
        QString message;
        if (result.status == CredentialResult::Status::Unavailable) {
            message = tr("The token of “%1” could not be read from the system keychain. %2 To "
                         "use the account now, paste its token in the account's settings.")
                          .arg(profile->name, result.message);
            setState(id, TokenState::Unavailable, message);
        } else {
            message = tr("No token is saved for “%1”. Paste its token in the account's settings.")
                          .arg(profile->name);
            setState(id, TokenState::Missing, message);
        }
        qCWarning(lcAccounts) << "account" << id << "not opened:" << int(result.status);
        emit endpointFailed(id, message);
    });
}

void AccountManager::openAll()
{
    for (const QString &id : m_settings.value(Setting::AccountSecretsToDelete).toStringList()) {
        if (indexOf(id) < 0)
            forgetSecret(id, false);
    }
    for (const AccountProfile &profile : std::as_const(m_profiles))
        open(profile.id);
}

CredentialJob *AccountManager::readToken(const QString &id)
{
    if (m_tokens.contains(id))
        return CredentialJob::finishedWith(CredentialResult::found(m_tokens.value(id)), this);
    if (indexOf(id) < 0)
        return CredentialJob::finishedWith(CredentialResult::notFound(), this);
    return m_credentials.read(id);
}

void AccountManager::forgetSecret(const QString &id, bool warn)
{
    m_credentials.remove(id)->then(this, [this, id, warn](const CredentialResult &result) {
        if (result.status != CredentialResult::Status::Unavailable) {
            setPendingDeletion(id, false);
            return;
        }
        setPendingDeletion(id, true);
        qCWarning(lcAccounts) << "the token of removed account" << id
                              << "is still in the keychain:" << result.message;
        if (warn)
            emit credentialWarning(
                tr("The token of the removed account could not be deleted from the system "
                   "keychain. %1 Hangar will try again when it next starts.")
                    .arg(result.message));
    });
}

void AccountManager::setPendingDeletion(const QString &id, bool pending)
{
    QStringList ids = m_settings.value(Setting::AccountSecretsToDelete).toStringList();
    if (pending == ids.contains(id))
        return;
    if (pending)
        ids.append(id);
    else
        ids.removeAll(id);
    m_settings.setValue(Setting::AccountSecretsToDelete, ids);
}

} // namespace hangar::core
