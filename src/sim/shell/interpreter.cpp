#include "sim/shell/interpreter.h"

#include "sim/shell/commandcontext.h"
#include "sim/shell/commandregistry.h"
#include "sim/shell/fspath.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/wordexpander.h"

namespace hangar::sim {

namespace {

QString shellMessage(const QString &message)
{
    return QStringLiteral("sh: ") + message + QLatin1Char('\n');
}

} // namespace

Interpreter::Interpreter(MachineFs &fs, ShellState &state, QByteArray *stdinSource,
    std::shared_ptr<OutputSink> out, std::shared_ptr<OutputSink> err)
    : m_fs(fs)
    , m_state(state)
    , m_stdinSource(stdinSource)
    , m_out(std::move(out))
    , m_err(std::move(err))
{
}

void Interpreter::fatal(const QString &message, int status)
{
    m_err->write(shellMessage(message).toUtf8());
    m_state.exitRequested = true;
    m_state.exitStatus = status;
}

int Interpreter::runScript(const Script &script)
{
    for (const AndOrList &list : script.lists) {
        m_state.lastStatus = runAndOr(list);
        if (m_state.exitRequested)
            return m_state.exitStatus;
    }
    return m_state.lastStatus;
}

int Interpreter::runCommand(const QStringList &argv)
{
    return invoke(argv, {m_stdinSource, m_out, m_err, {}});
}

int Interpreter::runAndOr(const AndOrList &list)
{
    int status = 0;
    for (qsizetype i = 0; i < list.pipelines.size(); ++i) {
        if (i > 0) {
            const bool wantSuccess = list.connectors.at(i - 1) == Connector::And;
            if ((status == 0) != wantSuccess)
                continue;
        }
        const Pipeline &pipeline = list.pipelines.at(i);
        status = runPipeline(pipeline);
        m_state.lastStatus = status;
        if (m_state.exitRequested)
            return m_state.exitStatus;
        // "set -e" ignores failures that a following && or || tests, and negated pipelines.
        const bool tested = i < list.pipelines.size() - 1;
        if (status != 0 && m_state.options.errexit && !tested && !pipeline.negated) {
            m_state.exitRequested = true;
            m_state.exitStatus = status;
            return status;
        }
    }
    return status;
}

int Interpreter::runPipeline(const Pipeline &pipeline)
{
    int status = 0;
    if (pipeline.commands.size() == 1) {
        status =
            runSimpleCommand(pipeline.commands.constFirst(), {m_stdinSource, m_out, m_err, {}});
    } else {
        // Each element runs in a subshell: "cd" or "exit" there does not affect the script.
        QByteArray pipeData;
        int failedStatus = 0;
        for (qsizetype i = 0; i < pipeline.commands.size(); ++i) {
            const bool last = i == pipeline.commands.size() - 1;
            QByteArray nextPipeData;
            ShellState subshellState = m_state;
            subshellState.exitRequested = false;
            QByteArray *input = i == 0 ? m_stdinSource : &pipeData;
            Interpreter subshell(m_fs, subshellState, input,
                last ? m_out : OutputSink::toBuffer(&nextPipeData), m_err);
            status = subshell.runSimpleCommand(
                pipeline.commands.at(i), {input, subshell.m_out, m_err, {}});
            if (subshellState.exitRequested)
                status = subshellState.exitStatus;
            if (status != 0)
                failedStatus = status;
            pipeData = std::move(nextPipeData);
        }
        if (m_state.options.pipefail)
            status = failedStatus;
    }
    if (pipeline.negated)
        status = status == 0 ? 1 : 0;
    return status;
}

int Interpreter::runSimpleCommand(const SimpleCommand &command, Streams streams)
{
    const WordExpander expander(m_state, m_fs);
    QStringList argv;
    for (const Word &word : command.words) {
        QStringList fields;
        QString error;
        if (!expander.expandToFields(word, &fields, &error)) {
            fatal(error, 2);
            return 2;
        }
        argv.append(fields);
    }
    if (m_state.options.xtrace) {
        m_err->write(QStringLiteral("+ %1\n").arg(argv.join(QLatin1Char(' '))).toUtf8());
    }

    QByteArray fileInput;
    if (!applyRedirections(command, &streams, &fileInput))
        return m_state.exitRequested ? m_state.exitStatus : 1;
    int status = argv.isEmpty() ? 0 : invoke(argv, streams);
    return flushFileOutput(argv, streams, status);
}

bool Interpreter::applyRedirections(
    const SimpleCommand &command, Streams *streams, QByteArray *fileInput)
{
    const WordExpander expander(m_state, m_fs);
    for (const Redirection &redirection : command.redirections) {
        std::shared_ptr<OutputSink> &slot = redirection.fd == 2 ? streams->err : streams->out;
        if (redirection.kind == Redirection::Kind::Duplicate) {
            slot = redirection.duplicateOf == 2 ? streams->err : streams->out;
            continue;
        }
        QString target;
        QString error;
        if (!expander.expandToString(redirection.target, &target, &error)) {
            fatal(error, 2);
            return false;
        }
        const QString path = resolvePath(m_state.cwd, target);
        FsError result = FsError::Ok;
        if (redirection.kind == Redirection::Kind::Input) {
            result = m_fs.readFile(path, fileInput);
            if (result == FsError::Ok) {
                streams->input = fileInput;
                streams->inputFile = path;
                continue;
            }
            m_err->write(shellMessage(
                QStringLiteral("cannot open %1: %2").arg(target, fsErrorMessage(result)))
                             .toUtf8());
            return false;
        }
        // Opening truncates (">") or creates (">>") before the command runs, as open(2) does.
        if (MachineFs::isNullDevice(path)) {
            slot = OutputSink::discard();
            continue;
        }
        result = redirection.kind == Redirection::Kind::Append ? m_fs.appendFile(path, {})
                                                               : m_fs.writeFile(path, {});
        if (result != FsError::Ok) {
            m_err->write(shellMessage(
                QStringLiteral("cannot create %1: %2").arg(target, fsErrorMessage(result)))
                             .toUtf8());
            return false;
        }
        slot = OutputSink::toFile(path);
    }
    return true;
}

int Interpreter::flushFileOutput(const QStringList &argv, const Streams &streams, int status)
{
    // After "2>&1" both descriptors share one sink, which is flushed once.
    QList<std::shared_ptr<OutputSink>> sinks {streams.out};
    if (streams.err != streams.out)
        sinks.append(streams.err);
    for (const std::shared_ptr<OutputSink> &sink : std::as_const(sinks)) {
        if (!sink->isFile())
            continue;
        const FsError result = m_fs.appendFile(sink->path(), sink->takePending());
        if (result != FsError::Ok) {
            const QString name = argv.value(0, QStringLiteral("sh"));
            m_err->write(
                QStringLiteral("%1: write error: %2\n")
                    .arg(name.mid(name.lastIndexOf(QLatin1Char('/')) + 1), fsErrorMessage(result))
                    .toUtf8());
            if (status == 0)
                status = 1;
        }
    }
    return status;
}

int Interpreter::invoke(const QStringList &argv, const Streams &streams)
{
    const CommandInfo *command = findCommand(argv.constFirst());
    if (!command) {
        streams.err->write(
            shellMessage(argv.constFirst() + QStringLiteral(": not found")).toUtf8());
        return 127;
    }
    CommandContext context(m_fs, m_state, argv, streams.input, streams.out, streams.err);
    context.setStdinFile(streams.inputFile);
    return command->run(context);
}

} // namespace hangar::sim
