#include "sim/http/httplistener.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace hangar::sim {

HttpListener::HttpListener(HttpHandler handler, const HttpLimits &limits)
    : m_handler(std::move(handler))
    , m_limits(limits)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpListener::acceptConnections);
}

HttpListener::~HttpListener() = default;

bool HttpListener::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpListener::port() const
{
    return m_server->serverPort();
}

QString HttpListener::errorString() const
{
    return m_server->errorString();
}

void HttpListener::close()
{
    m_server->close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>();
    for (HttpConnection *connection : connections)
        connection->reset();
}

void HttpListener::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, m_limits, this);
}

} // namespace hangar::sim
