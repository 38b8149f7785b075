#include "sim/shell/commandregistry.h"

#include "sim/shell/commands.h"

#include <iterator>

namespace hangar::sim {

namespace {

constexpr CommandInfo kCommands[] = {
    {":", runColon, true},
    {"[", runTest, false},
    {"base64", runBase64, false},
    {"basename", runBasename, false},
    {"bash", runSh, false},
    {"cat", runCat, false},
    {"cd", runCd, true},
    {"chmod", runChmod, false},
    {"cp", runCp, false},
    {"dd", runDd, false},
    {"df", runDf, false},
    {"dirname", runDirname, false},
    {"echo", runEcho, false},
    {"exit", runExit, true},
    {"false", runFalse, false},
    {"head", runHead, false},
    {"hostname", runHostname, false},
    {"ls", runLs, false},
    {"md5sum", runMd5sum, false},
    {"mkdir", runMkdir, false},
    {"mv", runMv, false},
    {"pwd", runPwd, false},
    {"rm", runRm, false},
    {"rmdir", runRmdir, false},
    {"set", runSet, true},
    {"sh", runSh, false},
    {"sha1sum", runSha1sum, false},
    {"sha256sum", runSha256sum, false},
    {"sha512sum", runSha512sum, false},
    {"shift", runShift, true},
    {"sleep", runSleep, false},
    {"stat", runStat, false},
    {"sync", runSync, false},
    {"tail", runTail, false},
    {"test", runTest, false},
    {"touch", runTouch, false},
    {"true", runTrue, false},
    {"uname", runUname, false},
    {"wc", runWc, false},
};

bool isBinDirectory(const QString &directory)
{
    static const QStringList directories {QStringLiteral("/bin"), QStringLiteral("/usr/bin"),
        QStringLiteral("/sbin"), QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/bin")};
    return directories.contains(directory);
}

} // namespace

const CommandInfo *findCommand(const QString &argv0)
{
    QString name = argv0;
    const qsizetype slash = argv0.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        if (!isBinDirectory(argv0.left(slash)))
            return nullptr;
        name = argv0.mid(slash + 1);
    }
    for (const CommandInfo &command : kCommands) {
        if (name == QLatin1String(command.name))
            return (slash >= 0 && command.shellOnly) ? nullptr : &command;
    }
    return nullptr;
}

QStringList executableCommandNames()
{
    QStringList names;
    for (const CommandInfo &command : kCommands) {
        if (!command.shellOnly)
            names.append(QLatin1String(command.name));
    }
    return names;
}

} // namespace hangar::sim
