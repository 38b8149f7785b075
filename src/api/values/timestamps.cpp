#include "api/values/timestamps.h"

#include <QTimeZone>

#include <cmath>
#include <limits>

namespace hangar::api {

namespace {

constexpr double kMillisecondsThreshold = 1e11;

// Qt reads at most milliseconds reliably across versions; Go writes up to nanoseconds.
QString truncateFractionToMilliseconds(const QString &text)
{
    const qsizetype timeStart = text.indexOf(QLatin1Char(':'));
    const qsizetype dot = timeStart < 0 ? -1 : text.indexOf(QLatin1Char('.'), timeStart);
    if (dot < 0)
        return text;
    qsizetype end = dot + 1;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    const qsizetype digits = end - dot - 1;
    if (digits <= 3)
        return text;
    return QString(text.left(dot + 4) + text.mid(end));
}

// A JSON number, or a string of digits (tolerated for hand-written or re-encoded JSON).
bool epochNumber(const QJsonValue &value, double *number)
{
    if (value.isDouble()) {
        *number = value.toDouble();
        return true;
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    *number = text.toDouble();
    return true;
}

QDateTime fromEpochNumber(double number, bool milliseconds)
{
    if (!std::isfinite(number))
        return {};
    const double ms = milliseconds ? number : number * 1000.0;
    // QDateTime covers far more, but anything this large is garbage, not a date.
    if (std::fabs(ms) > 1e16)
        return {};
    return fromEpochMilliseconds(static_cast<qint64>(std::llround(ms)));
}

} // namespace

QDateTime parseRfc3339(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QDateTime parsed =
        QDateTime::fromString(truncateFractionToMilliseconds(trimmed), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.date().year() <= 1)
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc()).toUTC();
    return parsed.toUTC();
}

// toUTC() everywhere: before Qt 6.5 a QTimeZone::utc() date-time is a "time zone" one, which
// prints "+00:00" instead of "Z"; Qt::UTC itself is deprecated in later versions.
QDateTime fromEpochMilliseconds(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, QTimeZone::utc()).toUTC();
}

QDateTime fromEpochSeconds(qint64 seconds)
{
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000;
    if (seconds > limit || seconds < -limit)
        return {};
    return fromEpochMilliseconds(seconds * 1000);
}

QDateTime parseEpochMilliseconds(const QJsonValue &value)
{
    double number = 0.0;
    if (epochNumber(value, &number))
        return fromEpochNumber(number, true);
    return value.isString() ? parseRfc3339(value.toString()) : QDateTime();
}

QDateTime parseEpochSeconds(const QJsonValue &value)
{
    double number = 0.0;
    if (epochNumber(value, &number))
        return fromEpochNumber(number, false);
    return value.isString() ? parseRfc3339(value.toString()) : QDateTime();
}

QDateTime parseTimestamp(const QJsonValue &value)
{
    double number = 0.0;
    if (epochNumber(value, &number))
        return fromEpochNumber(number, std::fabs(number) > kMillisecondsThreshold);
    return value.isString() ? parseRfc3339(value.toString()) : QDateTime();
}

QString formatRfc3339(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace hangar::api
