#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// config.stop_config (and a container's stop): the signal sent on stop and how long to wait
// before killing.
class StopConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString signal() const; // SIGHUP SIGINT SIGQUIT SIGKILL SIGUSR1 SIGUSR2 SIGTERM
    void setSignal(const QString &signal);
    // Read from "10s" or nanoseconds; written as a Go duration string. 0 when unset.
    qint64 timeoutMs() const;
    void setTimeoutMs(qint64 milliseconds);
};

} // namespace hangar::api
