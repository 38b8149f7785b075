#include "sim/http/httpserver.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace hangar::sim {

HttpServer::HttpServer(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::close()
{
    m_server->close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>();
    for (HttpConnection *connection : connections)
        connection->reset();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, m_limits, this);
}

} // namespace hangar::sim
