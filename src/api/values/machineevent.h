#pragma once

#include "api/values/jsonobjectview.h"

#include <QDateTime>

namespace hangar::api {

// request.exit_event of an "exit" event: how the machine's main process ended.
class ExitEvent : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    int exitCode() const;
    int guestExitCode() const;
    int guestSignal() const;
    int signal() const;
    bool oomKilled() const;
    bool requestedStop() const;
    bool restarting() const;
    QDateTime exitedAt() const; // epoch ms in older answers, RFC 3339 in newer ones
};

// One entry of GET .../events (newest first) or Machine.events.
class MachineEvent : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString id() const;
    QString type() const; // "launch", "start", "exit", "update", ... (not an exhaustive set)
    QString status() const; // the resulting state
    QString source() const; // "user", "flyd", ...
    QDateTime timestamp() const;
    qint64 timestampMs() const; // epoch milliseconds, 0 when missing; for ordering
    QJsonObject request() const; // free-form in the spec
    // request.exit_event, or request.MonitorEvent.exit_event; null when neither is there.
    ExitEvent exitEvent() const;
    int restartCount() const; // request.restart_count
};

} // namespace hangar::api
