#pragma once

#include "sim/http/httpconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

namespace hangar::sim {

class HttpListener;

// A small HTTP/1.1 server for the simulator. It is written on QTcpServer rather than the Qt
// HTTP Server module because the simulator needs what that module (a technology preview in
// Qt 6.4, with an API that changed in 6.5 and 6.8) does not offer on every version: a body size
// limit answered with 413, dropped connections and stalls for fault injection, and answering
// long-polls safely after the client has gone.
//
// Connections run on an I/O thread of the server's own; the handler is called on the thread
// the server lives on, one request at a time, and may answer then or later.
class HttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(HttpHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // For the connections of the next listen().
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    // Stops listening and drops every open connection.
    void close();

private:
    void stopListener();
    void dropPendingRequests();

    HttpHandler m_handler;
    HttpLimits m_limits;
    QThread m_ioThread;
    HttpListener *m_listener = nullptr; // lives on m_ioThread
    quint16 m_port = 0;
    QString m_error;
};

} // namespace hangar::sim
