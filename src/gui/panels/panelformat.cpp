#include "gui/panels/panelformat.h"

#include "api/values/guestconfig.h"

#include <QCoreApplication>
#include <QLocale>

namespace hangar::gui {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("PanelFormat", text, nullptr, n);
}
} // namespace

QString placeholder()
{
    return QStringLiteral("—");
}

QString formatGuest(const api::GuestConfig &guest)
{
    const QString preset = guest.presetName();
    const QString memory = guest.memoryMb() % 1024 == 0 ? tr("%1 GB").arg(guest.memoryMb() / 1024)
                                                        : tr("%1 MB").arg(guest.memoryMb());
    const QString kind =
        guest.cpuKind() == QLatin1String("performance") ? tr("performance") : tr("shared");
    const QString description = tr("%n %1 CPU(s), %2", guest.cpus()).arg(kind, memory);
    return preset.isEmpty() ? description : QStringLiteral("%1 (%2)").arg(preset, description);
}

QString formatDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return placeholder();
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString formatAge(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return placeholder();
    const qint64 seconds = qMax<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", int(seconds / 3600));
    return tr("%n day(s) ago", int(seconds / 86400));
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace hangar::gui
