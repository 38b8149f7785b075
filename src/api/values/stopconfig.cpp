#include "api/values/stopconfig.h"

#include "api/values/durations.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString StopConfig::signal() const
{
    return stringValue("signal"_L1);
}

void StopConfig::setSignal(const QString &signal)
{
    setField("signal"_L1, signal);
}

qint64 StopConfig::timeoutMs() const
{
    return parseDurationMs(field("timeout"_L1)).value_or(0);
}

void StopConfig::setTimeoutMs(qint64 milliseconds)
{
    setField("timeout"_L1, formatGoDuration(milliseconds));
}

} // namespace hangar::api
