#include "sim/shell/shell.h"

#include "sim/shell/commandregistry.h"
#include "sim/shell/interpreter.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/outputsink.h"
#include "sim/shell/shellstate.h"

namespace hangar::sim {

Shell::Shell(MachineFs &fs)
    : m_fs(fs)
{
}

void Shell::setWorkingDirectory(const QString &directory)
{
    m_workingDirectory = directory;
}

ExecResult Shell::run(const QStringList &argv, QByteArray stdinData)
{
    ExecResult result;
    if (argv.isEmpty()) {
        result.exitCode = 127;
        result.stderrData = "exec: no command given\n";
        return result;
    }
    const CommandInfo *command = findCommand(argv.constFirst());
    if (!command || command->shellOnly) {
        result.exitCode = 127;
        result.stderrData = QStringLiteral("exec: \"%1\": executable file not found in $PATH\n")
                                .arg(argv.constFirst())
                                .toUtf8();
        return result;
    }
    ShellState state;
    state.cwd = m_workingDirectory;
    state.processId = nextProcessId();
    QByteArray input = std::move(stdinData);
    Interpreter interpreter(m_fs, state, &input, OutputSink::toBuffer(&result.stdoutData),
        OutputSink::toBuffer(&result.stderrData));
    result.exitCode = interpreter.runCommand(argv) & 0xff;
    return result;
}

} // namespace hangar::sim
