// cp and mv.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/fspath.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"
#include "sim/shell/pathnames.h"
#include "sim/shell/treecopy.h"

namespace hangar::sim {

namespace {

// The sources and where each goes, after GNU's rules for a directory destination.
struct Transfer {
    QStringList sources;
    QString destination;
    bool intoDirectory = false;
};

bool planTransfer(
    CommandContext &context, const QStringList &operands, bool noTargetDirectory, Transfer *plan)
{
    if (operands.isEmpty()) {
        context.usageError(QStringLiteral("missing file operand"));
        return false;
    }
    if (operands.size() == 1) {
        context.usageError(QStringLiteral("missing destination file operand after %1")
                               .arg(quoted(operands.at(0))));
        return false;
    }
    plan->sources = operands.mid(0, operands.size() - 1);
    plan->destination = operands.constLast();
    FileInfo info;
    const bool isDirectory =
        context.fs().stat(context.absolutePath(plan->destination), &info) == FsError::Ok
        && info.isDirectory();
    if (noTargetDirectory && plan->sources.size() > 1) {
        context.usageError(QStringLiteral("extra operand %1").arg(quoted(operands.at(2))));
        return false;
    }
    plan->intoDirectory = isDirectory && !noTargetDirectory;
    if (plan->sources.size() > 1 && !plan->intoDirectory) {
        context.printError(
            QStringLiteral("target %1 is not a directory").arg(quoted(plan->destination)));
        return false;
    }
    return true;
}

QString targetFor(const Transfer &plan, const QString &source)
{
    return plan.intoDirectory ? appendPath(plan.destination, baseName(source)) : plan.destination;
}

// Checks shared by cp and mv; prints the error and returns false when the pair is refused.
bool checkPair(CommandContext &context, const QString &source, const QString &target,
    const FileInfo &sourceInfo, bool *targetExists)
{
    const QString sourcePath = normalizePath(context.absolutePath(source));
    const QString targetPath = normalizePath(context.absolutePath(target));
    if (sourcePath == targetPath) {
        context.printError(
            QStringLiteral("%1 and %2 are the same file").arg(quoted(source), quoted(target)));
        return false;
    }
    FileInfo targetInfo;
    *targetExists = context.fs().stat(targetPath, &targetInfo) == FsError::Ok;
    if (*targetExists && targetInfo.isDirectory() && !sourceInfo.isDirectory()) {
        context.printError(
            QStringLiteral("cannot overwrite directory %1 with non-directory").arg(quoted(target)));
        return false;
    }
    if (*targetExists && !targetInfo.isDirectory() && sourceInfo.isDirectory()) {
        context.printError(QStringLiteral("cannot overwrite non-directory %1 with directory %2")
                               .arg(quoted(target), quoted(source)));
        return false;
    }
    return true;
}

bool isInside(const QString &path, const QString &directory)
{
    return path != directory && isPathAtOrUnder(path, directory);
}

void reportCopyFailure(CommandContext &context, const CopyFailure &failure,
    const QString &sourceOperand, const QString &targetOperand)
{
    const QString message = fsErrorMessage(failure.error);
    switch (failure.step) {
    case CopyFailure::Step::ReadSource:
        context.printError(
            QStringLiteral("cannot open %1 for reading: %2").arg(quoted(sourceOperand), message));
        break;
    case CopyFailure::Step::CreateDirectory:
        context.printError(
            QStringLiteral("cannot create directory %1: %2").arg(quoted(targetOperand), message));
        break;
    case CopyFailure::Step::WriteFile:
        if (failure.error == FsError::NoSpace)
            context.printError(
                QStringLiteral("error writing %1: %2").arg(quoted(targetOperand), message));
        else
            context.printError(QStringLiteral("cannot create regular file %1: %2")
                                   .arg(quoted(targetOperand), message));
        break;
    }
}

bool copyOne(CommandContext &context, const QString &source, const QString &target, bool recursive,
    bool preserve, bool noClobber)
{
    FileInfo sourceInfo;
    const FsError error = context.fs().stat(context.absolutePath(source), &sourceInfo);
    if (error != FsError::Ok) {
        context.printError(
            QStringLiteral("cannot stat %1: %2").arg(quoted(source), fsErrorMessage(error)));
        return false;
    }
    if (sourceInfo.isDirectory() && !recursive) {
        context.printError(
            QStringLiteral("-r not specified; omitting directory %1").arg(quoted(source)));
        return false;
    }
    bool targetExists = false;
    if (!checkPair(context, source, target, sourceInfo, &targetExists))
        return false;
    if (targetExists && noClobber)
        return true;
    const QString sourcePath = normalizePath(context.absolutePath(source));
    const QString targetPath = normalizePath(context.absolutePath(target));
    if (sourceInfo.isDirectory() && isInside(targetPath, sourcePath)) {
        context.printError(QStringLiteral("cannot copy a directory, %1, into itself, %2")
                               .arg(quoted(source), quoted(target)));
        return false;
    }
    CopyFailure failure;
    if (copyTree(context.fs(), sourcePath, targetPath, preserve, &failure))
        return true;
    reportCopyFailure(context, failure, source, target);
    return false;
}

bool moveOne(CommandContext &context, const QString &source, const QString &target, bool noClobber)
{
    MachineFs &fs = context.fs();
    const QString sourcePath = normalizePath(context.absolutePath(source));
    const QString targetPath = normalizePath(context.absolutePath(target));
    FileInfo sourceInfo;
    FsError error = fs.stat(context.absolutePath(source), &sourceInfo);
    if (error != FsError::Ok) {
        context.printError(
            QStringLiteral("cannot stat %1: %2").arg(quoted(source), fsErrorMessage(error)));
        return false;
    }
    bool targetExists = false;
    if (!checkPair(context, source, target, sourceInfo, &targetExists))
        return false;
    if (targetExists && noClobber)
        return true;
    if (sourceInfo.isDirectory() && isInside(targetPath, sourcePath)) {
        context.printError(QStringLiteral("cannot move %1 to a subdirectory of itself, %2")
                               .arg(quoted(source), quoted(target)));
        return false;
    }

    error = fs.rename(sourcePath, targetPath);
    if (error == FsError::CrossDevice) {
        // Like GNU mv: copy (keeping mode and mtime), then remove the source.
        if (targetExists) {
            error = sourceInfo.isDirectory() ? fs.removeDirectory(targetPath)
                                             : fs.removeFile(targetPath);
        } else {
            error = FsError::Ok;
        }
        if (error == FsError::Ok) {
            CopyFailure failure;
            if (!copyTree(fs, sourcePath, targetPath, true, &failure)) {
                reportCopyFailure(context, failure, source, target);
                if (!sourceInfo.isDirectory())
                    fs.removeFile(targetPath);
                return false;
            }
            error = fs.removeRecursively(sourcePath);
            if (error != FsError::Ok) {
                context.printError(QStringLiteral("cannot remove %1: %2")
                                       .arg(quoted(source), fsErrorMessage(error)));
                return false;
            }
        }
    }
    if (error == FsError::Ok)
        return true;
    context.printError(QStringLiteral("cannot move %1 to %2: %3")
                           .arg(quoted(source), quoted(target), fsErrorMessage(error)));
    return false;
}

} // namespace

int runCp(CommandContext &context)
{
    OptionParser options({{'f', "force"}, {'r', "recursive"}, {'R', nullptr}, {'p', nullptr},
        {'a', "archive"}, {'n', "no-clobber"}, {'T', "no-target-directory"}, {'v', "verbose"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    Transfer plan;
    if (!planTransfer(context, options.operands(), options.isSet('T'), &plan))
        return 1;
    const bool recursive = options.isSet('r') || options.isSet('R') || options.isSet('a');
    const bool preserve = options.isSet('p') || options.isSet('a');
    int status = 0;
    for (const QString &source : std::as_const(plan.sources)) {
        const QString target = targetFor(plan, source);
        if (!copyOne(context, source, target, recursive, preserve, options.isSet('n')))
            status = 1;
        else if (options.isSet('v'))
            context.writeOut(QStringLiteral("%1 -> %2\n").arg(quoted(source), quoted(target)));
    }
    return status;
}

int runMv(CommandContext &context)
{
    OptionParser options(
        {{'f', "force"}, {'n', "no-clobber"}, {'T', "no-target-directory"}, {'v', "verbose"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    Transfer plan;
    if (!planTransfer(context, options.operands(), options.isSet('T'), &plan))
        return 1;
    int status = 0;
    for (const QString &source : std::as_const(plan.sources)) {
        const QString target = targetFor(plan, source);
        if (!moveOne(context, source, target, options.isSet('n')))
            status = 1;
        else if (options.isSet('v'))
            context.writeOut(
                QStringLiteral("renamed %1 -> %2\n").arg(quoted(source), quoted(target)));
    }
    return status;
}

} // namespace hangar::sim
