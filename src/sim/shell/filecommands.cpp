// cat, touch, mkdir, rmdir, rm and chmod.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/filemode.h"
#include "sim/shell/fspath.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"
#include "sim/shell/pathnames.h"

#include <QDate>
#include <QRegularExpression>

namespace hangar::sim {

namespace {

// touch -d accepts "@SECONDS" and "YYYY-MM-DD[ HH:MM[:SS]]" (UTC).
bool parseTouchDate(const QString &text, qint64 *seconds)
{
    bool ok = false;
    if (text.startsWith(QLatin1Char('@'))) {
        *seconds = text.mid(1).toLongLong(&ok);
        return ok;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QDate date(
        match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return false;
    constexpr qint64 julianDayOfEpoch = 2440588;
    *seconds = (date.toJulianDay() - julianDayOfEpoch) * 86400 + hour * 3600 + minute * 60 + second;
    return true;
}

bool removeOperand(CommandContext &context, const QString &operand, bool force, bool recursive,
    bool emptyDirectories)
{
    const QString last = baseName(operand);
    if (last == QLatin1String(".") || last == QLatin1String("..")) {
        context.printError(QStringLiteral("refusing to remove '.' or '..' directory: skipping %1")
                               .arg(quoted(operand)));
        return false;
    }
    const QString path = context.absolutePath(operand);
    if (recursive && normalizePath(path) == QLatin1String("/")) {
        context.printError(QStringLiteral("it is dangerous to operate recursively on '/'"));
        context.printError(QStringLiteral("use --no-preserve-root to override this failsafe"));
        return false;
    }
    MachineFs &fs = context.fs();
    FileInfo info;
    FsError error = fs.stat(path, &info);
    if (error == FsError::NotFound && force)
        return true;
    if (error == FsError::Ok) {
        if (!info.isDirectory())
            error = fs.removeFile(path);
        else if (recursive)
            error = fs.removeRecursively(path);
        else if (emptyDirectories)
            error = fs.removeDirectory(path);
        else
            error = FsError::IsADirectory;
    }
    if (error == FsError::Ok)
        return true;
    context.printError(
        QStringLiteral("cannot remove %1: %2").arg(quoted(operand), fsErrorMessage(error)));
    return false;
}

bool changeMode(CommandContext &context, const QString &operand, const QString &path,
    const QString &modeSpec, bool recursive, bool quiet)
{
    MachineFs &fs = context.fs();
    FileInfo info;
    FsError error = fs.stat(path, &info);
    if (error != FsError::Ok) {
        if (!quiet)
            context.printError(
                QStringLiteral("cannot access %1: %2").arg(quoted(operand), fsErrorMessage(error)));
        return false;
    }
    int mode = 0;
    applyModeSpec(modeSpec, info.mode, info.isDirectory(), &mode);
    fs.setMode(path, mode);
    bool ok = true;
    if (recursive && info.isDirectory()) {
        QList<FileInfo> entries;
        fs.list(path, &entries);
        for (const FileInfo &entry : std::as_const(entries)) {
            ok = changeMode(context, appendPath(operand, entry.name), appendPath(path, entry.name),
                     modeSpec, true, quiet)
                && ok;
        }
    }
    return ok;
}

} // namespace

int runCat(CommandContext &context)
{
    OptionParser options({{'u', nullptr}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    QStringList operands = options.operands();
    if (operands.isEmpty())
        operands.append(QStringLiteral("-"));
    int status = 0;
    for (const QString &operand : std::as_const(operands)) {
        if (operand == QLatin1String("-")) {
            context.writeOut(context.readStdin());
            continue;
        }
        QByteArray contents;
        const FsError error = context.fs().readFile(context.absolutePath(operand), &contents);
        if (error != FsError::Ok) {
            context.printError(operand + QStringLiteral(": ") + fsErrorMessage(error));
            status = 1;
            continue;
        }
        context.writeOut(contents);
    }
    return status;
}

int runTouch(CommandContext &context)
{
    OptionParser options({{'a', nullptr}, {'m', nullptr}, {'c', "no-create"}, {'d', "date", true}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    if (options.operands().isEmpty())
        return context.usageError(QStringLiteral("missing file operand"));
    qint64 timestamp = context.now();
    if (options.isSet('d') && !parseTouchDate(options.value('d'), &timestamp)) {
        context.printError(
            QStringLiteral("invalid date format %1").arg(quoted(options.value('d'))));
        return 1;
    }
    MachineFs &fs = context.fs();
    int status = 0;
    for (const QString &operand : options.operands()) {
        const QString path = context.absolutePath(operand);
        FsError error = FsError::Ok;
        if (!fs.exists(path)) {
            if (options.isSet('c'))
                continue;
            error = fs.writeFile(path, {});
        }
        if (error == FsError::Ok)
            error = fs.setMtime(path, timestamp);
        if (error != FsError::Ok) {
            context.printError(
                QStringLiteral("cannot touch %1: %2").arg(quoted(operand), fsErrorMessage(error)));
            status = 1;
        }
    }
    return status;
}

int runMkdir(CommandContext &context)
{
    OptionParser options({{'p', "parents"}, {'m', "mode", true}, {'v', "verbose"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    if (options.operands().isEmpty())
        return context.usageError(QStringLiteral("missing operand"));
    int mode = VirtualFs::DefaultDirectoryMode;
    if (options.isSet('m') && !applyModeSpec(options.value('m'), 0777, true, &mode)) {
        context.printError(QStringLiteral("invalid mode %1").arg(quoted(options.value('m'))));
        return 1;
    }
    int status = 0;
    for (const QString &operand : options.operands()) {
        const QString path = context.absolutePath(operand);
        const bool existed = context.fs().exists(path);
        const FsError error = context.fs().makeDirectory(path, options.isSet('p'), mode);
        if (error != FsError::Ok) {
            context.printError(QStringLiteral("cannot create directory %1: %2")
                                   .arg(quoted(operand), fsErrorMessage(error)));
            status = 1;
        } else if (options.isSet('v') && !existed) {
            context.writeOut(QStringLiteral("mkdir: created directory %1\n").arg(quoted(operand)));
        }
    }
    return status;
}

int runRmdir(CommandContext &context)
{
    OptionParser options({{'v', "verbose"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    if (options.operands().isEmpty())
        return context.usageError(QStringLiteral("missing operand"));
    int status = 0;
    for (const QString &operand : options.operands()) {
        const FsError error = context.fs().removeDirectory(context.absolutePath(operand));
        if (error != FsError::Ok) {
            context.printError(QStringLiteral("failed to remove %1: %2")
                                   .arg(quoted(operand), fsErrorMessage(error)));
            status = 1;
        }
    }
    return status;
}

int runRm(CommandContext &context)
{
    OptionParser options(
        {{'f', "force"}, {'r', "recursive"}, {'R', nullptr}, {'d', "dir"}, {'v', "verbose"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    const bool force = options.isSet('f');
    const bool recursive = options.isSet('r') || options.isSet('R');
    if (options.operands().isEmpty())
        return force ? 0 : context.usageError(QStringLiteral("missing operand"));
    int status = 0;
    for (const QString &operand : options.operands()) {
        if (!removeOperand(context, operand, force, recursive, options.isSet('d')))
            status = 1;
        else if (options.isSet('v'))
            context.writeOut(QStringLiteral("removed %1\n").arg(quoted(operand)));
    }
    return status;
}

// chmod [-R] [-f] MODE FILE...; like GNU chmod, "-w" or "-x" is taken as a mode, not an option.
int runChmod(CommandContext &context)
{
    static const QRegularExpression modeLikeOption(QStringLiteral("^-[rwxXst]+$"));
    QStringList arguments = context.arguments();
    QString modeSpec;
    for (qsizetype i = 0; i < arguments.size() && arguments.at(i) != QLatin1String("--"); ++i) {
        if (modeLikeOption.match(arguments.at(i)).hasMatch()) {
            modeSpec = arguments.takeAt(i);
            break;
        }
    }
    OptionParser options({{'R', "recursive"}, {'f', "silent"}, {'v', "verbose"}});
    if (!options.parse(arguments))
        return context.usageError(options.errorMessage());
    QStringList operands = options.operands();
    if (modeSpec.isEmpty() && !operands.isEmpty())
        modeSpec = operands.takeFirst();
    if (modeSpec.isEmpty())
        return context.usageError(QStringLiteral("missing operand"));
    if (operands.isEmpty())
        return context.usageError(QStringLiteral("missing operand after %1").arg(quoted(modeSpec)));
    int probe = 0;
    if (!applyModeSpec(modeSpec, 0, false, &probe))
        return context.usageError(QStringLiteral("invalid mode: %1").arg(quoted(modeSpec)));
    int status = 0;
    for (const QString &operand : std::as_const(operands)) {
        if (!changeMode(context, operand, context.absolutePath(operand), modeSpec,
                options.isSet('R'), options.isSet('f'))) {
            status = 1;
        }
    }
    return status;
}

} // namespace hangar::sim
