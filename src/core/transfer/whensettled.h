#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QPointer>

#include <functional>

class QObject;

namespace hangar::api {
class ApiError;
class ApiJob;
} // namespace hangar::api

namespace hangar::core {

// An error after which the command may have run, or may yet run, on the machine: the answer
// was lost (a 5xx, a dropped connection, a timeout), unlike a 429, which refuses it first.
bool isLostAnswer(const api::ApiError &error);

// What may still happen on a machine after the client stops listening: requests still on their
// way, and commands whose answers were lost, which the machine may run until their exec timeout
// has passed (lostCommandsEnd; expired when no answer was lost). A request that ends with a
// lost answer while it is waited for may run for lostCommandMayRunMs more.
struct StillRunning {
    QList<QPointer<api::ApiJob>> requests;
    QDeadlineTimer lostCommandsEnd;
    int lostCommandMayRunMs = 0;

    bool mayHaveLostCommands() const { return !lostCommandsEnd.hasExpired(); }
    StillRunning &operator+=(const StillRunning &other);
};

// Calls `then` once, on `context`'s thread, when every request of `stillRunning` has finished
// or gone and its lost commands' time is up (at once, from the event loop, when nothing is
// left). After `timeoutMs` the requests still going are cancelled, and those that had left
// count as lost answers. Never called once `context` is gone. After a cancelled copy, what the
// machine may still run must be done before the temporary files are removed, or a late chunk
// would make one anew.
void whenSettled(
    const StillRunning &stillRunning, QObject *context, int timeoutMs, std::function<void()> then);

} // namespace hangar::core
