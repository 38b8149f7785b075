#pragma once

#include "core/transfer/reusablebuffers.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

class QObject;

namespace hangar::core {

// What a local file looked like when its copy began: one changed or replaced since (an editor
// saves by writing a new file over the old) must fail rather than arrive spliced.
struct FileIdentity {
    qint64 size = -1; // -1: not known (not checked)
    qint64 modifiedMs = -1;

    static FileIdentity of(const QString &path);
    bool isKnown() const { return size >= 0; }
    bool operator==(const FileIdentity &other) const
    {
        return size == other.size && modifiedMs == other.modifiedMs;
    }
    bool operator!=(const FileIdentity &other) const { return !(*this == other); }
};

// How many bytes the first chunk of a file of `fileSize` carries when the others carry
// `chunkBytes`: the smallest amount that keeps the number of chunks at its minimum, in whole
// blocks of the largest power of two up to 64 KiB that divides `chunkBytes`, so that the later
// offsets divide by as large a dd block as the chunk size allows. The machine can start on a
// small first chunk sooner, and the last chunk of the file is then a full one.
qint64 firstChunkBytes(qint64 fileSize, qint64 chunkBytes);

// One chunk of a large file and where it goes on the machine.
struct ChunkSpec {
    QString localPath;
    qint64 offset = 0;
    qint64 size = 0; // at most this many bytes
    QString remoteDir; // made by the first chunk
    QString remoteTmp; // the temporary file the chunks are written to
    int timeoutSecs = 60; // the exec timeout written into the body
    FileIdentity identity; // the file as its copy began
    bool wholeFile = false; // the file's only chunk: it also prints the file's hash

    bool operator==(const ChunkSpec &other) const
    {
        return localPath == other.localPath && offset == other.offset && size == other.size
            && wholeFile == other.wholeFile && remoteDir == other.remoteDir
            && remoteTmp == other.remoteTmp && timeoutSecs == other.timeoutSecs
            && identity == other.identity;
    }
    bool operator!=(const ChunkSpec &other) const { return !(*this == other); }
};

// A chunk read from disk with its exec body ready to send.
struct PreparedChunk {
    ChunkSpec spec;
    QByteArray data; // the file's bytes, for the hash (let go of once hashed)
    qint64 length = 0; // how many bytes were read: data's size, kept after data is let go of
    bool last = false; // the end of the file was reached
    // The exec body (ApiClient::encodeExecBody*) of the first-chunk or positioned-write script.
    QByteArray body;
    QString readError; // when set, the file could not be read and nothing else is filled in
};

// Reads chunks of a large file and turns them into exec bodies (base64 and all) on a worker
// thread. The engine asks for the next chunk as soon as the current one is sent, so reading
// and encoding it overlap with the network and the machine's work, and the megabytes of
// each chunk never pass through the GUI thread's time.
class ChunkReader final {
    Q_DISABLE_COPY_MOVE(ChunkReader)

public:
    ChunkReader();
    ~ChunkReader(); // waits for the chunk being prepared

    // Starts preparing `spec` in the background, replacing an earlier prefetch.
    void prefetch(const ChunkSpec &spec);
    // Calls `done` on `context`'s thread with the chunk for `spec`: the prefetched one when it
    // is the same spec, else one read now. Never called synchronously, and not at all after a
    // reset() or a later fetch(), or once `context` is gone. `context` must own the reader.
    void fetch(
        const ChunkSpec &spec, QObject *context, std::function<void(const PreparedChunk &)> done);
    // Forgets the prefetched chunk and any pending fetch.
    void reset();

    // The work itself, on the calling thread; the chunk's buffers come from `buffers` when
    // given, and are handed to it to be reused once the chunk is done with.
    static PreparedChunk prepare(const ChunkSpec &spec, ReusableBuffers *buffers = nullptr);
    // How many chunks were read so far (a prefetch used by fetch() counts once).
    int readsStarted() const { return m_readsStarted; }

private:
    QFuture<PreparedChunk> start(const ChunkSpec &spec);

    // Chunks in flight, the one prefetched and those waiting to be hashed hold a file buffer
    // and a body each.
    static constexpr int kBuffersKept = 12;
    ReusableBuffers m_buffers;
    QThreadPool m_pool; // one thread: one chunk at a time
    ChunkSpec m_prefetched;
    QFuture<PreparedChunk> m_prefetch;
    std::shared_ptr<quint64> m_generation; // fetches of an older generation are dropped
    int m_readsStarted = 0;
};

} // namespace hangar::core
