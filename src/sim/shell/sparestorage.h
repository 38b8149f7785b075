#pragma once

#include <QByteArray>

namespace hangar::sim {

// The memory of one large file that was removed, replaced or cut, kept for the next file that
// outgrows its own. A copy into a volume writes a new temporary file and renames it over the
// old one; without this, every copy wrote its megabytes into memory fresh from the kernel, and
// the page faults (and unmapping the old file afterwards) were about a third of the
// simulator's work for a large copy. Writing into memory the process already has spares both.
//
// One buffer at most, the largest offered, and none that another file or a copy of the file
// system still shares. A copy of a SpareStorage starts empty, so two file systems never hand
// out the same memory.
class SpareStorage {
public:
    // Buffers below this are not worth keeping: the allocator reuses small blocks by itself.
    static constexpr qsizetype MinimumBytes = qsizetype(1) << 20;
    // Nor above this, so that a removed file of gigabytes does not stay in memory.
    static constexpr qsizetype MaximumBytes = qsizetype(256) << 20;

    SpareStorage() = default;
    SpareStorage(const SpareStorage &) { }
    SpareStorage(SpareStorage &&other) noexcept = default;
    SpareStorage &operator=(const SpareStorage &other);
    SpareStorage &operator=(SpareStorage &&other) noexcept = default;
    ~SpareStorage() = default;

    // Keeps the memory of `bytes`, whose contents are no longer wanted, when it is worth
    // keeping; `bytes` is left empty either way.
    void offer(QByteArray &&bytes);
    // Moves `bytes` (its contents kept) into the kept buffer when that can hold `size` bytes;
    // false, and `bytes` untouched, when there is none big enough.
    bool growInto(QByteArray &bytes, qsizetype size);

    qsizetype capacity() const { return m_bytes.capacity(); }

private:
    QByteArray m_bytes; // unshared, its contents meaningless
};

} // namespace hangar::sim
