#include "core/transfer/copyengine.h"

#include "core/transfer/remotepath.h"
#include "core/transfer/transferlog.h"
#include "core/transfer/transferscripts.h"

namespace hangar::core {

CopyEngine::CopyEngine(ExecChannel &channel, std::vector<CopyItem> &items,
    const TransferOptions &options, const QString &tag, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_items(items)
    , m_options(options)
    , m_tag(tag)
    , m_chunkBytes(options.chunkBytes)
{
}

CopyEngine::~CopyEngine() = default;

void CopyEngine::start()
{
    m_running = true;
    m_queue.clear();
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (m_items[size_t(i)].status == CopyItem::Status::Pending)
            m_queue.push_back(i);
    }
    next();
}

StillRunning CopyEngine::cancel()
{
    m_cancelled = true;
    m_running = false;
    const StillRunning stillRunning = m_channel.cancelKeepingRunning();
    m_reader.reset();
    m_hasher.reset();
    m_large = {};
    return stillRunning;
}

QStringList CopyEngine::temporaryPaths() const
{
    QStringList paths = m_discarding;
    for (const CopyItem &item : m_items) {
        if (!item.tmpPath.isEmpty() && item.status != CopyItem::Status::Done)
            paths.append(item.tmpPath);
    }
    return paths;
}

QString CopyEngine::takeTemporary(int index)
{
    // Beside the target, so the final rename stays on one file system; never the user's name,
    // so it cannot be too long or clash. Each attempt has a name of its own, so nothing an
    // earlier attempt still runs can touch the file a later one checks and renames.
    const CopyItem &item = m_items[size_t(index)];
    const QString attempt =
        item.attempts == 0 ? QString() : QStringLiteral("-%1").arg(item.attempts);
    const QString path = remotepath::join(remotepath::parentOf(item.machinePath),
        QStringLiteral(".hangar-%1-%2%3.tmp").arg(m_tag).arg(index).arg(attempt));
    m_usedTemporaries.append(path);
    return path;
}

void CopyEngine::discardTemporary(const QString &path)
{
    if (path.isEmpty())
        return;
    m_discarding.append(path);
    m_toDiscard.append(path);
    // One exec for all the names a step gives up (a whole batch may start over).
    if (m_toDiscard.size() == 1)
        QMetaObject::invokeMethod(this, &CopyEngine::sendDiscards, Qt::QueuedConnection);
}

void CopyEngine::sendDiscards()
{
    if (m_cancelled || m_toDiscard.isEmpty())
        return; // what tidies up after a cancel removes m_discarding
    // Now, not at the end: the space a large file's first attempt took is needed again.
    const QStringList paths = std::exchange(m_toDiscard, {});
    m_channel.run(scripts::removeFiles(paths), true, [this, paths](const ExecOutcome &outcome) {
        if (!outcome.ranOk())
            return;
        for (const QString &path : paths)
            m_discarding.removeOne(path);
    });
}

void CopyEngine::setCurrent(int index)
{
    m_current = index;
    if (index >= 0)
        emit itemStarted(index);
}

void CopyEngine::next()
{
    if (m_cancelled)
        return;
    while (
        !m_queue.empty() && m_items[size_t(m_queue.front())].status != CopyItem::Status::Pending) {
        m_queue.pop_front();
    }
    if (m_queue.empty()) {
        m_running = false;
        setCurrent(-1);
        emit finished();
        return;
    }
    const int index = m_queue.front();
    if (m_items[size_t(index)].size <= qMin(m_options.smallFileBytes, m_chunkBytes))
        sendBatch();
    else
        beginLarge(index);
}

void CopyEngine::failItem(int index, const QString &reason)
{
    CopyItem &item = m_items[size_t(index)];
    qCInfo(lcTransfer) << "copy of" << item.relativePath << "failed:" << reason;
    item.status = CopyItem::Status::Failed;
    item.error = reason;
    item.bytesDone = 0;
    emit progressed();
}

void CopyEngine::shrinkChunk()
{
    // Whole 4 KiB blocks where possible: chunks after the first are written with dd at their
    // offset, in blocks that divide it.
    const qint64 half = m_chunkBytes / 2;
    m_chunkBytes = qMax(m_options.minChunkBytes, half >= 8192 ? half / 4096 * 4096 : half);
    qCInfo(lcTransfer) << "the request was too large; chunks are now" << m_chunkBytes << "bytes";
}

// What every step does with outcomes other than "ran": true when it dealt with them.
bool CopyEngine::handleCommonFailure(const ExecOutcome &outcome, const QList<int> &indices)
{
    switch (outcome.kind) {
    case ExecOutcome::Kind::Ran:
        // Also when the script as a whole exited 0: a batch reports each file on its own.
        if (scripts::isNoSpace(outcome.result.standardError())) {
            const QString first = m_items[size_t(indices.first())].relativePath;
            emit fatal(indices.size() == 1
                    ? tr("The volume is full: %1 did not fit. Nothing partial was left in its "
                         "place.")
                          .arg(first)
                    : tr("The volume is full: %n file(s) starting with %1 did not fit. Nothing "
                         "partial was left in their place.",
                        nullptr, int(indices.size()))
                          .arg(first),
                {});
            return true;
        }
        return false;
    case ExecOutcome::Kind::Failed:
        emit fatal(tr("The machine stopped answering commands: %1").arg(outcome.error.message()),
            outcome.error);
        return true;
    case ExecOutcome::Kind::TooLarge:
    case ExecOutcome::Kind::Unknown:
        return false;
    }
    return false;
}

void CopyEngine::restartOrFail(int index, const QString &reason, bool proceed)
{
    CopyItem &item = m_items[size_t(index)];
    item.bytesDone = 0;
    if (++item.attempts >= m_options.maxAttempts) {
        failItem(index, reason);
    } else {
        qCInfo(lcTransfer) << "writing" << item.relativePath << "again:" << reason;
        item.status = CopyItem::Status::Pending;
        discardTemporary(std::exchange(item.tmpPath, QString()));
        emit progressed();
    }
    if (proceed)
        next();
}

} // namespace hangar::core
