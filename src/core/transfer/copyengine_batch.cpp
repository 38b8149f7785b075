// The small-file path of CopyEngine and the final rename shared by both paths.
#include "common/sha256.h"
#include "core/transfer/copyengine.h"
#include "core/transfer/remotepath.h"
#include "core/transfer/transferscripts.h"

#include <QFile>
#include <QSet>

namespace hangar::core {

void CopyEngine::sendBatch()
{
    QList<int> indices;
    QList<scripts::BatchPart> parts;
    QStringList dirs;
    QSet<QString> seenDirs;
    QByteArray blob;
    const qint64 limit = m_chunkBytes;
    for (auto it = m_queue.begin(); it != m_queue.end() && indices.size() < m_options.batchFiles;
         ++it) {
        const int index = *it;
        CopyItem &item = m_items[size_t(index)];
        if (item.status != CopyItem::Status::Pending)
            continue;
        if (item.size > qMin(m_options.smallFileBytes, m_chunkBytes))
            break; // keep the order: a large file is next
        if (!indices.isEmpty() && blob.size() + item.size > limit)
            break;
        QFile file(item.localPath);
        if (!file.open(QIODevice::ReadOnly)) {
            failItem(index, tr("%1 could not be read: %2").arg(item.localPath, file.errorString()));
            continue;
        }
        const QByteArray data = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            failItem(index, tr("%1 could not be read: %2").arg(item.localPath, file.errorString()));
            continue;
        }
        item.status = CopyItem::Status::Copying;
        item.tmpPath = takeTemporary(index);
        item.sha256 = Sha256::hash(data).toHex();
        item.size = data.size();
        parts.append({blob.size(), data.size(), item.tmpPath});
        blob += data;
        indices.append(index);
        const QString dir = remotepath::parentOf(item.machinePath);
        if (!seenDirs.contains(dir)) {
            seenDirs.insert(dir);
            dirs.append(dir);
        }
    }
    if (indices.isEmpty()) {
        next();
        return;
    }
    setCurrent(indices.first());
    // writeBatch adds the shell's process ID, so no two runs share a blob.
    const QString blobPath = QStringLiteral("/tmp/.hangar-%1-batch").arg(m_tag);
    api::ExecRequest request = scripts::writeBatch(blobPath, dirs, parts, {});
    request.timeoutSecs = m_channel.timeoutSecs();
    m_channel.runEncoded(api::ApiClient::encodeExecBodyWithBase64(request, blob), true,
        [this, indices](const ExecOutcome &outcome) { onBatchWritten(outcome, indices); });
}

void CopyEngine::onBatchWritten(const ExecOutcome &outcome, const QList<int> &indices)
{
    auto putBack = [this, &indices] {
        for (const int index : indices) {
            m_items[size_t(index)].status = CopyItem::Status::Pending;
            m_items[size_t(index)].bytesDone = 0;
        }
    };
    if (handleCommonFailure(outcome, indices))
        return;
    switch (outcome.kind) {
    case ExecOutcome::Kind::TooLarge:
        putBack();
        if (m_chunkBytes <= m_options.minChunkBytes) {
            for (const int index : indices)
                failItem(index, tr("The machine refuses even the smallest request."));
        } else {
            shrinkChunk();
        }
        next();
        return;
    case ExecOutcome::Kind::Unknown:
        for (const int index : indices)
            restartOrFail(index, outcome.error.message(), false);
        next();
        return;
    case ExecOutcome::Kind::Failed:
        return;
    case ExecOutcome::Kind::Ran:
        break;
    }
    const QStringList lines = scripts::outputLines(outcome.result.standardOutput());
    const QString problem = outcome.result.standardError().trimmed();
    const qsizetype first = lines.size() - indices.size();
    QList<int> written;
    for (int i = 0; i < indices.size(); ++i) {
        const int index = indices.at(i);
        CopyItem &item = m_items[size_t(index)];
        const std::optional<QByteArray> hash =
            first + i >= 0 ? scripts::parseSha256(lines.at(first + i)) : std::nullopt;
        if (hash && *hash == item.sha256) {
            item.bytesDone = item.size;
            written.append(index);
        } else if (!hash) {
            failItem(index,
                problem.isEmpty() ? tr("The file could not be written on the machine.") : problem);
        } else {
            restartOrFail(
                index, tr("The copy did not match the original (SHA-256 differs)."), false);
        }
    }
    emit progressed();
    if (written.isEmpty()) {
        next();
        return;
    }
    finishFiles(written, false);
}

void CopyEngine::finishFiles(const QList<int> &indices, bool hashPlaced)
{
    QList<scripts::FinishPart> parts;
    for (const int index : indices) {
        const CopyItem &item = m_items[size_t(index)];
        parts.append({item.mode & 07777, item.tmpPath, item.machinePath, hashPlaced});
    }
    m_channel.run(
        scripts::finish(parts), true, [this, indices, hashPlaced](const ExecOutcome &outcome) {
            if (handleCommonFailure(outcome, indices))
                return;
            if (outcome.kind != ExecOutcome::Kind::Ran) {
                for (const int index : indices)
                    failItem(index,
                        tr("The file could not be put in place: %1").arg(outcome.error.message()));
                next();
                return;
            }
            const QStringList lines = scripts::outputLines(outcome.result.standardOutput());
            const QString problem = outcome.result.standardError().trimmed();
            for (int i = 0; i < indices.size(); ++i) {
                const int index = indices.at(i);
                CopyItem &item = m_items[size_t(index)];
                const scripts::FinishLine line =
                    scripts::parseFinishLine(i < lines.size() ? lines.at(i) : QString());
                // Renamed by this run (and unchanged, where that was checked and could be read),
                // or by an earlier run whose answer was lost: the destination holds this file.
                if ((line.placed && (!hashPlaced || !line.hash || line.hash == item.sha256))
                    || (!line.placed && line.hash == item.sha256)) {
                    item.status = CopyItem::Status::Done;
                    item.bytesDone = item.size;
                    item.tmpPath.clear();
                } else if (line.placed) {
                    // Changed between the check and the rename: written again, under a new name
                    // (after the last attempt the changed bytes stay, and the file is failed).
                    item.tmpPath.clear();
                    restartOrFail(index,
                        tr("The file changed on the machine as it was put in place (SHA-256 "
                           "differs)."),
                        false);
                } else {
                    failItem(index,
                        tr("The file could not be put in place: %1")
                            .arg(problem.isEmpty() ? tr("unknown error") : problem));
                }
            }
            emit progressed();
            next();
        });
}

} // namespace hangar::core
