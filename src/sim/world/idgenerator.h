#pragma once

#include <QRandomGenerator>
#include <QString>

namespace hangar::sim {

class SimClock;

// Makes the identifiers the real API hands out: machine IDs (14 hex), volume IDs (vol_ + 16),
// snapshot IDs (vs_ + ...), ULID versions and event IDs (26 Crockford base32), lease nonces
// (12 hex), 6PN private IPs and Fly-style machine names. Seedable so seeds are reproducible.
class IdGenerator final {
public:
    explicit IdGenerator(quint32 seed);

    QString machineId();
    QString volumeId();
    QString snapshotId();
    QString appId();
    // Monotonic: a later call never sorts before an earlier one, even within a millisecond.
    QString ulid(qint64 timestampMs);
    QString leaseNonce();
    QString requestId();
    QString zone();
    QString privateIp(int networkId);
    QString machineName();
    QString hex(int length);
    QString lowerAlnum(int length);
    int bounded(int lowest, int highest);
    double unitInterval();

private:
    QRandomGenerator m_random;
    // ULIDs and request IDs draw from their own stream, so how many of them were made (which
    // depends on timing) never changes the machine and volume IDs a seed produces.
    QRandomGenerator m_timeRandom;
    qint64 m_lastUlidMs = -1;
    QString m_lastUlidRandom;
};

} // namespace hangar::sim
