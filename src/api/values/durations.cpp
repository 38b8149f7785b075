#include "api/values/durations.h"

#include <cmath>
#include <limits>

namespace hangar::api {

namespace {

constexpr double kNanosecondsPerMillisecond = 1e6;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Milliseconds per unit at the start of text; consumed is set to the unit's length.
std::optional<double> unitAt(QStringView text, qsizetype *consumed)
{
    struct Unit {
        QStringView name;
        double milliseconds;
    };
    // Two-letter units first so "ms" is not read as "m" followed by garbage.
    static const Unit units[] = {
        {u"ns", 1e-6},
        {u"us", 1e-3},
        {u"\u00b5s", 1e-3}, // micro sign
        {u"\u03bcs", 1e-3}, // Greek mu
        {u"ms", 1.0},
        {u"s", 1e3},
        {u"m", 60e3},
        {u"h", 3600e3},
    };
    for (const Unit &unit : units) {
        if (text.startsWith(unit.name)) {
            *consumed = unit.name.size();
            return unit.milliseconds;
        }
    }
    return std::nullopt;
}

std::optional<qint64> roundToMilliseconds(double milliseconds)
{
    if (!std::isfinite(milliseconds)
        || std::fabs(milliseconds) >= double(std::numeric_limits<qint64>::max() / 2))
        return std::nullopt;
    return static_cast<qint64>(std::llround(milliseconds));
}

} // namespace

std::optional<qint64> parseGoDurationMs(QStringView text)
{
    text = text.trimmed();
    double sign = 1.0;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        sign = text.front() == u'-' ? -1.0 : 1.0;
        text = text.mid(1);
    }
    if (text == u"0")
        return 0;
    if (text.isEmpty())
        return std::nullopt;

    double total = 0.0;
    while (!text.isEmpty()) {
        double whole = 0.0;
        double fraction = 0.0;
        double scale = 1.0;
        qsizetype i = 0;
        bool anyDigit = false;
        for (; i < text.size() && isAsciiDigit(text[i]); ++i, anyDigit = true)
            whole = whole * 10.0 + text[i].digitValue();
        if (i < text.size() && text[i] == u'.') {
            for (++i; i < text.size() && isAsciiDigit(text[i]); ++i, anyDigit = true) {
                scale /= 10.0;
                fraction += text[i].digitValue() * scale;
            }
        }
        if (!anyDigit)
            return std::nullopt;
        qsizetype unitLength = 0;
        const std::optional<double> unit = unitAt(text.mid(i), &unitLength);
        if (!unit)
            return std::nullopt; // Go requires a unit on every number but a lone "0"
        total += (whole + fraction) * *unit;
        text = text.mid(i + unitLength);
    }
    return roundToMilliseconds(sign * total);
}

std::optional<qint64> parseDurationMs(const QJsonValue &value)
{
    if (value.isDouble())
        return roundToMilliseconds(value.toDouble() / kNanosecondsPerMillisecond);
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool isNumber = false;
    const qint64 nanoseconds = text.toLongLong(&isNumber);
    if (isNumber)
        return roundToMilliseconds(double(nanoseconds) / kNanosecondsPerMillisecond);
    return parseGoDurationMs(text);
}

QString formatGoDuration(qint64 milliseconds)
{
    if (milliseconds == 0)
        return QStringLiteral("0s");
    const QString sign = milliseconds < 0 ? QStringLiteral("-") : QString();
    // Unsigned so that the most negative value still has a magnitude.
    const quint64 magnitude =
        milliseconds < 0 ? quint64(0) - quint64(milliseconds) : quint64(milliseconds);
    if (magnitude < 1000)
        return sign + QString::number(magnitude) + QLatin1String("ms");

    const quint64 totalSeconds = magnitude / 1000;
    const quint64 hours = totalSeconds / 3600;
    const quint64 minutes = (totalSeconds / 60) % 60;
    const quint64 seconds = totalSeconds % 60;

    QString fraction = QString::number(magnitude % 1000).rightJustified(3, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);

    QString text = sign;
    if (hours > 0)
        text += QString::number(hours) + QLatin1Char('h');
    if (hours > 0 || minutes > 0)
        text += QString::number(minutes) + QLatin1Char('m');
    text += QString::number(seconds);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    text += QLatin1Char('s');
    return text;
}

} // namespace hangar::api
