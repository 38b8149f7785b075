#pragma once

#include "core/accounts/credentialjob.h"

#include <QObject>

namespace hangar::core {

// Where tokens are kept: the OS keychain in the app, memory in tests. Every call is
// asynchronous and answers through its job, within the store's timeout. Keys are profile ids.
class CredentialStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    virtual CredentialJob *read(const QString &key) = 0;
    virtual CredentialJob *write(const QString &key, const QString &secret) = 0;
    // NotFound means there was nothing to remove, which is as good as done.
    virtual CredentialJob *remove(const QString &key) = 0;

    // Whether what is written outlives the session (a keychain does; memory does not).
    virtual bool isPersistent() const = 0;
};

} // namespace hangar::core
