#pragma once

#include <QByteArray>

namespace hangar::sim {

// What the Machines API's exec endpoint returns (exit_signal is never set by the simulator).
struct ExecResult {
    int exitCode = 0;
    QByteArray stdoutData;
    QByteArray stderrData;
};

} // namespace hangar::sim
