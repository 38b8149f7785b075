#include "sim/shell/formatting.h"

#include <QDate>

#include <cmath>

namespace hangar::sim {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kJulianDayOfEpoch = 2440588;
constexpr qint64 kSixMonths = 31556952 / 2; // GNU ls: half a Gregorian year

struct UtcTime {
    QDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

UtcTime toUtc(qint64 seconds)
{
    qint64 days = seconds / kSecondsPerDay;
    qint64 remainder = seconds % kSecondsPerDay;
    if (remainder < 0) {
        remainder += kSecondsPerDay;
        --days;
    }
    UtcTime time;
    time.date = QDate::fromJulianDay(kJulianDayOfEpoch + days);
    time.hour = int(remainder / 3600);
    time.minute = int(remainder / 60 % 60);
    time.second = int(remainder % 60);
    return time;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString formatStatTime(qint64 secondsSinceEpoch)
{
    const UtcTime time = toUtc(secondsSinceEpoch);
    return QStringLiteral("%1-%2-%3 %4:%5:%6.000000000 +0000")
        .arg(QString::number(time.date.year()), twoDigits(time.date.month()),
            twoDigits(time.date.day()), twoDigits(time.hour), twoDigits(time.minute),
            twoDigits(time.second));
}

QString formatListingTime(qint64 secondsSinceEpoch, qint64 now)
{
    static const char *const months[] = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const UtcTime time = toUtc(secondsSinceEpoch);
    const QString monthDay = QLatin1String(months[time.date.month() - 1]) + QLatin1Char(' ')
        + padLeft(QString::number(time.date.day()), 2);
    const bool recent = secondsSinceEpoch > now - kSixMonths && secondsSinceEpoch <= now;
    if (recent)
        return monthDay + QLatin1Char(' ') + twoDigits(time.hour) + QLatin1Char(':')
            + twoDigits(time.minute);
    return monthDay + QLatin1Char(' ') + padLeft(QString::number(time.date.year()), 5);
}

QString humanReadableSize(qint64 bytes)
{
    static const char suffixes[] = "KMGTPE";
    if (bytes < 1024)
        return QString::number(bytes);
    double value = double(bytes);
    int exponent = -1;
    while (value >= 1024 && exponent < 5) {
        value /= 1024;
        ++exponent;
    }
    QString number;
    if (value < 10) {
        const double rounded = std::ceil(value * 10) / 10;
        if (rounded >= 10)
            number = QString::number(qint64(rounded));
        else
            number = QString::number(rounded, 'f', 1);
    } else {
        number = QString::number(qint64(std::ceil(value)));
    }
    if (number == QLatin1String("1024") && exponent < 5) {
        number = QStringLiteral("1.0");
        ++exponent;
    }
    return number + QLatin1Char(suffixes[exponent]);
}

QString padLeft(const QString &text, qsizetype width)
{
    return text.rightJustified(width, QLatin1Char(' '));
}

QString padRight(const QString &text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace hangar::sim
