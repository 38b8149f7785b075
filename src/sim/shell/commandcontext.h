#pragma once

#include "sim/shell/outputsink.h"
#include "sim/shell/shellstate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace hangar::sim {

class MachineFs;

// What a command sees while it runs: its arguments, the file systems, the shell state (for
// builtins), one-shot standard input and its two output descriptors.
class CommandContext {
public:
    CommandContext(MachineFs &fs, ShellState &state, QStringList argv, QByteArray *stdinSource,
        std::shared_ptr<OutputSink> out, std::shared_ptr<OutputSink> err);

    // The command's name for messages ("cat"), whatever path argv[0] used.
    const QString &name() const { return m_name; }
    const QStringList &argv() const { return m_argv; }
    QStringList arguments() const { return m_argv.mid(1); }

    MachineFs &fs() const { return m_fs; }
    ShellState &state() const { return m_state; }
    qint64 now() const;

    // `path` made absolute against the working directory (not normalised).
    QString absolutePath(const QString &path) const;

    // Takes all remaining standard input: whoever reads first consumes it, as with a pipe.
    QByteArray readStdin();
    QByteArray *stdinSource() const { return m_stdinSource; }
    // The file standard input was redirected from ("<"), until the input is read; empty
    // otherwise. Lets sha256sum use the file's running digest instead of hashing its bytes.
    const QString &stdinFile() const { return m_stdinFile; }
    void setStdinFile(const QString &path) { m_stdinFile = path; }

    void writeOut(const QByteArray &bytes) { m_out->write(bytes); }
    void writeOut(const QString &text) { m_out->write(text.toUtf8()); }
    void writeErr(const QByteArray &bytes) { m_err->write(bytes); }
    void writeErr(const QString &text) { m_err->write(text.toUtf8()); }
    const std::shared_ptr<OutputSink> &outSink() const { return m_out; }
    const std::shared_ptr<OutputSink> &errSink() const { return m_err; }

    // Prints "NAME: MESSAGE" and a newline to stderr.
    void printError(const QString &message);
    // Prints the message and GNU's "Try 'NAME --help'" hint; returns `status`.
    int usageError(const QString &message, int status = 1);

private:
    MachineFs &m_fs;
    ShellState &m_state;
    QStringList m_argv;
    QString m_name;
    QByteArray *m_stdinSource;
    QString m_stdinFile;
    std::shared_ptr<OutputSink> m_out;
    std::shared_ptr<OutputSink> m_err;
};

// Quotes a file name the way GNU tools do in messages: 'name'.
QString quoted(const QString &name);

} // namespace hangar::sim
