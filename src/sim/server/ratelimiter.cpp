#include "sim/server/ratelimiter.h"

#include "sim/world/simclock.h"

#include <cmath>

namespace hangar::sim {

int RateLimiter::take(const QString &key, double tokensPerSecond, double burst)
{
    if (!m_enabled)
        return 0;
    const qint64 now = m_clock.nowMs();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {burst, now});
    Bucket &bucket = it.value();
    bucket.tokens =
        std::min(burst, bucket.tokens + (now - bucket.updatedMs) / 1000.0 * tokensPerSecond);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / tokensPerSecond)));
}

} // namespace hangar::sim
