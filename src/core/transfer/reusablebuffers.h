#pragma once

#include <QByteArray>

#include <mutex>
#include <vector>

namespace hangar::core {

// Large byte buffers handed out again once nobody else holds them. A large file's chunks are
// megabytes each (the file's bytes, then their exec body), and memory that is new to the
// process costs a page fault per 4 KiB on first touch: reused buffers cost nothing of the
// kind. A buffer is reused only when this is its last holder, so the network stack, a
// retry or the hasher still holding it is never written over.
class ReusableBuffers final {
    Q_DISABLE_COPY_MOVE(ReusableBuffers)

public:
    explicit ReusableBuffers(int maxKept);

    // A buffer of `size` bytes with undefined contents, owned by the caller alone.
    QByteArray take(qsizetype size);
    // Remembers `buffer` so that take() can hand it out once its other holders let go. Beyond
    // maxKept buffers, one nobody else holds is forgotten to make room (else `buffer` is not kept).
    void keep(const QByteArray &buffer);
    // Forgets every buffer; those still held elsewhere are freed by their last holder.
    void clear();
    int keptCount() const;

private:
    mutable std::mutex m_mutex; // take() and keep() run on a worker thread, clear() on another
    std::vector<QByteArray> m_kept;
    int m_maxKept;
};

} // namespace hangar::core
