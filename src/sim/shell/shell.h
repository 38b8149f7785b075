#pragma once

#include "sim/shell/execresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hangar::sim {

class MachineFs;

// Runs an exec request's `command` inside a simulated machine.
//
// When argv[0] is sh, bash, /bin/sh or /bin/bash the arguments are handled like a real shell's
// ("-c SCRIPT [NAME [ARGS...]]", "-e", "-u", "-x", "-o OPTION", a script file, or a script on
// standard input) and the script runs in the supported POSIX subset (see
// docs/simulator-exec.md). Any other argv runs as one command without shell parsing, like
// execve(2); an unknown command fails with exit status 127 and Fly's "executable file not
// found" message.
//
// The Shell refers to `fs`, which must outlive it; one Shell may serve many run() calls.
class Shell {
public:
    explicit Shell(MachineFs &fs);

    // The working directory commands start in ("/" unless set).
    void setWorkingDirectory(const QString &directory);
    QString workingDirectory() const { return m_workingDirectory; }

    ExecResult run(const QStringList &argv, QByteArray stdinData);

private:
    MachineFs &m_fs;
    QString m_workingDirectory = QStringLiteral("/");
};

} // namespace hangar::sim
