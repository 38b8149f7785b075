#include "core/transfer/transferoptions.h"

#include "core/settings/settings.h"

#include <limits>

namespace hangar::core {

qint64 askAboveMiB(const Settings &settings)
{
    bool ok = false;
    const qint64 mib = settings.value(Setting::CopyAskAboveMiB).toLongLong(&ok);
    if (!ok || mib < 0)
        return Settings::defaultOf(Setting::CopyAskAboveMiB).toLongLong();
    // Kept where bytes still fit a qint64 (anything that large never asks anyway).
    return qMin(mib, std::numeric_limits<qint64>::max() >> 20);
}

TransferOptions transferOptionsFrom(const Settings &settings)
{
    TransferOptions options;
    const qint64 mib = askAboveMiB(settings);
    options.askAboveBytes = mib > 0 ? mib * 1024 * 1024 : std::numeric_limits<qint64>::max();
    return options;
}

} // namespace hangar::core
