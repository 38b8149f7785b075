#pragma once

#include <QList>
#include <QPointer>

#include <functional>

class QObject;

namespace hangar::api {
class ApiJob;
}

namespace hangar::core {

// Calls `then` once, on `context`'s thread, when every one of `jobs` has finished or gone (at
// once, from the event loop, when none is left), or after `timeoutMs`, when those still going
// are cancelled first. Never called once `context` is gone. After a cancelled copy, the requests
// the machine may still run must be done before its temporary files are removed, or a late chunk
// would make one anew.
void whenSettled(const QList<QPointer<api::ApiJob>> &jobs, QObject *context, int timeoutMs,
    std::function<void()> then);

} // namespace hangar::core
