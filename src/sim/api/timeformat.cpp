#include "sim/api/timeformat.h"

#include <QDateTime>
#include <QTimeZone>

namespace hangar::sim {

namespace {
QDateTime utc(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
}
} // namespace

QString rfc3339Seconds(qint64 epochMs)
{
    return utc(epochMs).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString rfc3339Millis(qint64 epochMs)
{
    return utc(epochMs).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString rfc3339WithOffset(qint64 epochMs)
{
    return utc(epochMs).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'+00:00'"));
}

} // namespace hangar::sim
