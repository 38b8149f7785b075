#include "sim/shell/sparestorage.h"

#include <cstring>
#include <utility>

namespace hangar::sim {

SpareStorage &SpareStorage::operator=(const SpareStorage &other)
{
    if (this != &other)
        m_bytes = QByteArray();
    return *this;
}

void SpareStorage::offer(QByteArray &&bytes)
{
    QByteArray offered = std::exchange(bytes, QByteArray());
    // isDetached() is false for shared buffers and for borrowed ones (QByteArray::fromRawData).
    const qsizetype capacity = offered.capacity();
    if (offered.isDetached() && capacity >= MinimumBytes && capacity <= MaximumBytes
        && capacity > m_bytes.capacity()) {
        m_bytes = std::move(offered);
    }
}

bool SpareStorage::growInto(QByteArray &bytes, qsizetype size)
{
    if (m_bytes.isNull() || m_bytes.capacity() < size || m_bytes.capacity() <= bytes.capacity())
        return false;
    QByteArray grown = std::exchange(m_bytes, QByteArray());
    // resize() keeps the capacity of an unshared buffer, so nothing is allocated here.
    grown.resize(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(grown.data(), bytes.constData(), size_t(bytes.size()));
    bytes.swap(grown);
    return true;
}

} // namespace hangar::sim
