#include "api/operations/updateandwait.h"

#include <QCoreApplication>

namespace hangar::api {

UpdateAndWait::UpdateAndWait(ApiClient &client, const QString &app, const QString &machineId,
    MachineConfig config, QString expectedVersion, QObject *parent)
    : MachineOperation(client, app, machineId, parent)
    , m_config(std::move(config))
    , m_expectedVersion(std::move(expectedVersion))
{
}

UpdateAndWait::~UpdateAndWait()
{
    cleanUp();
}

void UpdateAndWait::run()
{
    step(tr("Taking a lease on the machine"));
    follow(client().acquireLease(
               appName(), machineId(), m_leaseTtlSecs, QStringLiteral("Hangar: update config")),
        [this](const Result<Lease> &lease) {
            if (!lease.ok()) {
                fail(lease.error());
                return;
            }
            m_nonce = lease->nonce();
            update();
        });
}

void UpdateAndWait::update()
{
    step(tr("Applying the new config"));
    UpdateMachineRequest request;
    request.config = m_config;
    request.currentVersion = m_expectedVersion;
    request.skipLaunch = m_skipLaunch;
    follow(client().updateMachine(appName(), machineId(), request, m_nonce),
        [this](const Result<Machine> &updated) {
            if (!updated.ok()) {
                fail(updated.error());
                return;
            }
            m_newVersion = updated->version();
            step(tr("Waiting for the machine to settle"));
            WaitOptions wait;
            wait.states = {QStringLiteral("settled")};
            wait.version = m_newVersion;
            waitFor(wait, [this](const WaitResult &) { releaseThenFinish(); });
        });
}

void UpdateAndWait::releaseThenFinish()
{
    step(tr("Releasing the lease"));
    const QString nonce = m_nonce;
    m_nonce.clear();
    // The outcome is the machine's, whatever the release answers; a lease expires anyway.
    follow(client().releaseLease(appName(), machineId(), nonce),
        [this](const Result<Done> &) { finishWithMachine(); });
}

void UpdateAndWait::cleanUp()
{
    if (m_nonce.isEmpty())
        return;
    // Fire and forget: nothing is waiting for this answer any more.
    client().releaseLease(appName(), machineId(), m_nonce);
    m_nonce.clear();
}

} // namespace hangar::api
