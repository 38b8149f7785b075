#pragma once

#include "sim/http/httpconnection.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

namespace hangar::sim {

// The I/O half of HttpServer, on a thread of its own: it accepts connections, reads their
// requests and writes their answers. Request bodies (megabytes, for exec) so arrive while the
// handler's thread is busy with earlier requests. `handler` is called on this thread.
class HttpListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    HttpListener(HttpHandler handler, const HttpLimits &limits);
    ~HttpListener() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    // Stops listening and drops every open connection.
    void close();

private:
    void acceptConnections();

    HttpHandler m_handler;
    HttpLimits m_limits;
    QTcpServer *m_server;
};

} // namespace hangar::sim
