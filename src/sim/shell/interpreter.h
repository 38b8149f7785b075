#pragma once

#include "sim/shell/outputsink.h"
#include "sim/shell/scriptast.h"
#include "sim/shell/shellstate.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace hangar::sim {

class MachineFs;

// Executes parsed scripts and single commands against a MachineFs. Commands run one after the
// other, in memory: a pipeline passes each command's complete output to the next.
class Interpreter {
public:
    // `stdinSource` is consumed by the first command that reads standard input.
    Interpreter(MachineFs &fs, ShellState &state, QByteArray *stdinSource,
        std::shared_ptr<OutputSink> out, std::shared_ptr<OutputSink> err);

    // Returns the exit status of the script ("exit N", "set -e" and fatal errors stop it early).
    int runScript(const Script &script);
    // Runs one command whose arguments are final (no expansion), as the exec endpoint does.
    int runCommand(const QStringList &argv);

private:
    struct Streams {
        QByteArray *input = nullptr;
        std::shared_ptr<OutputSink> out;
        std::shared_ptr<OutputSink> err;
        QString inputFile; // what `input` was read from, for a "<" redirection
    };

    int runAndOr(const AndOrList &list);
    int runPipeline(const Pipeline &pipeline);
    int runSimpleCommand(const SimpleCommand &command, Streams streams);
    bool applyRedirections(const SimpleCommand &command, Streams *streams, QByteArray *fileInput);
    int invoke(const QStringList &argv, const Streams &streams);
    int flushFileOutput(const QStringList &argv, const Streams &streams, int status);
    void fatal(const QString &message, int status);

    MachineFs &m_fs;
    ShellState &m_state;
    QByteArray *m_stdinSource;
    std::shared_ptr<OutputSink> m_out;
    std::shared_ptr<OutputSink> m_err;
};

} // namespace hangar::sim
