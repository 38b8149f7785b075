#include "api/tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace hangar::api {

qint64 TokenBuckets::take(const QString &bucket, double perSecond, double burst)
{
    if (bucket.isEmpty() || perSecond <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end())
        it = m_buckets.insert(bucket, Bucket {burst, now});
    Bucket &state = it.value();
    state.tokens = std::min(burst, state.tokens + (now - state.updatedMs) / 1000.0 * perSecond);
    state.updatedMs = now;
    if (state.tokens >= 1.0) {
        state.tokens -= 1.0;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1.0 - state.tokens) / perSecond * 1000.0)));
}

} // namespace hangar::api
