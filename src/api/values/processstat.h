#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// {proto, address}: a socket a process listens on.
class ListenSocket : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString proto() const; // "tcp", "udp", ...
    QString address() const; // "0.0.0.0:8080", "[::]:22", ...
};

// One process of GET .../ps.
class ProcessStat : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    qint64 pid() const;
    QString command() const;
    QString directory() const;
    qint64 cpu() const;
    qint64 rss() const;
    qint64 stime() const;
    qint64 rtime() const;
    QList<ListenSocket> listenSockets() const;
};

} // namespace hangar::api
