#include "sim/http/httpserver.h"

#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace hangar::sim;

namespace {

// Echoes method, path and body length; "/late" answers after 50 ms.
void echo(const HttpRequest &request, const HttpResponder &responder)
{
    HttpResponse response = HttpResponse::text(200,
        request.method + ' ' + request.path.toUtf8() + ' '
            + QByteArray::number(request.body.size()));
    if (request.path == QLatin1String("/late")) {
        QTimer::singleShot(50, [responder, response] { responder.respond(response); });
        return;
    }
    responder.respond(response);
}

class RawClient {
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Reads until `count` complete responses (by Content-Length) have arrived.
    QList<QByteArray> responses(int count)
    {
        QList<QByteArray> result;
        [[maybe_unused]] const bool arrived = QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                split(result);
                return result.size() >= count;
            },
            5000);
        if (result.size() < count)
            qWarning("only %d of %d responses arrived", int(result.size()), count);
        while (result.size() < count)
            result.append(QByteArray());
        return result;
    }
    bool closedByServer()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    }
    QByteArray buffered()
    {
        m_buffer += m_socket.readAll();
        return m_buffer;
    }
    QTcpSocket &socket() { return m_socket; }

private:
    void split(QList<QByteArray> &out)
    {
        for (;;) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = m_buffer.left(headEnd);
            const qsizetype lengthAt = head.toLower().indexOf("content-length: ");
            const qint64 length =
                lengthAt < 0 ? 0 : head.mid(lengthAt + 16).split('\r').first().toLongLong();
            if (m_buffer.size() < headEnd + 4 + length)
                return;
            out.append(m_buffer.left(headEnd + 4 + length));
            m_buffer.remove(0, headEnd + 4 + length);
        }
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace

class TestHttpServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keepAliveServesSeveralRequests()
    {
        HttpServer server(echo);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write("GET /one HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(client.responses(1).first().endsWith("GET /one 0"));
        client.write("POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        QVERIFY(client.responses(1).first().endsWith("POST /two 5"));
    }

    // Connections run on the server's I/O thread; the handler on the server's own thread, where
    // it may answer at once or later (from a timer).
    void pipelinedRequestsAreAnsweredInOrder()
    {
        QList<QThread *> handlerThreads;
        HttpServer server(
            [&handlerThreads](const HttpRequest &request, const HttpResponder &responder) {
                handlerThreads.append(QThread::currentThread());
                echo(request, responder);
            });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write(
            "GET /late HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n");
        const QList<QByteArray> answers = client.responses(2);
        QVERIFY(answers.at(0).endsWith("GET /late 0"));
        QVERIFY(answers.at(1).endsWith("GET /second 0"));
        QCOMPARE(handlerThreads, QList<QThread *>(2, QThread::currentThread()));
    }

    void chunkedBodiesAreDecoded()
    {
        HttpServer server(echo);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                     "chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
        QVERIFY(client.responses(1).first().endsWith("POST /c 11"));
    }

    void expectContinueGetsA100()
    {
        HttpServer server(echo);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write(
            "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.buffered().startsWith("HTTP/1.1 100 Continue"), 5000);
    }

    void tooLargeBodiesGet413()
    {
        HttpServer server(echo);
        server.setLimits({10, 64 * 1024});
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write(
            "POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n01234567890123456789");
        const QByteArray answer = client.responses(1).first();
        QVERIFY(answer.startsWith("HTTP/1.1 413"));
        QVERIFY(answer.contains("limit of 10 bytes"));
        QVERIFY(client.closedByServer());
    }

    void malformedRequestsGet400AndAClose_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("garbage line") << QByteArray("HELLO\r\n\r\n") << QByteArray("400");
        QTest::newRow("not http") << QByteArray("GET / SPDY/3\r\n\r\n") << QByteArray("400");
        QTest::newRow("bad header")
            << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << QByteArray("400");
        QTest::newRow("bad length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n") << QByteArray("400");
        QTest::newRow("bad chunk")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << QByteArray("400");
        QTest::newRow("huge headers")
            << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'a') + "\r\n\r\n")
            << QByteArray("431");
    }

    void malformedRequestsGet400AndAClose()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        HttpServer server(echo);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write(request);
        QVERIFY(
            client.responses(1).first().startsWith(QByteArray(QByteArray("HTTP/1.1 ") + status)));
        QVERIFY(client.closedByServer());
    }

    void headHasNoBody()
    {
        HttpServer server(echo);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /g HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.buffered().contains("GET /g 0"), 5000);
    }

    void http10ClosesAfterTheAnswer()
    {
        HttpServer server(echo);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write("GET /old HTTP/1.0\r\n\r\n");
        QVERIFY(client.responses(1).first().contains("Connection: close"));
        QVERIFY(client.closedByServer());
    }

    void answeringAfterTheClientLeftIsHarmless()
    {
        HttpResponder kept;
        HttpServer server(
            [&kept](const HttpRequest &, const HttpResponder &responder) { kept = responder; });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        {
            RawClient client(server.port());
            client.write("GET /wait HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(kept.isConnected(), 5000);
            client.socket().abort();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!kept.isConnected(), 5000);
        kept.respond(HttpResponse::text(200, "too late"));
        QVERIFY(kept.isAnswered());
    }

    void resetDropsTheConnection()
    {
        HttpServer server([](const HttpRequest &, const HttpResponder &responder) {
            responder.resetConnection();
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RawClient client(server.port());
        client.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(client.closedByServer());
        QVERIFY(client.buffered().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
