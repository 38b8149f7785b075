#include "gui/panels/panelformat.h"

#include "api/values/guestconfig.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTabWidget>

namespace hangar::gui {

namespace {
// The translation context of these helpers.
class PanelFormat {
    Q_DECLARE_TR_FUNCTIONS(PanelFormat)
};
} // namespace

QString placeholder()
{
    return QStringLiteral("—");
}

QString formatGuest(const api::GuestConfig &guest)
{
    const QString preset = guest.presetName();
    const QString memory = guest.memoryMb() % 1024 == 0
        ? PanelFormat::tr("%1 GB").arg(guest.memoryMb() / 1024)
        : PanelFormat::tr("%1 MB").arg(guest.memoryMb());
    const QString kind = guest.cpuKind() == QLatin1String("performance")
        ? PanelFormat::tr("performance")
        : PanelFormat::tr("shared");
    const QString description =
        PanelFormat::tr("%n %1 CPU(s), %2", nullptr, guest.cpus()).arg(kind, memory);
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
        return PanelFormat::tr("just now");
    if (seconds < 3600)
        return PanelFormat::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return PanelFormat::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return PanelFormat::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool showTabNamed(QTabWidget *tabs, const QString &name)
{
    const QString wanted = name.toLower() + QStringLiteral("tab");
    for (int index = 0; index < tabs->count(); ++index) {
        if (tabs->widget(index)->objectName().toLower() == wanted) {
            tabs->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace hangar::gui
