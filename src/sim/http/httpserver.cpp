#include "sim/http/httpserver.h"

#include "sim/http/httplistener.h"

#include <QCoreApplication>

namespace hangar::sim {

HttpServer::HttpServer(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_ioThread.setObjectName(QStringLiteral("sim-http"));
}

HttpServer::~HttpServer()
{
    stopListener();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    stopListener();
    // Requests come in on the I/O thread and go to the handler on this one. Events posted to
    // this object die with it, and the I/O thread stops before it does.
    m_listener = new HttpListener(
        [this](HttpRequest request, const HttpResponder &responder) {
            QMetaObject::invokeMethod(
                this,
                [this, request = std::move(request), responder]() mutable {
                    m_handler(std::move(request), responder);
                },
                Qt::QueuedConnection);
        },
        m_limits);
    m_listener->moveToThread(&m_ioThread);
    m_ioThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_listener,
        [&] {
            listening = m_listener->listen(address, port);
            m_port = m_listener->port();
            m_error = m_listener->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!listening)
        stopListener();
    return listening;
}

void HttpServer::close()
{
    if (m_listener)
        QMetaObject::invokeMethod(m_listener, &HttpListener::close, Qt::BlockingQueuedConnection);
    m_port = 0;
    dropPendingRequests();
}

void HttpServer::dropPendingRequests()
{
    // Requests read before the connections went are still queued for the handler; nobody could
    // receive their answers, so they must not run (an exec would still change the world).
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

void HttpServer::stopListener()
{
    if (!m_listener)
        return;
    // Deleted on its own thread with its connections, before that thread ends.
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { delete listener; }, Qt::BlockingQueuedConnection);
    m_listener = nullptr;
    m_ioThread.quit();
    m_ioThread.wait();
    dropPendingRequests();
}

} // namespace hangar::sim
