// ls [-l] [-a|-A] [-1] [-p] [-d] [-h] [PATH...]: GNU output for a non-terminal, so one name
// per line, sorted by name in the C locale.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/filemode.h"
#include "sim/shell/formatting.h"
#include "sim/shell/fspath.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"

#include <algorithm>

namespace hangar::sim {

namespace {

struct ListingOptions {
    bool longFormat = false;
    bool showAll = false; // -a: also "." and ".."
    bool showHidden = false; // -a or -A
    bool slashDirectories = false; // -p
    bool humanSizes = false; // -h
};

// Kilobytes a node occupies on ext4 (4 KiB blocks), for the "total" line.
qint64 allocatedKilobytes(const FileInfo &info)
{
    if (info.isDirectory())
        return 4;
    return (info.size + 4095) / 4096 * 4;
}

QString sizeColumn(const FileInfo &info, const ListingOptions &options)
{
    if (info.type == NodeType::CharDevice)
        return QStringLiteral("1, 3");
    const qint64 size = info.isDirectory() ? 4096 : info.size;
    return options.humanSizes ? humanReadableSize(size) : QString::number(size);
}

QString displayName(const FileInfo &info, const QString &name, const ListingOptions &options)
{
    if (options.slashDirectories && info.isDirectory() && !name.endsWith(QLatin1Char('/')))
        return name + QLatin1Char('/');
    return name;
}

// Prints entries (name -> info); directories get a "total" line in long format.
void printEntries(CommandContext &context, const QList<std::pair<QString, FileInfo>> &entries,
    const ListingOptions &options, bool withTotal)
{
    QString output;
    if (!options.longFormat) {
        for (const auto &[name, info] : entries)
            output += displayName(info, name, options) + QLatin1Char('\n');
        context.writeOut(output);
        return;
    }
    qsizetype linkWidth = 1;
    qsizetype sizeWidth = 1;
    qint64 totalKilobytes = 0;
    for (const auto &entry : entries) {
        linkWidth = qMax(linkWidth, QString::number(entry.second.linkCount).size());
        sizeWidth = qMax(sizeWidth, sizeColumn(entry.second, options).size());
        totalKilobytes += allocatedKilobytes(entry.second);
    }
    if (withTotal) {
        output += QStringLiteral("total ")
            + (options.humanSizes ? humanReadableSize(totalKilobytes * 1024)
                                  : QString::number(totalKilobytes))
            + QLatin1Char('\n');
    }
    const qint64 now = context.now();
    for (const auto &[name, info] : entries) {
        output += modeString(info.type, info.mode) + QLatin1Char(' ')
            + padLeft(QString::number(info.linkCount), linkWidth) + QStringLiteral(" root root ")
            + padLeft(sizeColumn(info, options), sizeWidth) + QLatin1Char(' ')
            + formatListingTime(info.mtime, now) + QLatin1Char(' ')
            + displayName(info, name, options) + QLatin1Char('\n');
    }
    context.writeOut(output);
}

bool listDirectory(CommandContext &context, const QString &operand, const FileInfo &self,
    const ListingOptions &options)
{
    const QString path = context.absolutePath(operand);
    QList<FileInfo> children;
    const FsError error = context.fs().list(path, &children);
    if (error != FsError::Ok) {
        context.printError(QStringLiteral("cannot open directory %1: %2")
                               .arg(quoted(operand), fsErrorMessage(error)));
        return false;
    }
    QList<std::pair<QString, FileInfo>> entries;
    if (options.showAll) {
        FileInfo parent = self;
        context.fs().stat(parentPath(normalizePath(path)), &parent);
        entries.append({QStringLiteral("."), self});
        entries.append({QStringLiteral(".."), parent});
    }
    for (const FileInfo &child : std::as_const(children)) {
        if (options.showHidden || !child.name.startsWith(QLatin1Char('.')))
            entries.append({child.name, child});
    }
    printEntries(context, entries, options, true);
    return true;
}

} // namespace

int runLs(CommandContext &context)
{
    OptionParser parser({{'l', nullptr}, {'a', "all"}, {'A', "almost-all"}, {'1', nullptr},
        {'p', nullptr}, {'d', "directory"}, {'h', "human-readable"}});
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorMessage(), 2);
    ListingOptions options;
    options.longFormat = parser.isSet('l');
    const char hidden = parser.lastOf('a', 'A');
    options.showAll = hidden == 'a';
    options.showHidden = hidden != 0;
    options.slashDirectories = parser.isSet('p');
    options.humanSizes = parser.isSet('h');
    const bool directoriesAsFiles = parser.isSet('d');

    QStringList operands = parser.operands();
    if (operands.isEmpty())
        operands.append(QStringLiteral("."));
    std::sort(operands.begin(), operands.end());

    int status = 0;
    QList<std::pair<QString, FileInfo>> files;
    QList<std::pair<QString, FileInfo>> directories;
    for (const QString &operand : std::as_const(operands)) {
        FileInfo info;
        const FsError error = context.fs().stat(context.absolutePath(operand), &info);
        if (error != FsError::Ok) {
            context.printError(
                QStringLiteral("cannot access %1: %2").arg(quoted(operand), fsErrorMessage(error)));
            status = 2;
        } else if (info.isDirectory() && !directoriesAsFiles) {
            directories.append({operand, info});
        } else {
            files.append({operand, info});
        }
    }

    if (!files.isEmpty())
        printEntries(context, files, options, false);
    const bool withHeaders = operands.size() > 1;
    for (qsizetype i = 0; i < directories.size(); ++i) {
        if (i > 0 || !files.isEmpty())
            context.writeOut(QByteArray("\n"));
        if (withHeaders)
            context.writeOut(directories.at(i).first + QStringLiteral(":\n"));
        if (!listDirectory(context, directories.at(i).first, directories.at(i).second, options))
            status = 2;
    }
    return status;
}

} // namespace hangar::sim
