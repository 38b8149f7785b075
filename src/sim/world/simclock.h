#pragma once

#include <QtGlobal>

namespace hangar::sim {

// The simulator's notion of "now" (lease expiry, rate limits, timestamps). Tests use a
// ManualClock so nothing they assert depends on how fast the machine runs.
class SimClock {
public:
    virtual ~SimClock() = default;
    virtual qint64 nowMs() const = 0;
    qint64 nowSecs() const { return nowMs() / 1000; }
};

class SystemClock final : public SimClock {
public:
    qint64 nowMs() const override;
};

class ManualClock final : public SimClock {
public:
    explicit ManualClock(qint64 startMs = 1767225600000)
        : m_nowMs(startMs)
    {
    }
    qint64 nowMs() const override { return m_nowMs; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }

private:
    qint64 m_nowMs;
};

} // namespace hangar::sim
