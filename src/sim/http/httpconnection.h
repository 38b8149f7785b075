#pragma once

#include "sim/http/httpmessage.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace hangar::sim {

class HttpConnection;

// A handle to answer one request, now or later. Copies share one answer: the first respond()
// wins. Answering after the client went away is a harmless no-op.
class HttpResponder final {
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 serial);

    void respond(const HttpResponse &response) const;
    // Drops the TCP connection without an answer (a "connection reset" for fault injection).
    void resetConnection() const;
    bool isConnected() const;
    bool isAnswered() const;

private:
    struct State {
        QPointer<HttpConnection> connection;
        quint64 serial = 0;
        bool answered = false;
    };
    std::shared_ptr<State> m_state;
};

using HttpHandler = std::function<void(const HttpRequest &, const HttpResponder &)>;

struct HttpLimits {
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
};

// One keep-alive HTTP/1.1 connection: parses requests one at a time (pipelined requests wait
// in the buffer), hands each to the handler and writes its answer.
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
    int m_discardStatus = 0;
    QByteArray m_discardMessage;
};

} // namespace hangar::sim
