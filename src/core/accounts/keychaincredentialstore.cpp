#include "core/accounts/keychaincredentialstore.h"

#include "core/accounts/accountslog.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace hangar::core {

namespace {

const char *nameOf(int operation)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[operation];
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

CredentialJob *KeychainCredentialStore::read(const QString &key)
{
    CredentialJob *job = begin(Operation::Read, key);
    if (!job->isFinished())
        launch(Operation::Read, key, QString(), job, true);
    return job;
}

CredentialJob *KeychainCredentialStore::write(const QString &key, const QString &secret)
{
    CredentialJob *job = begin(Operation::Write, key);
    if (!job->isFinished())
        launch(Operation::Write, key, secret, job, false);
    return job;
}

CredentialJob *KeychainCredentialStore::remove(const QString &key)
{
    CredentialJob *job = begin(Operation::Remove, key);
    if (!job->isFinished())
        launch(Operation::Remove, key, QString(), job, false);
    return job;
}

QString KeychainCredentialStore::timeoutMessage() const
{
    const int seconds = qMax(1, m_timeoutMs / 1000);
    return tr("The system keychain did not answer within %n second(s). It may be locked, or "
              "waiting for a password prompt that nobody can see.",
        nullptr, seconds);
}

CredentialJob *KeychainCredentialStore::begin(Operation operation, const QString &key)
{
    auto *job = new CredentialJob(this);
    if (!m_stuck.isEmpty()) {
        job->finish(CredentialResult::unavailable(m_stuck));
        return job;
    }
    job->expireAfter(m_timeoutMs, timeoutMessage());
    connect(job, &CredentialJob::finished, this, [this, job, operation, key] {
        if (!job->hasExpired())
            return;
        m_stuck = job->result().message;
        qCWarning(lcAccounts).nospace() << "keychain " << nameOf(int(operation)) << " of " << key
                                        << " got no answer within " << m_timeoutMs << " ms";
    });
    return job;
}

void KeychainCredentialStore::launch(Operation operation, const QString &key, const QString &secret,
    CredentialJob *job, bool mayRetry)
{
    // No parent, auto-delete: QtKeychain runs its jobs one at a time, and deleting one that
    // never answered would stall that queue for good. It goes whenever it finishes.
    QKeychain::Job *keychainJob = nullptr;
    switch (operation) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(secret);
        keychainJob = writeJob;
        break;
    }
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(key);
    // The store as context: even an answer that comes too late says the keychain works again.
    connect(keychainJob, &QKeychain::Job::finished, this,
        [this, operation, key, mayRetry, job = QPointer<CredentialJob>(job)](
            QKeychain::Job *finished) {
            const CredentialResult result = resultOf(operation, *finished);
            if (result.status != CredentialResult::Status::Unavailable)
                m_stuck.clear();
            if (!job || job->isFinished())
                return;
            qCDebug(lcAccounts).nospace() << "keychain " << nameOf(int(operation)) << " of " << key
                                          << ": " << int(result.status) << ' ' << result.message;
            if (result.status == CredentialResult::Status::Unavailable && mayRetry) {
                // Once more, a moment later: at login the keyring may still be starting.
                QTimer::singleShot(kReadRetryDelayMs, job, [this, operation, key, job] {
                    if (job && !job->isFinished())
                        launch(operation, key, QString(), job, false);
                });
                return;
            }
            job->finish(result);
        });
    keychainJob->start();
}

CredentialResult KeychainCredentialStore::resultOf(Operation operation, const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            return CredentialResult::found(
                static_cast<const QKeychain::ReadPasswordJob &>(job).textData());
        return CredentialResult::done();
    case QKeychain::EntryNotFound:
        return CredentialResult::notFound();
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::unavailable(tr("Access to the system keychain was refused."));
    case QKeychain::CouldNotDeleteEntry:
        return CredentialResult::unavailable(
            tr("The system keychain could not delete the entry: %1").arg(job.errorString()));
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return CredentialResult::unavailable(
        tr("The system keychain is not available: %1").arg(job.errorString()));
}

} // namespace hangar::core
