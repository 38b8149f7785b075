#include "core/transfer/transfercleanup.h"

#include "api/apiclient.h"
#include "core/transfer/execchannel.h"
#include "core/transfer/transferscripts.h"
#include "core/transfer/volumeaccess.h"
#include "core/transfer/whensettled.h"

namespace hangar::core {

void removeTemporaries(ExecChannel &channel, QStringList paths, std::function<void()> done)
{
    // Linux takes 2 MiB of arguments in all; names may be up to 4 KiB long.
    constexpr int kPathsPerExec = 1000;
    constexpr qsizetype kBytesPerExec = 256 * 1024;
    if (paths.isEmpty()) {
        done();
        return;
    }
    qsizetype count = 0;
    qsizetype bytes = 0;
    while (count < paths.size() && count < kPathsPerExec) {
        const qsizetype size = paths.at(count).toUtf8().size() + 1;
        if (count > 0 && bytes + size > kBytesPerExec)
            break;
        bytes += size;
        ++count;
    }
    const QStringList group = paths.mid(0, count);
    paths.remove(0, count);
    channel.run(scripts::removeFiles(group), true,
        [&channel, paths = std::move(paths), done = std::move(done)](
            const ExecOutcome &) { removeTemporaries(channel, paths, done); });
}

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
    removeTemporaries(*m_channel, paths, [this] { done(); });
}

void TransferCleanup::done()
{
    if (m_access)
        m_access->release(this);
    deleteLater();
}

} // namespace hangar::core
