// CopyEngine: one large file in chunks. A file of one chunk is written, and its hash printed,
// by one exec. A longer one goes in up to chunksInFlight chunks at once, each written at its
// own offset, so they may land in any order and any of them may be sent again. The first chunk
// creates the temporary file; the others refuse to make it, so one that overtakes the first is
// sent again once the first has landed. The client hashes the chunks in file order as they
// leave, so that its hash is ready when the last one lands; when all have landed, one more
// exec hashes the file on the machine and the two must agree.
#include "core/transfer/copyengine.h"
#include "core/transfer/remotepath.h"
#include "core/transfer/transferlog.h"
#include "core/transfer/transferscripts.h"

namespace hangar::core {

void CopyEngine::beginLarge(int index)
{
    CopyItem &item = m_items[size_t(index)];
    item.status = CopyItem::Status::Copying;
    item.tmpPath = takeTemporary(index);
    item.bytesDone = 0;
    m_reader.reset();
    m_hasher.reset();
    const quint64 serial = m_large.serial + 1;
    m_large = {};
    m_large.serial = serial;
    m_large.identity = FileIdentity::of(item.localPath);
    setCurrent(index);
    fillWindow();
}

ChunkSpec CopyEngine::chunkAt(qint64 offset) const
{
    const CopyItem &item = m_items[size_t(m_current)];
    ChunkSpec spec;
    spec.localPath = item.localPath;
    spec.offset = offset;
    const qint64 fileSize = m_large.identity.isKnown() ? m_large.identity.size : item.size;
    spec.size = offset == 0 ? firstChunkBytes(fileSize, m_chunkBytes) : m_chunkBytes;
    spec.wholeFile = offset == 0 && fileSize <= m_chunkBytes;
    spec.remoteDir = remotepath::parentOf(item.machinePath);
    spec.remoteTmp = item.tmpPath;
    spec.timeoutSecs = m_channel.timeoutSecs();
    spec.identity = m_large.identity;
    return spec;
}

// Sends the next chunk if there is one and room for it, one read at a time.
void CopyEngine::fillWindow()
{
    if (m_cancelled || m_large.afterDrain || m_large.fetching || m_large.holdForFirst
        || m_large.endOffset >= 0
        || m_large.inFlight + qsizetype(m_large.waitingForFile.size())
            >= qMax(1, m_options.chunksInFlight))
        return;
    const ChunkSpec spec = chunkAt(m_large.nextOffset);
    m_large.fetching = true;
    m_reader.fetch(spec, this, [this](const PreparedChunk &chunk) {
        m_large.fetching = false;
        if (!m_cancelled)
            sendPrepared(chunk);
    });
}

void CopyEngine::sendPrepared(const PreparedChunk &chunk)
{
    const int index = m_current;
    if (!chunk.readError.isEmpty()) {
        whenDrained([this, index, error = chunk.readError] {
            failItem(
                index, tr("%1 could not be read: %2").arg(m_items[size_t(index)].localPath, error));
            next();
        });
        return;
    }
    ++m_large.inFlight;
    m_large.nextOffset = chunk.spec.offset + chunk.length;
    if (chunk.last)
        m_large.endOffset = m_large.nextOffset;
    hashLeaving(chunk);
    // Only the body travels on: the bytes go back to the reader's buffers once hashed.
    PreparedChunk leaving = chunk;
    leaving.data = QByteArray();
    send(leaving);
    // The next chunk is read and encoded while this one travels and is written.
    if (!chunk.last)
        m_reader.prefetch(chunkAt(m_large.nextOffset));
    fillWindow();
}

void CopyEngine::send(const PreparedChunk &chunk)
{
    // Every chunk write is safe to repeat: a whole file is rewritten, the others in place.
    const bool fileMade = m_large.created;
    const auto landed = [this, chunk, fileMade](
                            const ExecOutcome &outcome) { onChunk(outcome, chunk, fileMade); };
    if (fileMade || chunk.spec.offset != 0 || chunk.spec.wholeFile) {
        // A later chunk refuses to make the temporary file, so one still being sent at a
        // cancel may be aborted; a chunk that makes it (at offset 0) is waited for.
        m_channel.runEncoded(chunk.body, true, landed, {},
            chunk.spec.offset != 0 ? ExecChannel::OnCancel::AbortWhileSending
                                   : ExecChannel::OnCancel::Wait);
        return;
    }
    // The chunk that makes the file: the next ones set off once it is all on its way, so they
    // rarely overtake it and never wait for its answer.
    m_large.holdForFirst = true;
    const quint64 file = m_large.serial;
    m_channel.runEncoded(chunk.body, true, landed, [this, file] {
        if (m_large.serial != file || !m_large.holdForFirst)
            return;
        m_large.holdForFirst = false;
        fillWindow();
    });
}

void CopyEngine::onChunk(const ExecOutcome &outcome, const PreparedChunk &chunk, bool fileMade)
{
    const int index = m_current;
    --m_large.inFlight;
    if (chunk.spec.offset == 0)
        m_large.holdForFirst = false;
    if (handleCommonFailure(outcome, {index}))
        return;
    if (m_large.afterDrain) {
        // A decision about this file waits for its last chunk in flight.
        if (m_large.inFlight == 0)
            std::exchange(m_large.afterDrain, nullptr)();
        return;
    }
    switch (outcome.kind) {
    case ExecOutcome::Kind::TooLarge:
        whenDrained([this, index, outcome] {
            if (m_chunkBytes <= m_options.minChunkBytes) {
                failItem(index,
                    tr("The machine refuses even the smallest chunk: %1")
                        .arg(outcome.error.message()));
                next();
                return;
            }
            shrinkChunk();
            resumeFrom(m_large.landedUpTo);
        });
        return;
    case ExecOutcome::Kind::Unknown:
        // The channel already repeated it; the file starts over (or fails after enough tries).
        whenDrained(
            [this, index, message = outcome.error.message()] { restartOrFail(index, message); });
        return;
    case ExecOutcome::Kind::Ran:
        if (outcome.result.exitCode() == scripts::kTemporaryFileGone && !fileMade) {
            // It overtook the first chunk, which makes the file: it goes again after that one.
            qCDebug(lcTransfer) << "chunk at" << chunk.spec.offset << "overtook the first one";
            m_large.waitingForFile.push_back(chunk);
            if (m_large.created)
                sendWaiting();
            return;
        }
        if (outcome.result.exitCode() == scripts::kTemporaryFileGone) {
            whenDrained([this, index] {
                failItem(index,
                    tr("Its temporary file on the machine was removed while it was being "
                       "copied."));
                next();
            });
            return;
        }
        if (outcome.result.exitCode() != 0) {
            whenDrained([this, index, error = outcome.result.standardError(),
                            code = outcome.result.exitCode()] {
                const QString reason = scripts::withoutDdStatistics(error);
                failItem(index,
                    reason.isEmpty()
                        ? tr("The machine could not write it (exit code %1).").arg(code)
                        : reason);
                next();
            });
            return;
        }
        chunkLanded(chunk, outcome.result.standardOutput());
        return;
    case ExecOutcome::Kind::Failed:
        return;
    }
}

void CopyEngine::sendWaiting()
{
    for (const PreparedChunk &chunk : std::exchange(m_large.waitingForFile, {})) {
        ++m_large.inFlight;
        send(chunk);
    }
}

// Chunks leave in file order, except when a 413 sends them again from an earlier offset in
// smaller pieces (the same bytes: the file's identity is checked at every read): only bytes
// not hashed yet go to the hasher. A chunk beyond a gap cannot leave; if one did, the hash
// would not match the machine's and the file would start over.
void CopyEngine::hashLeaving(const PreparedChunk &chunk)
{
    const qint64 offset = chunk.spec.offset;
    const qint64 end = offset + chunk.length;
    if (offset > m_large.hashedUpTo || end <= m_large.hashedUpTo)
        return;
    const qint64 known = m_large.hashedUpTo - offset;
    m_hasher.addData(known == 0 ? chunk.data : chunk.data.mid(known));
    m_large.hashedUpTo = end;
}

void CopyEngine::chunkLanded(const PreparedChunk &chunk, const QString &output)
{
    const qint64 offset = chunk.spec.offset;
    if (offset == 0) {
        m_large.created = true;
        sendWaiting();
    }
    if (offset == m_large.landedUpTo) {
        m_large.landedUpTo += chunk.length;
        // Chunks that overtook this one join it.
        for (auto next = m_large.landedAhead.find(m_large.landedUpTo);
             next != m_large.landedAhead.end();
             next = m_large.landedAhead.find(m_large.landedUpTo)) {
            m_large.landedUpTo += next->second;
            m_large.landedAhead.erase(next);
        }
    } else {
        m_large.landedAhead.emplace(offset, chunk.length);
        qCDebug(lcTransfer) << "chunk at" << offset << "landed before the one at"
                            << m_large.landedUpTo;
    }
    qint64 landed = m_large.landedUpTo;
    for (const auto &[aheadOffset, length] : m_large.landedAhead) {
        Q_UNUSED(aheadOffset)
        landed += length;
    }
    m_items[size_t(m_current)].bytesDone = landed;
    emit progressed();
    if (m_large.endOffset < 0 || m_large.inFlight > 0 || m_large.landedUpTo < m_large.endOffset) {
        fillWindow();
        return;
    }
    // A file of one chunk printed its hash with it; a longer one is hashed now that every
    // chunk is in place.
    verifyLarge(chunk.spec.wholeFile ? output : QString());
}

void CopyEngine::verifyLarge(const QString &hashLine)
{
    const int index = m_current;
    if (!hashLine.isEmpty()) {
        checkHash(hashLine, true);
        return;
    }
    m_channel.run(scripts::hashOf(m_items[size_t(index)].tmpPath), true,
        [this, index](const ExecOutcome &hash) {
            if (handleCommonFailure(hash, {index}))
                return;
            if (!hash.ranOk()) {
                restartOrFail(index, tr("The file could not be checked."));
                return;
            }
            checkHash(hash.result.standardOutput(), false);
        });
}

void CopyEngine::whenDrained(std::function<void()> decision)
{
    // Nothing more is read or sent for this file; a chunk being read is forgotten, and so are
    // chunks waiting for the file to be made.
    m_reader.reset();
    m_large.fetching = false;
    m_large.waitingForFile.clear();
    if (m_large.inFlight == 0) {
        decision();
        return;
    }
    if (!m_large.afterDrain)
        m_large.afterDrain = std::move(decision);
}

// Sends everything from `offset` again (after a 413, in smaller chunks). What landed beyond it
// is written again too: positioned writes make that harmless.
void CopyEngine::resumeFrom(qint64 offset)
{
    m_large.nextOffset = offset;
    m_large.endOffset = -1;
    m_large.landedAhead.clear();
    m_items[size_t(m_current)].bytesDone = m_large.landedUpTo;
    fillWindow();
}

void CopyEngine::checkHash(const QString &hashLine, bool writtenWhole)
{
    const int index = m_current;
    m_reader.reset();
    // The last chunks may still be being hashed; the answer comes back to this thread.
    m_hasher.result(this, [this, index, hashLine, writtenWhole](const QByteArray &digest) {
        if (m_cancelled || m_current != index)
            return;
        CopyItem &item = m_items[size_t(index)];
        item.sha256 = digest.toHex();
        const std::optional<QByteArray> remote = scripts::parseSha256(hashLine);
        if (!remote || *remote != item.sha256) {
            restartOrFail(index, tr("The copy did not match the original (SHA-256 differs)."));
            return;
        }
        // Only a file written whole (`> tmp`) can be emptied and rewritten by a late run of its
        // write; chunks never cut the file and write the same bytes where they were.
        finishFiles({index}, writtenWhole);
    });
}

} // namespace hangar::core
