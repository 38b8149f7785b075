#include "sim/server/faultinjector.h"

namespace hangar::sim {

FaultInjector::Fault FaultInjector::decide()
{
    if (m_settings.stallRate > 0 && m_random.generateDouble() < m_settings.stallRate)
        return Fault::Stall;
    if (m_settings.lostAnswerRate > 0 && m_random.generateDouble() < m_settings.lostAnswerRate)
        return Fault::AnswerLost;
    if (m_settings.failRate <= 0 || m_random.generateDouble() >= m_settings.failRate)
        return Fault::None;
    // Half of the failures are platform errors, the rest rate limits and dropped connections.
    const double kind = m_random.generateDouble();
    if (kind < 0.5)
        return Fault::ServerError;
    return kind < 0.75 ? Fault::RateLimited : Fault::ConnectionReset;
}

int FaultInjector::latencyMs()
{
    return m_settings.latencyMs + upTo(m_settings.latencyJitterMs);
}

int FaultInjector::handlingDelayMs()
{
    return upTo(m_settings.handlingJitterMs);
}

int FaultInjector::upTo(int maxMs)
{
    return maxMs > 0 ? int(m_random.bounded(quint32(maxMs) + 1)) : 0;
}

} // namespace hangar::sim
