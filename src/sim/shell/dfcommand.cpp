// df [-k] [-P] [-h] [PATH...]: the root file system is /dev/vda, the volume /dev/vdb.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/formatting.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"

namespace hangar::sim {

namespace {

qint64 kilobytesRoundedUp(qint64 bytes)
{
    return (bytes + 1023) / 1024;
}

QStringList usageRow(const FilesystemUsage &usage, bool human)
{
    const qint64 usedBytes = qMin(usage.usedBytes, usage.totalBytes);
    const qint64 availableBytes = usage.totalBytes - usedBytes;
    const qint64 used = kilobytesRoundedUp(usedBytes);
    const qint64 available = qMax<qint64>(0, kilobytesRoundedUp(usage.totalBytes) - used);
    // GNU rounds the percentage up.
    const qint64 denominator = used + available;
    const QString percent = denominator == 0
        ? QStringLiteral("-")
        : QString::number((used * 100 + denominator - 1) / denominator) + QLatin1Char('%');
    if (human) {
        return {usage.device, humanReadableSize(usage.totalBytes), humanReadableSize(usedBytes),
            humanReadableSize(availableBytes), percent, usage.mountPoint};
    }
    return {usage.device, QString::number(kilobytesRoundedUp(usage.totalBytes)),
        QString::number(used), QString::number(available), percent, usage.mountPoint};
}

} // namespace

int runDf(CommandContext &context)
{
    OptionParser options({{'k', nullptr}, {'P', "portability"}, {'h', "human-readable"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    const bool posix = options.isSet('P');
    const bool human = options.lastOf('h', 'k') == 'h';

    QList<FilesystemUsage> filesystems;
    int status = 0;
    if (options.operands().isEmpty())
        filesystems = context.fs().filesystems();
    for (const QString &operand : options.operands()) {
        FilesystemUsage usage;
        const FsError error = context.fs().usage(context.absolutePath(operand), &usage);
        if (error != FsError::Ok) {
            context.printError(operand + QStringLiteral(": ") + fsErrorMessage(error));
            status = 1;
            continue;
        }
        filesystems.append(usage);
    }
    if (filesystems.isEmpty())
        return status;

    QList<QStringList> rows;
    rows.append({QStringLiteral("Filesystem"),
        human ? QStringLiteral("Size")
              : (posix ? QStringLiteral("1024-blocks") : QStringLiteral("1K-blocks")),
        QStringLiteral("Used"), human ? QStringLiteral("Avail") : QStringLiteral("Available"),
        posix ? QStringLiteral("Capacity") : QStringLiteral("Use%"), QStringLiteral("Mounted on")});
    for (const FilesystemUsage &usage : std::as_const(filesystems))
        rows.append(usageRow(usage, human));

    // GNU's minimum column widths; the first column is left-aligned, the numbers right-aligned
    // and the mount point is left unpadded.
    QList<qsizetype> widths {14, 5, 5, 5, 4, 0};
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), row.at(column).size());
    }
    QString output;
    for (const QStringList &row : std::as_const(rows)) {
        output += padRight(row.at(0), widths.at(0));
        for (qsizetype column = 1; column < 5; ++column)
            output += QLatin1Char(' ') + padLeft(row.at(column), widths.at(column));
        output += QLatin1Char(' ') + row.at(5) + QLatin1Char('\n');
    }
    context.writeOut(output);
    return status;
}

} // namespace hangar::sim
