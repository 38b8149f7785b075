#include "sim/shell/commandcontext.h"

#include "sim/shell/fspath.h"
#include "sim/shell/machinefs.h"

#include <utility>

namespace hangar::sim {

CommandContext::CommandContext(MachineFs &fs, ShellState &state, QStringList argv,
    QByteArray *stdinSource, std::shared_ptr<OutputSink> out, std::shared_ptr<OutputSink> err)
    : m_fs(fs)
    , m_state(state)
    , m_argv(std::move(argv))
    , m_stdinSource(stdinSource)
    , m_out(std::move(out))
    , m_err(std::move(err))
{
    const QString first = m_argv.value(0);
    m_name = first.mid(first.lastIndexOf(QLatin1Char('/')) + 1);
}

qint64 CommandContext::now() const
{
    return m_fs.now();
}

QString CommandContext::absolutePath(const QString &path) const
{
    return resolvePath(m_state.cwd, path);
}

QByteArray CommandContext::readStdin()
{
    m_stdinFile.clear();
    if (!m_stdinSource)
        return {};
    return std::exchange(*m_stdinSource, QByteArray());
}

void CommandContext::printError(const QString &message)
{
    writeErr(m_name + QStringLiteral(": ") + message + QLatin1Char('\n'));
}

int CommandContext::usageError(const QString &message, int status)
{
    printError(message);
    writeErr(QStringLiteral("Try '%1 --help' for more information.\n").arg(m_name));
    return status;
}

QString quoted(const QString &name)
{
    return QLatin1Char('\'') + name + QLatin1Char('\'');
}

} // namespace hangar::sim
