// sh / bash: runs a script given with -c, read from a file, or read from standard input.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/interpreter.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/scriptparser.h"

namespace hangar::sim {

namespace {

bool setNamedOption(ShellOptions *options, const QString &name, bool enable)
{
    if (name == QLatin1String("errexit"))
        options->errexit = enable;
    else if (name == QLatin1String("nounset"))
        options->nounset = enable;
    else if (name == QLatin1String("xtrace"))
        options->xtrace = enable;
    else if (name == QLatin1String("pipefail"))
        options->pipefail = enable;
    else
        return false;
    return true;
}

} // namespace

int runSh(CommandContext &context)
{
    const QStringList arguments = context.arguments();
    ShellState state;
    state.cwd = context.state().cwd;
    state.processId = nextProcessId();
    bool commandMode = false;
    bool scriptOnStdin = false;
    qsizetype index = 0;
    for (; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (argument == QLatin1String("--") || argument == QLatin1String("-")) {
            ++index;
            break;
        }
        const bool enable = argument.startsWith(QLatin1Char('-'));
        if (argument.size() < 2 || (!enable && !argument.startsWith(QLatin1Char('+'))))
            break;
        for (qsizetype j = 1; j < argument.size(); ++j) {
            const QChar flag = argument.at(j);
            bool known = true;
            if (flag == QLatin1Char('c'))
                commandMode = true;
            else if (flag == QLatin1Char('s'))
                scriptOnStdin = true;
            else if (flag == QLatin1Char('e'))
                state.options.errexit = enable;
            else if (flag == QLatin1Char('u'))
                state.options.nounset = enable;
            else if (flag == QLatin1Char('x'))
                state.options.xtrace = enable;
            else if (flag == QLatin1Char('o'))
                known = setNamedOption(&state.options, arguments.value(++index), enable);
            else
                known = false;
            if (!known) {
                context.writeErr(QStringLiteral("sh: %1: invalid option\n").arg(argument));
                return 2;
            }
        }
    }
    const QStringList operands = arguments.mid(index);

    QString script;
    if (commandMode) {
        if (operands.isEmpty()) {
            context.writeErr(QStringLiteral("sh: -c requires an argument\n"));
            return 2;
        }
        script = operands.at(0);
        state.scriptName = operands.value(1, context.argv().constFirst());
        state.positional = operands.mid(2);
    } else if (!scriptOnStdin && !operands.isEmpty()) {
        QByteArray contents;
        const FsError error =
            context.fs().readFile(context.absolutePath(operands.at(0)), &contents);
        if (error != FsError::Ok) {
            context.writeErr(QStringLiteral("sh: cannot open %1: %2\n")
                                 .arg(operands.at(0), fsErrorMessage(error)));
            return 2;
        }
        script = QString::fromUtf8(contents);
        state.scriptName = operands.at(0);
        state.positional = operands.mid(1);
    } else {
        script = QString::fromUtf8(context.readStdin());
        state.scriptName = context.argv().constFirst();
        state.positional = operands;
    }

    Script parsed;
    QString error;
    if (!ScriptParser::parse(script, &parsed, &error)) {
        context.writeErr(QStringLiteral("sh: ") + error + QLatin1Char('\n'));
        return 2;
    }
    Interpreter interpreter(
        context.fs(), state, context.stdinSource(), context.outSink(), context.errSink());
    return interpreter.runScript(parsed) & 0xff;
}

} // namespace hangar::sim
