#pragma once

#include "sim/server/faultinjector.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace hangar::sim {

// How a simulator instance is set up: the hangar-sim command line, or the app's sandbox.
struct SimOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port
    QString token; // empty = generate one
    QString stateFile; // empty = keep nothing between runs
    QString seed = QStringLiteral("demo"); // demo | empty | scale:N
    double speed = 1.0;
    bool rateLimit = true;
    FaultSettings faults;
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    bool log = false;
    quint32 randomSeed = 0; // 0 = a new random world every run
    QString contractDirectory; // where to record answers for the contract check
};

struct SimOptionsParse {
    std::optional<SimOptions> options;
    QString error; // set when the command line is wrong
    QString output; // --help / --version text
};

SimOptionsParse parseSimOptions(const QStringList &arguments);

// True for 127.0.0.0/8, ::1 and "localhost": the simulator never listens elsewhere.
bool isLoopbackAddress(const QHostAddress &address);

// Checks a --seed value ("demo", "empty", "scale:N").
bool isValidSeed(const QString &seed, QString *error);

} // namespace hangar::sim
