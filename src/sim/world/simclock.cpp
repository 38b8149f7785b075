#include "sim/world/simclock.h"

#include <QDateTime>

namespace hangar::sim {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace hangar::sim
