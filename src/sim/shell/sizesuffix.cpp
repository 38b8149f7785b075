#include "sim/shell/sizesuffix.h"

#include <QRegularExpression>

#include <limits>

namespace hangar::sim {

bool parseByteCount(const QString &text, qint64 *count)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([a-zA-Z]*)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    if (!ok)
        return false;
    const QString suffix = match.captured(2);
    qint64 multiplier = 1;
    if (suffix == QLatin1String("b"))
        multiplier = 512;
    else if (suffix == QLatin1String("K") || suffix == QLatin1String("KiB"))
        multiplier = 1024;
    else if (suffix == QLatin1String("kB") || suffix == QLatin1String("KB"))
        multiplier = 1000;
    else if (suffix == QLatin1String("M") || suffix == QLatin1String("MiB"))
        multiplier = 1024 * 1024;
    else if (suffix == QLatin1String("MB"))
        multiplier = 1000 * 1000;
    else if (suffix == QLatin1String("G") || suffix == QLatin1String("GiB"))
        multiplier = 1024LL * 1024 * 1024;
    else if (suffix == QLatin1String("GB"))
        multiplier = 1000LL * 1000 * 1000;
    else if (!suffix.isEmpty())
        return false;
    if (number > std::numeric_limits<qint64>::max() / multiplier)
        return false;
    *count = number * multiplier;
    return true;
}

} // namespace hangar::sim
