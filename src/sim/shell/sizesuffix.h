#pragma once

#include <QString>

namespace hangar::sim {

// A byte count as GNU head, tail and dd read it: digits with an optional multiplier suffix
// (b = 512, K/KiB = 1024, kB = 1000, M/MiB, MB, G/GiB, GB). False for anything else or an
// overflow. Signs are the callers' business.
bool parseByteCount(const QString &text, qint64 *count);

} // namespace hangar::sim
