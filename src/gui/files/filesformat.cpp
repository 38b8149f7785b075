#include "gui/files/filesformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace hangar::gui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hangar::gui::FilesFormat)
};
} // namespace

QString formatFileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString formatRate(double bytesPerSecond)
{
    return Tr::tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

QString formatTimeLeft(qint64 seconds)
{
    if (seconds < 0)
        return Tr::tr("estimating time left");
    if (seconds < 60)
        return Tr::tr("%n second(s) left", nullptr, int(seconds));
    if (seconds < 3600)
        return Tr::tr("%n minute(s) left", nullptr, int((seconds + 30) / 60));
    return Tr::tr("%n hour(s) left", nullptr, int((seconds + 1800) / 3600));
}

QString formatMode(int mode)
{
    QString text;
    const char letters[] = "rwx";
    for (int bit = 8; bit >= 0; --bit)
        text += (mode >> bit) & 1 ? QLatin1Char(letters[(8 - bit) % 3]) : QLatin1Char('-');
    return text;
}

QString describeType(const core::scripts::RemoteEntry &entry)
{
    using Type = core::scripts::StatLine::Type;
    if (entry.type == Type::Directory)
        return Tr::tr("Folder");
    if (entry.type == Type::Other)
        return entry.typeText == QLatin1String("symbolic link") ? Tr::tr("Link") : entry.typeText;
    const qsizetype dot = entry.name.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && dot < entry.name.size() - 1)
        return Tr::tr("%1 file").arg(entry.name.mid(dot + 1).toUpper());
    return Tr::tr("File");
}

} // namespace hangar::gui
