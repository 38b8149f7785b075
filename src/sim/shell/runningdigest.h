#pragma once

#include "common/sha256.h"

#include <QByteArray>
#include <QList>

namespace hangar::sim {

// The SHA-256 state of a file's leading bytes, advanced as writes arrive, so that `sha256sum`
// of a file written chunk by chunk hashes only what no write has covered yet. A copy into a
// volume ends with one sha256sum of the whole file; hashing while the chunks come in takes that
// pass off the end of the copy.
//
// The invariant: the state is the hash of bytes [0, hashedLength()) as the file holds them now.
// A write or truncation below hashedLength() resets it. Written ranges above it are remembered
// and hashed once the bytes before them are; bytes that no write covered (the zeros of a gap)
// are left to digest(), which always reads the file's actual bytes.
class RunningDigest {
public:
    // After the file was cut to `keptSize` bytes (or zero-extended) and [start, start + length)
    // was written; `bytes` is the whole file as it is now.
    void noteWrite(const QByteArray &bytes, qint64 keptSize, qint64 start, qint64 length);
    // The 32-byte SHA-256 of `bytes`, the file's current contents.
    QByteArray digest(const QByteArray &bytes) const;

    qint64 hashedLength() const { return m_hashedLength; }

private:
    struct Range {
        qint64 start;
        qint64 end;
    };

    void reset();
    void addWritten(qint64 start, qint64 end);

    Sha256 m_state;
    qint64 m_hashedLength = 0;
    QList<Range> m_written; // sorted, disjoint, not touching, all above m_hashedLength
};

} // namespace hangar::sim
