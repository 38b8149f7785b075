// CopyJob's ending: tidying up the machine, cancelling, progress and the summary.
#include "core/transfer/copyengine.h"
#include "core/transfer/copyjob.h"
#include "core/transfer/execchannel.h"
#include "core/transfer/transfercleanup.h"
#include "core/transfer/transferscripts.h"
#include "core/transfer/volumeaccess.h"
#include "core/transfer/whensettled.h"

#include <QLocale>

namespace hangar::core {

namespace {

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

void CopyJob::onCopyFinished()
{
    wrapUp([this] { end(); });
}

void CopyJob::onFatal(const QString &message, const api::ApiError &error)
{
    m_fatalMessage = message;
    m_fatalError = error;
    m_stillRunning = m_engine->cancel();
    for (CopyItem &item : m_items) {
        if (item.status == CopyItem::Status::Pending || item.status == CopyItem::Status::Copying) {
            item.status = CopyItem::Status::Failed;
            item.error = message;
            item.bytesDone = 0;
        }
    }
    wrapUp([this] { end(); });
}

// Removes what is left on the machine, then lets go of it; `then` runs when the machine is back
// as it was (helper gone, started machine stopped) or immediately if others still use it. After
// a lost answer every temporary name the copy used is removed, since a command that ran late may
// have made any of them again; while such a command may still run, the job is over at once and a
// TransferCleanup waits for it in the background.
void CopyJob::wrapUp(std::function<void()> then)
{
    if (m_wrappingUp)
        return;
    m_wrappingUp = true;
    const QStringList leftovers = leftoverTemporaries();
    if (m_channel && m_access && !m_channel->lostCommandsEnd().hasExpired()) {
        StillRunning stillRunning = std::exchange(m_stillRunning, {});
        stillRunning += m_channel->cancelKeepingRunning();
        handOverCleanup(leftovers, stillRunning);
        then();
        return;
    }
    auto release = [this, then] {
        if (!m_access) {
            then();
            return;
        }
        VolumeAccess *access = m_access;
        m_access = nullptr;
        disconnect(access, nullptr, this, nullptr);
        connect(access, &VolumeAccess::step, this, &CopyJob::setStep);
        access->release(this);
        if (access->state() != VolumeAccess::State::Releasing) {
            disconnect(access, nullptr, this, nullptr);
            then();
            return;
        }
        auto once = std::make_shared<bool>(false);
        auto finishOnce = [this, then, once, access] {
            if (*once)
                return;
            *once = true;
            disconnect(access, nullptr, this, nullptr);
            then();
        };
        connect(access, &VolumeAccess::stateChanged, this, finishOnce);
        connect(access, &QObject::destroyed, this, finishOnce);
    };
    if (m_channel && !leftovers.isEmpty()) {
        setStep(tr("Removing temporary files"));
        whenSettled(m_stillRunning, this, settleTimeoutMs(), [this, leftovers, release] {
            if (isFinished()) // cancelled meanwhile: the cleanup took over
                return;
            m_stillRunning = {};
            removeTemporaries(*m_channel, leftovers, release);
        });
        return;
    }
    release();
}

int CopyJob::settleTimeoutMs() const
{
    // A request still running answers within its exec timeout, give or take the network.
    return (m_options.execTimeoutSecs + 15) * 1000;
}

void CopyJob::abort()
{
    m_question.reset();
    m_onAnswer = nullptr;
    StillRunning stillRunning = std::exchange(m_stillRunning, {});
    if (m_engine)
        stillRunning += m_engine->cancel();
    if (m_channel)
        stillRunning += m_channel->cancelKeepingRunning();
    handOverCleanup(leftoverTemporaries(), stillRunning);
}

QStringList CopyJob::leftoverTemporaries() const
{
    if (!m_engine)
        return {};
    return m_channel && m_channel->hasLostAnswers() ? m_engine->everyTemporaryPath()
                                                    : m_engine->temporaryPaths();
}

void CopyJob::handOverCleanup(const QStringList &leftovers, const StillRunning &stillRunning)
{
    if (!m_access)
        return;
    VolumeAccess *access = m_access;
    m_access = nullptr;
    disconnect(access, nullptr, this, nullptr);
    TransferCleanup::start(m_client, access, this, leftovers, stillRunning, settleTimeoutMs());
}

void CopyJob::updateProgress()
{
    const qint64 done = bytesDone();
    const qint64 total = bytesTotal();
    const int files = int(m_items.size());
    const int filesDone = count(CopyItem::Status::Done) + count(CopyItem::Status::Skipped)
        + count(CopyItem::Status::Failed);
    // KiB plus one unit per file, so empty files move the bar too and 2 TiB still fit an int.
    setProgress(int(done / 1024) + filesDone, int(total / 1024) + files);
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_samples.emplace_back(now, done);
    while (m_samples.size() > 2 && now - m_samples.front().first > 5000)
        m_samples.pop_front();
    emit transferProgress();
}

QString CopyJob::summaryText() const
{
    const int done = count(CopyItem::Status::Done);
    const int skipped = count(CopyItem::Status::Skipped);
    const int failed = count(CopyItem::Status::Failed);
    qint64 bytes = 0;
    for (const CopyItem &item : m_items) {
        if (item.status == CopyItem::Status::Done)
            bytes += item.size;
    }
    QStringList parts {
        tr("%n file(s) copied (%1) to %2", nullptr, done).arg(formatBytes(bytes), m_destination)};
    if (skipped > 0)
        parts.append(tr("%n skipped", nullptr, skipped));
    if (failed > 0)
        parts.append(tr("%n failed", nullptr, failed));
    return parts.join(QStringLiteral("; "));
}

void CopyJob::end()
{
    if (isFinished())
        return;
    updateProgress();
    const QString summary = summaryText();
    for (const CopyItem &item : m_items) {
        if (item.status == CopyItem::Status::Failed)
            appendLog(tr("Failed: %1 — %2").arg(item.relativePath, item.error));
    }
    if (!m_fatalMessage.isEmpty()) {
        fail(m_fatalMessage, m_fatalError.details(), m_fatalError, summary);
        return;
    }
    const int failed = count(CopyItem::Status::Failed);
    if (failed > 0) {
        QStringList details;
        for (const CopyItem &item : m_items) {
            if (item.status == CopyItem::Status::Failed && details.size() < 20)
                details.append(QStringLiteral("%1: %2").arg(item.relativePath, item.error));
        }
        fail(tr("%n file(s) could not be copied.", nullptr, failed),
            details.join(QLatin1Char('\n')), {}, summary);
        return;
    }
    succeed(summary);
}

} // namespace hangar::core
