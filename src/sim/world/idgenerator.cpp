#include "sim/world/idgenerator.h"

#include <array>

namespace hangar::sim {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr char kLowerAlnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const std::array<const char *, 24> kAdjectives {"ancient", "bold", "calm", "damp", "eager",
    "fragrant", "gentle", "hidden", "icy", "jolly", "late", "misty", "noisy", "old", "patient",
    "quiet", "restless", "silent", "snowy", "summer", "twilight", "wandering", "white", "young"};
const std::array<const char *, 24> kNouns {"bird", "brook", "cloud", "dawn", "dew", "field",
    "firefly", "flower", "forest", "frost", "glade", "haze", "lake", "leaf", "meadow", "moon",
    "night", "pine", "rain", "river", "sea", "shadow", "star", "water"};

} // namespace

IdGenerator::IdGenerator(quint32 seed)
    : m_random(seed)
    , m_timeRandom(seed ^ 0x9e3779b9u)
{
}

QString IdGenerator::hex(int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(kHex[m_random.bounded(16)]));
    return out;
}

QString IdGenerator::lowerAlnum(int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(kLowerAlnum[m_random.bounded(36)]));
    return out;
}

QString IdGenerator::machineId()
{
    return hex(14);
}

QString IdGenerator::volumeId()
{
    return QStringLiteral("vol_") + lowerAlnum(16);
}

QString IdGenerator::snapshotId()
{
    return QStringLiteral("vs_") + QString(lowerAlnum(20)).replace(0, 1, QLatin1Char('M'));
}

QString IdGenerator::appId()
{
    return lowerAlnum(14);
}

QString IdGenerator::ulid(qint64 timestampMs)
{
    // 10 characters of millisecond time, then 16 of randomness, as in the ULID spec. Within
    // one millisecond the random part counts up, so IDs still sort in creation order.
    if (timestampMs <= m_lastUlidMs) {
        timestampMs = m_lastUlidMs;
        QString random = m_lastUlidRandom;
        for (qsizetype i = random.size() - 1; i >= 0; --i) {
            const int digit = int(QByteArray(kCrockford).indexOf(char(random.at(i).unicode())));
            if (digit < 31) {
                random[i] = QLatin1Char(kCrockford[digit + 1]);
                break;
            }
            random[i] = QLatin1Char('0');
        }
        m_lastUlidRandom = random;
    } else {
        m_lastUlidMs = timestampMs;
        m_lastUlidRandom.clear();
        // The first character stays low so that counting up never overflows.
        m_lastUlidRandom.append(QLatin1Char(kCrockford[m_timeRandom.bounded(16)]));
        for (int i = 1; i < 16; ++i)
            m_lastUlidRandom.append(QLatin1Char(kCrockford[m_timeRandom.bounded(32)]));
    }
    QString out(10, QLatin1Char('0'));
    quint64 time = quint64(timestampMs);
    for (int i = 9; i >= 0; --i) {
        out[i] = QLatin1Char(kCrockford[time % 32]);
        time /= 32;
    }
    return out + m_lastUlidRandom;
}

QString IdGenerator::leaseNonce()
{
    return hex(12);
}

QString IdGenerator::requestId()
{
    QString out;
    for (int i = 0; i < 20; ++i)
        out.append(QLatin1Char(kHex[m_timeRandom.bounded(16)]));
    return out + QStringLiteral("-sim");
}

QString IdGenerator::zone()
{
    return hex(4);
}

QString IdGenerator::privateIp(int networkId)
{
    return QStringLiteral("fdaa:0:%1:a7b:%2:%3:%4:2")
        .arg(QString::number(networkId, 16), hex(3), hex(4), hex(4));
}

QString IdGenerator::machineName()
{
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1String(kAdjectives[m_random.bounded(int(kAdjectives.size()))]),
            QLatin1String(kNouns[m_random.bounded(int(kNouns.size()))]),
            QString::number(m_random.bounded(1000, 10000)));
}

int IdGenerator::bounded(int lowest, int highest)
{
    return m_random.bounded(lowest, highest);
}

double IdGenerator::unitInterval()
{
    return m_random.generateDouble();
}

} // namespace hangar::sim
