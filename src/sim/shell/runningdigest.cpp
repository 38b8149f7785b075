#include "sim/shell/runningdigest.h"

#include <algorithm>

namespace hangar::sim {

void RunningDigest::noteWrite(const QByteArray &bytes, qint64 keptSize, qint64 start, qint64 length)
{
    if (keptSize < m_hashedLength || (length > 0 && start < m_hashedLength))
        reset();
    // What was cut off is gone; a range that straddles the cut keeps its surviving part.
    while (!m_written.isEmpty() && m_written.constLast().start >= keptSize)
        m_written.removeLast();
    if (!m_written.isEmpty() && m_written.constLast().end > keptSize)
        m_written.last().end = keptSize;
    if (length > 0)
        addWritten(start, start + length);

    if (!m_written.isEmpty() && m_written.constFirst().start == m_hashedLength) {
        const Range next = m_written.takeFirst();
        const qint64 end = std::min<qint64>(next.end, bytes.size());
        m_state.addData(bytes.constData() + m_hashedLength, std::size_t(end - m_hashedLength));
        m_hashedLength = end;
    }
}

QByteArray RunningDigest::digest(const QByteArray &bytes) const
{
    if (bytes.size() < m_hashedLength) // not reachable through noteWrite(); safe regardless
        return Sha256::hash(bytes);
    Sha256 rest = m_state;
    rest.addData(bytes.constData() + m_hashedLength, std::size_t(bytes.size() - m_hashedLength));
    return rest.result();
}

void RunningDigest::reset()
{
    m_state.reset();
    m_hashedLength = 0;
    m_written.clear();
}

void RunningDigest::addWritten(qint64 start, qint64 end)
{
    // Ranges that overlap or touch [start, end) merge into it.
    auto first = std::lower_bound(m_written.begin(), m_written.end(), start,
        [](const Range &range, qint64 value) { return range.end < value; });
    auto last = first;
    while (last != m_written.end() && last->start <= end) {
        start = std::min(start, last->start);
        end = std::max(end, last->end);
        ++last;
    }
    const auto at = m_written.erase(first, last);
    m_written.insert(at, Range {start, end});
}

} // namespace hangar::sim
