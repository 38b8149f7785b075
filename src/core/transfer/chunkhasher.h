#pragma once

#include <QByteArray>
#include <QThreadPool>

#include <functional>
#include <memory>

class QObject;

namespace hangar::core {

// The SHA-256 of a file sent in chunks, computed on a worker thread: addData() queues a chunk
// and returns at once, so hashing one chunk overlaps with sending the next and never blocks
// the GUI thread. Chunks are hashed strictly in the order they were added.
class ChunkHasher final {
    Q_DISABLE_COPY_MOVE(ChunkHasher)

public:
    ChunkHasher();
    ~ChunkHasher(); // waits for the chunk being hashed

    // Starts a new hash; chunks queued before are dropped.
    void reset();
    void addData(const QByteArray &data);
    // Calls `done` on `context`'s thread with the digest (32 bytes) of everything added since
    // the last reset, once it is hashed. Not called after a reset or once `context` is gone.
    // `context` must own the hasher (or outlive it).
    void result(QObject *context, std::function<void(const QByteArray &)> done);

private:
    struct State;

    std::shared_ptr<State> m_state;
    quint64 m_generation = 0;
    std::shared_ptr<quint64> m_current; // the generation results are still wanted for
    QThreadPool m_pool; // one thread, so that the tasks run in order
};

} // namespace hangar::core
