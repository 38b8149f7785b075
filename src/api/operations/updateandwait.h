#pragma once

#include "api/operations/machineoperation.h"

namespace hangar::api {

// Applies a new config the safe way: take a lease, update with its nonce and the version the
// user edited (so a change made by someone else meanwhile is refused, not overwritten), wait
// for the new version to settle, release the lease. The lease is released on every path,
// including failures and cancellation.
class UpdateAndWait final : public MachineOperation {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateAndWait)

public:
    UpdateAndWait(ApiClient &client, const QString &app, const QString &machineId,
        MachineConfig config, QString expectedVersion, QObject *parent = nullptr);
    ~UpdateAndWait() override;

    void setSkipLaunch(bool skip) { m_skipLaunch = skip; }
    void setLeaseTtlSecs(int ttl) { m_leaseTtlSecs = ttl; }
    // The version the update created (empty until the update went through).
    QString newVersion() const { return m_newVersion; }

protected:
    void run() override;
    void cleanUp() override;

private:
    void update();
    void releaseThenFinish();

    MachineConfig m_config;
    QString m_expectedVersion;
    QString m_nonce;
    QString m_newVersion;
    bool m_skipLaunch = false;
    int m_leaseTtlSecs = 120;
};

} // namespace hangar::api
