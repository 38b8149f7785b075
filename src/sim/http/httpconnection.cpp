#include "sim/http/httpconnection.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace hangar::sim {

Q_LOGGING_CATEGORY(lcSimHttp, "hangar.sim.http")

HttpResponder::HttpResponder(
    HttpConnection *connection, quint64 serial, std::shared_ptr<std::atomic<bool>> connected)
    : m_state(std::make_shared<State>())
{
    m_state->ioContext = connection->parent();
    m_state->connection = connection;
    m_state->serial = serial;
    m_state->connected = std::move(connected);
}

void HttpResponder::onConnectionThread(std::function<void(HttpConnection *)> work) const
{
    if (!m_state->ioContext || !isConnected())
        return;
    QMetaObject::invokeMethod(
        m_state->ioContext.data(),
        [connection = m_state->connection, work = std::move(work)] {
            if (connection)
                work(connection.data());
        },
        Qt::QueuedConnection);
}

void HttpResponder::respond(const HttpResponse &response) const
{
    if (!m_state || m_state->answered)
        return;
    m_state->answered = true;
    onConnectionThread([serial = m_state->serial, response](
                           HttpConnection *connection) { connection->respond(serial, response); });
}

void HttpResponder::resetConnection() const
{
    if (!m_state || m_state->answered)
        return;
    m_state->answered = true;
    onConnectionThread([](HttpConnection *connection) { connection->reset(); });
}

bool HttpResponder::isConnected() const
{
    return m_state && m_state->connected && m_state->connected->load();
}

bool HttpResponder::isAnswered() const
{
    return m_state && m_state->answered;
}

HttpConnection::HttpConnection(
    QTcpSocket *socket, const HttpHandler &handler, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
}

HttpConnection::~HttpConnection()
{
    m_connected->store(false);
}

void HttpConnection::readAvailable()
{
    if (m_phase == Phase::Body && m_buffer.isEmpty())
        readBodyFromSocket();
    m_buffer.append(m_socket->readAll());
#ifdef Q_OS_LINUX
    {
        const int on = 1;
        ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
#endif
    bool progress = true;
    while (progress && m_socket->isOpen()) {
        switch (m_phase) {
        case Phase::Head:
            progress = parseHead();
            break;
        case Phase::Body:
            progress = readFixedBody();
            break;
        case Phase::ChunkedBody:
            progress = readChunkedBody();
            break;
        case Phase::Discard:
            progress = discardBody();
            break;
        case Phase::Waiting:
        case Phase::Closing:
            progress = false;
            break;
        }
    }
}

bool HttpConnection::parseHead()
{
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            failAndClose(431, "request headers are too large");
        return false;
    }
    if (end > m_limits.maxHeaderBytes) {
        failAndClose(431, "request headers are too large");
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);

    m_request = HttpRequest();
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        failAndClose(400, "malformed request line");
        return false;
    }
    m_request.method = requestLine.at(0).toUpper();
    const QByteArray target = requestLine.at(1);
    if (!target.startsWith('/')) {
        failAndClose(400, "malformed request target");
        return false;
    }
    const qsizetype question = target.indexOf('?');
    m_request.path = QString::fromLatin1(question < 0 ? target : target.left(question));
    if (question >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    m_isHead = m_request.method == "HEAD";
    m_keepAlive = requestLine.at(2) != "HTTP/1.0";

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            failAndClose(400, "malformed header line");
            return false;
        }
        m_request.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;

    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    const QByteArray contentLength = m_request.header("content-length");
    const bool expectContinue = m_request.header("expect").toLower() == "100-continue";
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked" || !contentLength.isEmpty()) {
            failAndClose(400, "unsupported transfer encoding");
            return false;
        }
        if (expectContinue)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_phase = Phase::ChunkedBody;
        m_bodyRemaining = -1;
        return true;
    }

    bool ok = true;
    const qint64 length = contentLength.isEmpty() ? 0 : contentLength.toLongLong(&ok);
    if (!ok || length < 0) {
        failAndClose(400, "malformed Content-Length");
        return false;
    }
    if (length > m_limits.maxBodyBytes) {
        const QByteArray message = "request body of " + QByteArray::number(length)
            + " bytes exceeds the limit of " + QByteArray::number(m_limits.maxBodyBytes) + " bytes";
        if (expectContinue) {
            failAndClose(413, message);
            return false;
        }
        // Read and drop the body so the client sees the 413 instead of a broken pipe.
        m_bodyRemaining = length;
        m_discardStatus = 413;
        m_discardMessage = message;
        m_phase = Phase::Discard;
        return true;
    }
    if (expectContinue && length > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyRemaining = length;
    m_request.body.reserve(length);
    m_phase = Phase::Body;
    return true;
}

// A body arriving on its own goes straight from the socket into the request: exec bodies are
// megabytes, and each extra copy shows in the copy benchmark.
void HttpConnection::readBodyFromSocket()
{
    const qint64 take = qMin(m_socket->bytesAvailable(), m_bodyRemaining);
    if (take <= 0)
        return;
    QByteArray &body = m_request.body;
    const qsizetype before = body.size();
    body.resize(before + take);
    const qint64 read = m_socket->read(body.data() + before, take);
    body.truncate(before + qMax<qint64>(read, 0));
    m_bodyRemaining -= qMax<qint64>(read, 0);
}

bool HttpConnection::readFixedBody()
{
    const qint64 take = qMin<qint64>(m_bodyRemaining, m_buffer.size());
    if (take > 0) {
        m_request.body.append(m_buffer.constData(), take);
        m_buffer.remove(0, take);
        m_bodyRemaining -= take;
    }
    if (m_bodyRemaining > 0)
        return false;
    dispatch();
    return true;
}

bool HttpConnection::readChunkedBody()
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0)
            return false;
        if (m_bodyRemaining == 0) {
            // After the last chunk: trailers up to an empty line.
            m_buffer.remove(0, lineEnd + 2);
            if (lineEnd == 0) {
                dispatch();
                return true;
            }
            continue;
        }
        QByteArray sizeField = m_buffer.left(lineEnd);
        const qsizetype semicolon = sizeField.indexOf(';');
        if (semicolon >= 0)
            sizeField.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            failAndClose(400, "malformed chunk size");
            return false;
        }
        if (m_request.body.size() + size > m_limits.maxBodyBytes) {
            failAndClose(413,
                "request body exceeds the limit of " + QByteArray::number(m_limits.maxBodyBytes)
                    + " bytes");
            return false;
        }
        if (size == 0) {
            m_buffer.remove(0, lineEnd + 2);
            m_bodyRemaining = 0;
            continue;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return false;
        m_request.body.append(m_buffer.constData() + lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

bool HttpConnection::discardBody()
{
    const qint64 take = qMin<qint64>(m_bodyRemaining, m_buffer.size());
    m_buffer.remove(0, take);
    m_bodyRemaining -= take;
    if (m_bodyRemaining > 0)
        return false;
    failAndClose(m_discardStatus, m_discardMessage);
    return false;
}

void HttpConnection::dispatch()
{
    m_phase = Phase::Waiting;
    ++m_serial;
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_handler(std::move(request), HttpResponder(this, m_serial, m_connected));
}

void HttpConnection::respond(quint64 serial, const HttpResponse &response)
{
    // The client may have gone while the answer was on its way here.
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (serial != m_serial || m_phase != Phase::Waiting) {
        qCWarning(lcSimHttp) << "dropping a response for a request that is no longer current";
        return;
    }
    writeResponse(response, !m_keepAlive);
    if (!m_keepAlive)
        return;
    m_phase = Phase::Head;
    // Requests the client pipelined behind this one are already buffered; parse them next.
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

void HttpConnection::reset()
{
    m_phase = Phase::Closing;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::failAndClose(int status, const QByteArray &message)
{
    m_isHead = false;
    HttpResponse response = HttpResponse::json(
        status, QJsonObject {{QStringLiteral("error"), QString::fromUtf8(message)}});
    writeResponse(response, true);
}

void HttpConnection::writeResponse(const HttpResponse &response, bool closeAfter)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (!m_isHead && !response.body.isEmpty())
        m_socket->write(response.body);
    // Out now rather than when the event loop next looks at this socket: the loop may first
    // run other requests that arrived meanwhile, and the client waits for this answer.
    m_socket->flush();
    if (closeAfter) {
        m_phase = Phase::Closing;
        m_socket->disconnectFromHost();
    }
}

} // namespace hangar::sim
