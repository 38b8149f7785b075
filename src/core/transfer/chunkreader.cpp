#include "core/transfer/chunkreader.h"

#include "api/apiclient.h"
#include "common/base64.h"
#include "core/transfer/transferscripts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>

namespace hangar::core {

ChunkReader::ChunkReader()
    : m_buffers(kBuffersKept)
    , m_generation(std::make_shared<quint64>(0))
{
    m_pool.setMaxThreadCount(1);
}

ChunkReader::~ChunkReader()
{
    m_pool.waitForDone();
}

qint64 firstChunkBytes(qint64 fileSize, qint64 chunkBytes)
{
    if (chunkBytes <= 0 || fileSize <= chunkBytes)
        return chunkBytes;
    const qint64 remainder = fileSize % chunkBytes;
    if (remainder == 0)
        return chunkBytes;
    // The later offsets are multiples of the chunk size, so they take dd's block for it (at
    // least 4 KiB: the first chunk is rounded up to whole blocks of that).
    const qint64 block = qMax<qint64>(4096, scripts::ddBlockSize(chunkBytes));
    return qMin(chunkBytes, (remainder + block - 1) / block * block);
}

FileIdentity FileIdentity::of(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

PreparedChunk ChunkReader::prepare(const ChunkSpec &spec, ReusableBuffers *buffers)
{
    PreparedChunk chunk;
    chunk.spec = spec;
    QFile file(spec.localPath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(spec.offset)) {
        chunk.readError = file.errorString();
        return chunk;
    }
    if (spec.identity.isKnown() && FileIdentity::of(spec.localPath) != spec.identity) {
        chunk.readError = QCoreApplication::translate(
            "hangar::core::ChunkReader", "it changed while it was being copied");
        return chunk;
    }
    QByteArray data = buffers ? buffers->take(spec.size) : QByteArray(spec.size, Qt::Uninitialized);
    const qint64 read = file.read(data.data(), spec.size);
    if (read < 0) {
        chunk.readError = file.errorString();
        return chunk;
    }
    data.resize(read);
    chunk.length = read;
    chunk.last = file.atEnd() || read < spec.size;
    // The script without its input; the base64 goes straight into the body.
    api::ExecRequest request = spec.wholeFile
        ? scripts::writeFirstChunk(spec.remoteDir, spec.remoteTmp, {}, chunk.last)
        : spec.offset == 0 ? scripts::writeFirstOfChunks(spec.remoteDir, spec.remoteTmp, {})
                           : scripts::writeChunkAt(spec.remoteTmp, spec.offset, {});
    request.timeoutSecs = spec.timeoutSecs;
    QByteArray body = buffers ? buffers->take(base64::encodedSize(read) + 4096) : QByteArray();
    api::ApiClient::encodeExecBodyWithBase64(request, data, &body);
    if (buffers) {
        buffers->keep(data);
        buffers->keep(body);
    }
    chunk.data = std::move(data);
    chunk.body = std::move(body);
    return chunk;
}

QFuture<PreparedChunk> ChunkReader::start(const ChunkSpec &spec)
{
    auto promise = std::make_shared<QPromise<PreparedChunk>>();
    QFuture<PreparedChunk> future = promise->future();
    promise->start();
    ++m_readsStarted;
    m_pool.start([this, promise, spec] {
        promise->addResult(prepare(spec, &m_buffers));
        promise->finish();
    });
    return future;
}

void ChunkReader::prefetch(const ChunkSpec &spec)
{
    m_prefetched = spec;
    m_prefetch = start(spec);
}

void ChunkReader::fetch(
    const ChunkSpec &spec, QObject *context, std::function<void(const PreparedChunk &)> done)
{
    QFuture<PreparedChunk> future =
        m_prefetch.isValid() && m_prefetched == spec ? m_prefetch : start(spec);
    m_prefetch = {};
    const quint64 generation = ++*m_generation;
    auto *watcher = new QFutureWatcher<PreparedChunk>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, generation, current = m_generation, done = std::move(done)] {
            watcher->deleteLater();
            if (*current == generation && watcher->future().resultCount() > 0)
                done(watcher->future().result());
        });
    // Reports a future that has already finished too, from the event loop.
    watcher->setFuture(future);
}

void ChunkReader::reset()
{
    // Chunks not begun are dropped: their futures end without a result, so nobody is told.
    m_pool.clear();
    m_prefetch = {};
    m_prefetched = {};
    ++*m_generation;
}

} // namespace hangar::core
