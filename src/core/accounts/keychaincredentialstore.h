#pragma once

#include "core/accounts/credentialstore.h"

namespace QKeychain {
class Job;
}

namespace hangar::core {

// Tokens in the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
// Credential Manager): one entry per profile id under the service "Hangar". Never falls back to
// a file. A call the keychain does not answer in time (a locked keyring waiting on a prompt)
// ends as Unavailable; later calls then fail at once instead of queueing behind it, until the
// keychain answers again.
class KeychainCredentialStore final : public CredentialStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    static constexpr int kDefaultTimeoutMs = 30000; // room to type a keyring password
    static constexpr int kReadRetryDelayMs = 1000; // a keyring still starting up

    explicit KeychainCredentialStore(QString service = QStringLiteral("Hangar"),
        int timeoutMs = kDefaultTimeoutMs, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString service() const { return m_service; }
    int timeoutMs() const { return m_timeoutMs; }

    CredentialJob *read(const QString &key) override;
    CredentialJob *write(const QString &key, const QString &secret) override;
    CredentialJob *remove(const QString &key) override;
    bool isPersistent() const override { return true; }

private:
    enum class Operation { Read, Write, Remove };

    CredentialJob *begin(Operation operation, const QString &key);
    void launch(Operation operation, const QString &key, const QString &secret, CredentialJob *job,
        bool mayRetry);
    static CredentialResult resultOf(Operation operation, const QKeychain::Job &job);
    QString timeoutMessage() const;

    QString m_service;
    int m_timeoutMs;
    QString m_stuck; // set while a call went unanswered: why later calls fail at once
};

} // namespace hangar::core
