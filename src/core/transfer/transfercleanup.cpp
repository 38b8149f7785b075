#include "core/transfer/transfercleanup.h"

#include "api/apiclient.h"
#include "core/transfer/execchannel.h"
#include "core/transfer/transferscripts.h"
#include "core/transfer/volumeaccess.h"
#include "core/transfer/whensettled.h"

namespace hangar::core {

void TransferCleanup::start(api::ApiClient &client, VolumeAccess *access, QObject *previousUser,
    const QStringList &temporaryPaths, const StillRunning &stillRunning, int settleTimeoutMs)
{
    if (!access)
        return;
    if (temporaryPaths.isEmpty() || !access->isReady()) {
        access->release(previousUser); // nothing on the machine to tidy
        return;
    }
    auto *cleanup = new TransferCleanup(client, access);
    access->acquire(cleanup, access->mountPath(), false);
    access->release(previousUser);
    whenSettled(stillRunning, cleanup, settleTimeoutMs,
        [cleanup, temporaryPaths] { cleanup->removeFiles(temporaryPaths); });
}

TransferCleanup::TransferCleanup(api::ApiClient &client, VolumeAccess *access)
    : QObject(&client)
    , m_access(access)
    , m_channel(new ExecChannel(client, this))
{
    m_channel->setMachine(access->appName(), access->machineId());
}

TransferCleanup::~TransferCleanup() = default;

void TransferCleanup::removeFiles(const QStringList &paths)
{
    m_channel->run(scripts::removeFiles(paths), true, [this](const ExecOutcome &) { done(); });
}

void TransferCleanup::done()
{
    if (m_access)
        m_access->release(this);
    deleteLater();
}

} // namespace hangar::core
