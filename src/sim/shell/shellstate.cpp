#include "sim/shell/shellstate.h"

#include <atomic>

namespace hangar::sim {

qint64 nextProcessId()
{
    static std::atomic<qint64> next {100};
    return next++;
}

} // namespace hangar::sim
