#include "sim/api/exechandler.h"

#include "sim/api/execbody.h"
#include "sim/api/handlersupport.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/shell.h"
#include "sim/world/simworld.h"

#include <QJsonArray>

namespace hangar::sim {

QStringList ExecHandler::splitCommandLine(const QString &commandLine)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (const QChar c : commandLine) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current.append(c);
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(current);
            current.clear();
            inWord = false;
        } else {
            current.append(c);
            inWord = true;
        }
    }
    if (inWord)
        words.append(current);
    return words;
}

void ExecHandler::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}/exec"),
        [this](const ApiCall &call) { exec(call); });
}

void ExecHandler::exec(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    // Transfers put megabytes of base64 in "stdin": take them without a JSON round trip, and
    // without a copy.
    QByteArray bodyBytes = call.takeBody();
    std::optional<ExecBody> split = ExecBody::splitPlainStdin(&bodyBytes);
    const auto body = split ? std::optional<QJsonObject>(split->object) : call.jsonBody(bodyBytes);
    if (!body)
        return;
    QStringList argv;
    const QJsonValue command = body->value(QLatin1String("command"));
    if (command.isArray()) {
        for (const QJsonValue &word : command.toArray()) {
            if (!word.isString()) {
                call.replyError(400, QStringLiteral("command must be an array of strings"));
                return;
            }
            argv.append(word.toString());
        }
    } else if (body->value(QLatin1String("cmd")).isString()) {
        argv = splitCommandLine(body->value(QLatin1String("cmd")).toString());
    }
    if (argv.isEmpty()) {
        call.replyError(400,
            QStringLiteral("exec needs a command (an array of strings, e.g. "
                           "[\"ls\", \"-la\", \"/data\"])"));
        return;
    }
    const QJsonValue stdinValue = body->value(QLatin1String("stdin"));
    if (!stdinValue.isUndefined() && !stdinValue.isNull() && !stdinValue.isString()) {
        call.replyError(400, QStringLiteral("stdin must be a string"));
        return;
    }
    if (machine->state != QLatin1String("started")) {
        call.replyError(412,
            QStringLiteral("machine %1 is %2; commands can run only on a started "
                           "machine")
                .arg(machine->id, machine->state));
        return;
    }

    // Moved in and out, so appending to a root-fs file does not copy the whole file each time.
    MachineFs fs(std::move(machine->rootFs));
    if (SimVolume *volume =
            m_context.world.findVolume(machine->appName, machine->mountedVolumeId()))
        fs.mount(machine->mountPath(), volume->files);
    Shell shell(fs);
    const ExecResult result =
        shell.run(argv, split ? std::move(split->stdinData) : stdinValue.toString().toUtf8());
    machine->rootFs = std::move(fs.root());
    m_context.world.notifyChanged();
    call.replyJson(200,
        QJsonObject {{QLatin1String("exit_code"), result.exitCode},
            {QLatin1String("exit_signal"), 0},
            {QLatin1String("stdout"), QString::fromUtf8(result.stdoutData)},
            {QLatin1String("stderr"), QString::fromUtf8(result.stderrData)}});
}

} // namespace hangar::sim
