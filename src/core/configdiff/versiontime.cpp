#include "core/configdiff/versiontime.h"

#include "api/values/machineversion.h"
#include "api/values/timestamps.h"

namespace hangar::core {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kUlidLength = 26;
constexpr qsizetype kUlidTimeLength = 10;
constexpr qint64 kEarliestMs = 1'420'070'400'000; // 2015-01-01, before Fly Machines existed

// Crockford's base32 digit, or -1.
int crockfordDigit(QChar c)
{
    static const QString digits = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;
    return int(digits.indexOf(c.toUpper()));
}

} // namespace

QDateTime versionTime(const api::MachineVersion &version)
{
    const QDateTime created = api::parseTimestamp(version.json().value("created_at"_L1));
    return created.isValid() ? created : ulidTime(version.version());
}

QDateTime ulidTime(const QString &id)
{
    if (id.size() != kUlidLength)
        return {};
    qint64 milliseconds = 0;
    for (qsizetype i = 0; i < kUlidLength; ++i) {
        const int digit = crockfordDigit(id.at(i));
        if (digit < 0)
            return {};
        if (i < kUlidTimeLength)
            milliseconds = milliseconds * 32 + digit;
    }
    // 48 bits of time: the first character is at most 7.
    if (milliseconds >= (qint64(1) << 48) || milliseconds < kEarliestMs)
        return {};
    return api::fromEpochMilliseconds(milliseconds);
}

} // namespace hangar::core
