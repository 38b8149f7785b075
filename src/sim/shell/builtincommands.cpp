// Shell builtins: commands that change the shell itself, plus echo.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/fspath.h"
#include "sim/shell/machinefs.h"

namespace hangar::sim {

namespace {

bool parseStatus(const QString &text, int *status)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || text.startsWith(QLatin1Char('+')))
        return false;
    *status = int(value & 0xff);
    return true;
}

// Decodes echo -e escapes. Returns false when "\c" asked to stop all further output.
bool appendEscaped(const QString &text, QByteArray *out)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            result += c;
            continue;
        }
        const QChar next = text.at(++i);
        switch (next.unicode()) {
        case 'a':
            result += QChar(7);
            break;
        case 'b':
            result += QChar(8);
            break;
        case 'c':
            out->append(result.toUtf8());
            return false;
        case 'e':
            result += QChar(27);
            break;
        case 'f':
            result += QChar(12);
            break;
        case 'n':
            result += QLatin1Char('\n');
            break;
        case 'r':
            result += QLatin1Char('\r');
            break;
        case 't':
            result += QLatin1Char('\t');
            break;
        case 'v':
            result += QChar(11);
            break;
        case '\\':
            result += QLatin1Char('\\');
            break;
        case '0': {
            int value = 0;
            int digits = 0;
            while (digits < 3 && i + 1 < text.size() && text.at(i + 1) >= QLatin1Char('0')
                && text.at(i + 1) <= QLatin1Char('7')) {
                value = value * 8 + (text.at(++i).unicode() - '0');
                ++digits;
            }
            out->append(result.toUtf8());
            result.clear();
            out->append(char(value & 0xff));
            break;
        }
        default:
            result += QLatin1Char('\\');
            result += next;
            break;
        }
    }
    out->append(result.toUtf8());
    return true;
}

} // namespace

int runColon(CommandContext &)
{
    return 0;
}

int runTrue(CommandContext &)
{
    return 0;
}

int runFalse(CommandContext &)
{
    return 1;
}

int runExit(CommandContext &context)
{
    ShellState &state = context.state();
    int status = state.lastStatus;
    const QStringList arguments = context.arguments();
    if (!arguments.isEmpty() && !parseStatus(arguments.constFirst(), &status)) {
        context.writeErr(
            QStringLiteral("sh: exit: Illegal number: %1\n").arg(arguments.constFirst()));
        status = 2;
    }
    state.exitRequested = true;
    state.exitStatus = status;
    return status;
}

int runCd(CommandContext &context)
{
    QStringList arguments = context.arguments();
    if (arguments.value(0) == QLatin1String("--"))
        arguments.removeFirst();
    if (arguments.size() > 1) {
        context.writeErr(QStringLiteral("sh: cd: too many arguments\n"));
        return 2;
    }
    const QString target = arguments.isEmpty() ? QStringLiteral("/root") : arguments.constFirst();
    const QString path = normalizePath(context.absolutePath(target));
    FileInfo info;
    FsError error = context.fs().stat(path, &info);
    if (error == FsError::Ok && !info.isDirectory())
        error = FsError::NotADirectory;
    if (error != FsError::Ok || path.isEmpty()) {
        context.writeErr(
            QStringLiteral("sh: cd: can't cd to %1: %2\n")
                .arg(target, fsErrorMessage(path.isEmpty() ? FsError::NotFound : error)));
        return 2;
    }
    context.state().cwd = path;
    return 0;
}

int runSet(CommandContext &context)
{
    ShellOptions &options = context.state().options;
    const QStringList arguments = context.arguments();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            context.state().positional = arguments.mid(i + 1);
            return 0;
        }
        const bool enable = argument.startsWith(QLatin1Char('-'));
        if (argument.size() < 2 || (!enable && !argument.startsWith(QLatin1Char('+')))) {
            context.state().positional = arguments.mid(i);
            return 0;
        }
        for (qsizetype j = 1; j < argument.size(); ++j) {
            QString name;
            switch (argument.at(j).unicode()) {
            case 'e':
                name = QStringLiteral("errexit");
                break;
            case 'u':
                name = QStringLiteral("nounset");
                break;
            case 'x':
                name = QStringLiteral("xtrace");
                break;
            case 'o':
                name = arguments.value(++i);
                break;
            default:
                context.writeErr(QStringLiteral("sh: set: illegal option %1\n")
                                     .arg(QString(argument.at(0)) + argument.at(j)));
                return 2;
            }
            if (name == QLatin1String("errexit")) {
                options.errexit = enable;
            } else if (name == QLatin1String("nounset")) {
                options.nounset = enable;
            } else if (name == QLatin1String("xtrace")) {
                options.xtrace = enable;
            } else if (name == QLatin1String("pipefail")) {
                options.pipefail = enable;
            } else {
                context.writeErr(QStringLiteral("sh: set: illegal option -o %1\n").arg(name));
                return 2;
            }
        }
    }
    return 0;
}

int runShift(CommandContext &context)
{
    QStringList &positional = context.state().positional;
    const QString argument = context.arguments().value(0, QStringLiteral("1"));
    bool ok = false;
    const int count = argument.toInt(&ok);
    if (!ok || count < 0) {
        context.writeErr(QStringLiteral("sh: shift: Illegal number: %1\n").arg(argument));
        return 2;
    }
    if (count > positional.size()) {
        context.writeErr(QStringLiteral("sh: shift: can't shift that many\n"));
        return 2;
    }
    positional.remove(0, count);
    return 0;
}

// echo [-neE] [STRING...]: options are only recognised before the first other argument, and
// escapes are only interpreted with -e (as GNU echo and busybox echo do).
int runEcho(CommandContext &context)
{
    const QStringList arguments = context.arguments();
    bool newline = true;
    bool escapes = false;
    qsizetype first = 0;
    for (; first < arguments.size(); ++first) {
        const QString &argument = arguments.at(first);
        if (argument.size() < 2 || !argument.startsWith(QLatin1Char('-')))
            break;
        const QStringView flags = QStringView(argument).mid(1);
        bool allFlags = true;
        for (const QChar flag : flags)
            allFlags = allFlags && QStringView(u"neE").contains(flag);
        if (!allFlags)
            break;
        for (const QChar flag : flags) {
            if (flag == QLatin1Char('n'))
                newline = false;
            else
                escapes = flag == QLatin1Char('e');
        }
    }
    QByteArray output;
    for (qsizetype i = first; i < arguments.size(); ++i) {
        if (i > first)
            output.append(' ');
        if (!escapes) {
            output.append(arguments.at(i).toUtf8());
        } else if (!appendEscaped(arguments.at(i), &output)) {
            context.writeOut(output);
            return 0;
        }
    }
    if (newline)
        output.append('\n');
    context.writeOut(output);
    return 0;
}

} // namespace hangar::sim
