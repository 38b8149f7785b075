#include "sim/shell/outputsink.h"

#include <utility>

namespace hangar::sim {

std::shared_ptr<OutputSink> OutputSink::toBuffer(QByteArray *buffer)
{
    std::shared_ptr<OutputSink> sink(new OutputSink);
    sink->m_buffer = buffer;
    return sink;
}

std::shared_ptr<OutputSink> OutputSink::toFile(const QString &absolutePath)
{
    std::shared_ptr<OutputSink> sink(new OutputSink);
    sink->m_path = absolutePath;
    return sink;
}

std::shared_ptr<OutputSink> OutputSink::discard()
{
    return std::shared_ptr<OutputSink>(new OutputSink);
}

void OutputSink::write(const QByteArray &bytes)
{
    if (m_buffer)
        m_buffer->append(bytes);
    else if (isFile())
        m_pending.append(bytes);
}

QByteArray OutputSink::takePending()
{
    return std::exchange(m_pending, QByteArray());
}

} // namespace hangar::sim
