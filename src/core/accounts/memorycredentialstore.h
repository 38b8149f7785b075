#pragma once

#include "core/accounts/credentialstore.h"

#include <QHash>

namespace hangar::core {

// Secrets in memory, gone when the process ends: the stand-in for the keychain in tests. It can
// act like a missing or locked keychain (every call Unavailable) or a hung one (no answer, so
// only the timeout ends a call).
class MemoryCredentialStore final : public CredentialStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    CredentialJob *read(const QString &key) override;
    CredentialJob *write(const QString &key, const QString &secret) override;
    CredentialJob *remove(const QString &key) override;
    bool isPersistent() const override { return false; }

    // Empty: available again.
    void setUnavailable(const QString &reason) { m_unavailable = reason; }
    void setHanging(bool hanging) { m_hanging = hanging; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QString secret(const QString &key) const { return m_secrets.value(key); }
    QStringList keys() const { return m_secrets.keys(); }
    int callCount() const { return m_calls; }

private:
    CredentialJob *begin();

    QHash<QString, QString> m_secrets;
    QString m_unavailable;
    bool m_hanging = false;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_calls = 0;
};

} // namespace hangar::core
