#include "core/transfer/reusablebuffers.h"

#include <algorithm>

namespace hangar::core {

ReusableBuffers::ReusableBuffers(int maxKept)
    : m_maxKept(maxKept)
{
}

QByteArray ReusableBuffers::take(qsizetype size)
{
    {
        const std::lock_guard lock(m_mutex);
        // The smallest free buffer that is large enough, so large ones stay for large needs.
        auto best = m_kept.end();
        for (auto it = m_kept.begin(); it != m_kept.end(); ++it) {
            if (it->isDetached() && it->capacity() >= size
                && (best == m_kept.end() || it->capacity() < best->capacity()))
                best = it;
        }
        if (best != m_kept.end()) {
            QByteArray buffer = std::move(*best);
            m_kept.erase(best);
            buffer.resize(size);
            return buffer;
        }
    }
    return QByteArray(size, Qt::Uninitialized);
}

void ReusableBuffers::keep(const QByteArray &buffer)
{
    if (buffer.capacity() == 0 || m_maxKept <= 0)
        return;
    const std::lock_guard lock(m_mutex);
    if (int(m_kept.size()) >= m_maxKept) {
        const auto idle = std::find_if(
            m_kept.begin(), m_kept.end(), [](const QByteArray &kept) { return kept.isDetached(); });
        if (idle == m_kept.end())
            return;
        m_kept.erase(idle);
    }
    m_kept.push_back(buffer);
}

void ReusableBuffers::clear()
{
    const std::lock_guard lock(m_mutex);
    m_kept.clear();
}

int ReusableBuffers::keptCount() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_kept.size());
}

} // namespace hangar::core
