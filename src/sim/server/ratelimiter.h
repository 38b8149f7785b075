#pragma once

#include <QHash>
#include <QString>

namespace hangar::sim {

class SimClock;

// Token buckets keyed by (action, identifier), like Fly's per-action limits.
class RateLimiter final {
public:
    explicit RateLimiter(const SimClock &clock)
        : m_clock(clock)
    {
    }

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // Takes one token from the bucket; returns 0 when allowed, else the seconds to wait.
    int take(const QString &key, double tokensPerSecond, double burst);

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    const SimClock &m_clock;
    bool m_enabled = true;
    QHash<QString, Bucket> m_buckets;
};

} // namespace hangar::sim
