// sync, uname, hostname, pwd, dirname, basename and sleep.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"
#include "sim/shell/pathnames.h"

#include <QRegularExpression>

namespace hangar::sim {

namespace {

QString machineHostname(const MachineFs &fs)
{
    QByteArray contents;
    if (fs.readFile(QStringLiteral("/etc/hostname"), &contents) == FsError::Ok) {
        const QString name = QString::fromUtf8(contents).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("localhost");
}

} // namespace

int runSync(CommandContext &)
{
    return 0; // every write is already "on disk"
}

int runUname(CommandContext &context)
{
    OptionParser options({{'a', "all"}, {'s', "kernel-name"}, {'n', "nodename"},
        {'r', "kernel-release"}, {'v', "kernel-version"}, {'m', "machine"}, {'p', "processor"},
        {'i', "hardware-platform"}, {'o', "operating-system"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    if (!options.operands().isEmpty())
        return context.usageError(
            QStringLiteral("extra operand %1").arg(quoted(options.operands().constFirst())));
    const bool all = options.isSet('a');
    const std::pair<char, QString> fields[] = {
        {'s', QStringLiteral("Linux")},
        {'n', machineHostname(context.fs())},
        {'r', QStringLiteral("6.1.0-fly")},
        {'v', QStringLiteral("#1 SMP PREEMPT_DYNAMIC")},
        {'m', QStringLiteral("x86_64")},
        {'p', QStringLiteral("unknown")},
        {'i', QStringLiteral("unknown")},
        {'o', QStringLiteral("GNU/Linux")},
    };
    QStringList selected;
    for (const auto &[option, value] : fields) {
        // -a omits the unknown processor and hardware platform, as GNU uname does.
        const bool unknown = option == 'p' || option == 'i';
        if (options.isSet(option) || (all && !unknown))
            selected.append(value);
    }
    if (selected.isEmpty())
        selected.append(fields[0].second);
    context.writeOut(selected.join(QLatin1Char(' ')) + QLatin1Char('\n'));
    return 0;
}

int runHostname(CommandContext &context)
{
    if (!context.arguments().isEmpty()) {
        context.printError(QStringLiteral("changing the host name is not supported"));
        return 1;
    }
    context.writeOut(machineHostname(context.fs()) + QLatin1Char('\n'));
    return 0;
}

int runPwd(CommandContext &context)
{
    OptionParser options({{'L', "logical"}, {'P', "physical"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    context.writeOut(context.state().cwd + QLatin1Char('\n'));
    return 0;
}

int runDirname(CommandContext &context)
{
    OptionParser options({{'z', "zero"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    if (options.operands().isEmpty())
        return context.usageError(QStringLiteral("missing operand"));
    const QLatin1Char terminator(options.isSet('z') ? '\0' : '\n');
    QString output;
    for (const QString &operand : options.operands())
        output += directoryName(operand) + terminator;
    context.writeOut(output);
    return 0;
}

// basename NAME [SUFFIX], or basename -a|-s SUFFIX NAME...
int runBasename(CommandContext &context)
{
    OptionParser options({{'a', "multiple"}, {'s', "suffix", true}, {'z', "zero"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    QStringList names = options.operands();
    if (names.isEmpty())
        return context.usageError(QStringLiteral("missing operand"));
    QString suffix = options.value('s');
    if (!options.isSet('a') && !options.isSet('s')) {
        if (names.size() > 2)
            return context.usageError(QStringLiteral("extra operand %1").arg(quoted(names.at(2))));
        if (names.size() == 2)
            suffix = names.takeLast();
    }
    const QLatin1Char terminator(options.isSet('z') ? '\0' : '\n');
    QString output;
    for (const QString &name : std::as_const(names)) {
        QString base = baseName(name);
        if (!suffix.isEmpty() && base != suffix && base.endsWith(suffix))
            base.chop(suffix.size());
        output += base + terminator;
    }
    context.writeOut(output);
    return 0;
}

// sleep NUMBER[smhd]...: validated, then returns at once (simulated time does not pass).
int runSleep(CommandContext &context)
{
    static const QRegularExpression interval(QStringLiteral("^(\\d+\\.?\\d*|\\.\\d+)[smhd]?$"));
    const QStringList arguments = context.arguments();
    if (arguments.isEmpty())
        return context.usageError(QStringLiteral("missing operand"));
    for (const QString &argument : arguments) {
        if (!interval.match(argument).hasMatch())
            return context.usageError(
                QStringLiteral("invalid time interval %1").arg(quoted(argument)));
    }
    return 0;
}

} // namespace hangar::sim
