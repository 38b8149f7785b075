#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace hangar::api {

// Client-side token buckets, one per rate rule bucket, so Hangar stays inside Fly's limits
// instead of collecting 429s.
class TokenBuckets final {
public:
    TokenBuckets() { m_clock.start(); }

    // Takes a token when one is available and returns 0; otherwise returns the milliseconds until
    // the next token (nothing is taken).
    qint64 take(const QString &bucket, double perSecond, double burst);
    void clear() { m_buckets.clear(); }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace hangar::api
