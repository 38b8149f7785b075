#pragma once

#include "core/transfer/transferscripts.h"

#include <QString>

namespace hangar::gui {

// How the Files tab writes sizes, rates, durations and file types.
QString formatFileSize(qint64 bytes);
QString formatRate(double bytesPerSecond);
QString formatTimeLeft(qint64 seconds);
QString formatMode(int mode); // "rwxr-xr-x"
QString describeType(const core::scripts::RemoteEntry &entry);

} // namespace hangar::gui
