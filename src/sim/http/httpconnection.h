#pragma once

#include "sim/http/httpmessage.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QTcpSocket;

namespace hangar::sim {

class HttpConnection;

// A handle to answer one request, now or later, from the thread the handler runs on (the
// connection itself lives on the server's I/O thread: the answer is passed to it there). Copies
// share one answer: the first respond() wins. Answering after the client went away is a
// harmless no-op.
class HttpResponder final {
public:
    HttpResponder() = default;
    HttpResponder(
        HttpConnection *connection, quint64 serial, std::shared_ptr<std::atomic<bool>> connected);

    void respond(const HttpResponse &response) const;
    // Drops the TCP connection without an answer (a "connection reset" for fault injection).
    void resetConnection() const;
    bool isConnected() const;
    bool isAnswered() const;

private:
    // Runs `work` on the connection's thread, if the connection is still there by then.
    void onConnectionThread(std::function<void(HttpConnection *)> work) const;

    struct State {
        // Both are read here but only followed on the I/O thread, where they are deleted.
        QPointer<QObject> ioContext; // outlives every connection on its thread
        QPointer<HttpConnection> connection;
        quint64 serial = 0;
        bool answered = false;
        std::shared_ptr<std::atomic<bool>> connected; // cleared when the connection goes
    };
    std::shared_ptr<State> m_state;
};

// Gets each request by value: a handler that consumes the body (exec's stdin, megabytes) can
// then own it alone.
using HttpHandler = std::function<void(HttpRequest, const HttpResponder &)>;

struct HttpLimits {
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
};

// One keep-alive HTTP/1.1 connection: parses requests one at a time (pipelined requests wait
// in the buffer), hands each to the handler and writes its answer. It lives on the server's
// I/O thread, a child of the object that accepted it there.
class HttpConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket *socket, const HttpHandler &handler, const HttpLimits &limits,
        QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(quint64 serial, const HttpResponse &response);
    void reset();

private:
    enum class Phase { Head, Body, ChunkedBody, Discard, Waiting, Closing };

    void readAvailable();
    bool parseHead();
    void readBodyFromSocket();
    bool readFixedBody();
    bool readChunkedBody();
    bool discardBody();
    void dispatch();
    void failAndClose(int status, const QByteArray &message);
    void writeResponse(const HttpResponse &response, bool closeAfter);

    QTcpSocket *m_socket;
    HttpHandler m_handler;
    HttpLimits m_limits;
    QByteArray m_buffer;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_bodyRemaining = 0;
    bool m_keepAlive = true;
    bool m_isHead = false;
    quint64 m_serial = 0;
    std::shared_ptr<std::atomic<bool>> m_connected = std::make_shared<std::atomic<bool>>(true);
    int m_discardStatus = 0;
    QByteArray m_discardMessage;
};

} // namespace hangar::sim
