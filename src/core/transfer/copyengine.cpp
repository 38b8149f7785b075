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

void CopyEngine::cancel()
{
    m_cancelled = true;
    m_running = false;
    m_channel.cancel();
    m_reader.reset();
    m_hasher.reset();
}

QStringList CopyEngine::temporaryPaths() const
{
    QStringList paths;
    for (const CopyItem &item : m_items) {
        if (!item.tmpPath.isEmpty() && item.status != CopyItem::Status::Done)
            paths.append(item.tmpPath);
    }
    return paths;
}

QString CopyEngine::tmpFor(int index) const
{
    // Beside the target, so the final rename stays on one file system; never the user's name,
    // so it cannot be too long or clash.
    return remotepath::join(remotepath::parentOf(m_items[size_t(index)].machinePath),
        QStringLiteral(".hangar-%1-%2.tmp").arg(m_tag).arg(index));
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
    m_chunkBytes = qMax(m_options.minChunkBytes, (m_chunkBytes / 2) / 3 * 3);
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
        emit progressed();
    }
    if (proceed)
        next();
}

// --- One large file, chunk by chunk ---

void CopyEngine::beginLarge(int index)
{
    CopyItem &item = m_items[size_t(index)];
    item.status = CopyItem::Status::Copying;
    item.tmpPath = tmpFor(index);
    item.bytesDone = 0;
    m_offset = 0;
    m_reader.reset();
    m_hasher.reset();
    m_fileIdentity = FileIdentity::of(item.localPath);
    setCurrent(index);
    sendChunk();
}

ChunkSpec CopyEngine::chunkAt(qint64 offset) const
{
    const CopyItem &item = m_items[size_t(m_current)];
    ChunkSpec spec;
    spec.localPath = item.localPath;
    spec.offset = offset;
    spec.size = m_chunkBytes;
    spec.remoteDir = remotepath::parentOf(item.machinePath);
    spec.remoteTmp = item.tmpPath;
    spec.timeoutSecs = m_channel.timeoutSecs();
    spec.identity = m_fileIdentity;
    return spec;
}

void CopyEngine::sendChunk()
{
    m_reader.fetch(chunkAt(m_offset), this, [this](const PreparedChunk &chunk) {
        if (!m_cancelled)
            sendPrepared(chunk);
    });
}

void CopyEngine::sendPrepared(const PreparedChunk &chunk)
{
    const int index = m_current;
    if (!chunk.readError.isEmpty()) {
        failItem(index,
            tr("%1 could not be read: %2").arg(m_items[size_t(index)].localPath, chunk.readError));
        next();
        return;
    }
    const QByteArray data = chunk.data;
    const bool last = chunk.last;
    m_channel.runEncoded(chunk.body, m_offset == 0,
        [this, data, last](const ExecOutcome &outcome) { onChunk(outcome, data, last); });
    // The next chunk is read and encoded while this one travels and is written.
    if (!last)
        m_reader.prefetch(chunkAt(m_offset + data.size()));
}

void CopyEngine::onChunk(const ExecOutcome &outcome, const QByteArray &data, bool last)
{
    const int index = m_current;
    if (handleCommonFailure(outcome, {index}))
        return;
    switch (outcome.kind) {
    case ExecOutcome::Kind::TooLarge:
        if (m_chunkBytes <= m_options.minChunkBytes) {
            failItem(index,
                tr("The machine refuses even the smallest chunk: %1").arg(outcome.error.message()));
            next();
            return;
        }
        shrinkChunk();
        sendChunk();
        return;
    case ExecOutcome::Kind::Unknown:
        if (m_offset == 0) {
            restartOrFail(index, outcome.error.message());
            return;
        }
        reconcileChunk(data, last);
        return;
    case ExecOutcome::Kind::Ran:
        if (outcome.result.exitCode() != 0) {
            failItem(index, outcome.result.standardError().trimmed());
            next();
            return;
        }
        chunkLanded(data, last, outcome.result.standardOutput());
        return;
    case ExecOutcome::Kind::Failed:
        return;
    }
}

// The answer to an append was lost: the file's size says whether it happened.
void CopyEngine::reconcileChunk(const QByteArray &data, bool last)
{
    const int index = m_current;
    const QString tmp = m_items[size_t(index)].tmpPath;
    m_channel.run(scripts::sizeOf(tmp), true, [this, index, data, last](const ExecOutcome &size) {
        if (handleCommonFailure(size, {index}))
            return;
        if (!size.ranOk()) {
            restartOrFail(index, tr("The connection to the machine keeps failing."));
            return;
        }
        const qint64 now = size.result.standardOutput().trimmed().toLongLong();
        if (now == m_offset) {
            sendChunk(); // it never arrived
        } else if (now == m_offset + data.size()) {
            if (!last) {
                chunkLanded(data, false, {});
                return;
            }
            m_hasher.addData(data);
            m_offset += data.size();
            m_items[size_t(index)].bytesDone = m_offset;
            m_channel.run(scripts::hashOf(m_items[size_t(index)].tmpPath), true,
                [this, index](const ExecOutcome &hash) {
                    if (handleCommonFailure(hash, {index}))
                        return;
                    if (!hash.ranOk()) {
                        restartOrFail(index, tr("The file could not be checked."));
                        return;
                    }
                    checkHash(hash.result.standardOutput());
                });
        } else {
            restartOrFail(index, tr("A chunk arrived incompletely."));
        }
    });
}

void CopyEngine::chunkLanded(const QByteArray &data, bool last, const QString &hashLine)
{
    m_hasher.addData(data);
    m_offset += data.size();
    m_items[size_t(m_current)].bytesDone = m_offset;
    emit progressed();
    if (last)
        checkHash(hashLine);
    else
        sendChunk();
}

void CopyEngine::checkHash(const QString &hashLine)
{
    const int index = m_current;
    m_reader.reset();
    // The last chunks may still be being hashed; the answer comes back to this thread.
    m_hasher.result(this, [this, index, hashLine](const QByteArray &digest) {
        if (m_cancelled || m_current != index)
            return;
        CopyItem &item = m_items[size_t(index)];
        item.sha256 = digest.toHex();
        const std::optional<QByteArray> remote = scripts::parseSha256(hashLine);
        if (!remote || *remote != item.sha256) {
            restartOrFail(index, tr("The copy did not match the original (SHA-256 differs)."));
            return;
        }
        finishFiles({index});
    });
}

} // namespace hangar::core
