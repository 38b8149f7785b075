#include "core/transfer/chunkhasher.h"

#include "common/sha256.h"

#include <QMetaObject>

#include <atomic>

namespace hangar::core {

struct ChunkHasher::State {
    Sha256 hash;
    std::atomic_bool dropped {false}; // set by reset(): skip the remaining work
};

ChunkHasher::ChunkHasher()
    : m_state(std::make_shared<State>())
    , m_current(std::make_shared<quint64>(0))
{
    m_pool.setMaxThreadCount(1);
}

ChunkHasher::~ChunkHasher()
{
    m_state->dropped = true;
    m_pool.waitForDone();
}

void ChunkHasher::reset()
{
    m_state->dropped = true;
    m_state = std::make_shared<State>();
    *m_current = ++m_generation;
}

void ChunkHasher::addData(const QByteArray &data)
{
    // The QByteArray is shared, not copied: chunks are never modified after they are read.
    m_pool.start([state = m_state, data] {
        if (!state->dropped)
            state->hash.addData(data);
    });
}

void ChunkHasher::result(QObject *context, std::function<void(const QByteArray &)> done)
{
    const quint64 generation = m_generation;
    // The generation is read on the GUI thread only, when the answer arrives there.
    const std::shared_ptr<const quint64> current = m_current;
    m_pool.start([state = m_state, context, generation, current, done = std::move(done)] {
        if (state->dropped)
            return;
        const QByteArray digest = state->hash.result();
        // `context` owns this hasher, whose destructor waits for this task: it is alive here.
        // If it is deleted before the call below is delivered, Qt drops the call.
        QMetaObject::invokeMethod(
            context,
            [digest, generation, current, done] {
                if (*current == generation)
                    done(digest);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hangar::core
