#include "core/transfer/transferoptions.h"

#include "core/settings/settings.h"

#include <limits>

namespace hangar::core {

qint64 askAboveMiB(const Settings &settings)
{
    bool ok = false;
    const qint64 mib = settings.value(Setting::CopyAskAboveMiB).toLongLong(&ok);
    return ok && mib >= 0 ? mib : Settings::defaultOf(Setting::CopyAskAboveMiB).toLongLong();
}

TransferOptions transferOptionsFrom(const Settings &settings)
{
    TransferOptions options;
    const qint64 mib = askAboveMiB(settings);
    options.askAboveBytes = mib > 0 ? mib * 1024 * 1024 : std::numeric_limits<qint64>::max();
    return options;
}

} // namespace hangar::core
