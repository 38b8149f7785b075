#include "api/apijob.h"
#include "api/apitransport.h"
#include "fakes/fakenetwork.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using hangar::tests::FakeNetworkAccessManager;
using hangar::tests::FakeRequest;
using hangar::tests::FakeResponse;

namespace {

TransportPolicy fastPolicy()
{
    TransportPolicy policy;
    policy.initialBackoffMs = 4;
    policy.maxBackoffMs = 20;
    policy.maxRetryAfterMs = 20;
    return policy;
}

struct Outcome {
    bool finished = false;
    ApiError error;
    QJsonValue json;
    int attempts = 0;
    int status = 0;
};

Outcome run(ApiTransport &transport, const ApiRequest &request)
{
    ApiJob *job = transport.send(request);
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &ApiJob::finished, job, [job, outcome] {
        outcome->finished = true;
        outcome->error = job->error();
        outcome->json = job->json();
        outcome->attempts = job->attempts();
        outcome->status = job->httpStatus();
    });
    if (!QTest::qWaitFor([outcome] { return outcome->finished; }, 10000))
        qWarning("the job did not finish");
    return *outcome;
}

FakeResponse statusAnswer(int status, const QByteArray &body = "{\"error\":\"simulated\"}")
{
    return FakeResponse::json(status, body);
}

} // namespace

class TestApiTransport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requestsCarryAuthAgentAndAccept_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("macaroon") << "FlyV1 fm2_abc,fm2_def" << QByteArray("FlyV1 fm2_abc,fm2_def");
        QTest::newRow("pasted with bearer") << "Bearer fm1r_xyz" << QByteArray("FlyV1 fm1r_xyz");
        QTest::newRow("user token") << "abcdef123" << QByteArray("Bearer abcdef123");
    }

    void requestsCarryAuthAgentAndAccept()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, authorization);
        FakeNetworkAccessManager network(
            [](const FakeRequest &) { return FakeResponse::json(200, "{\"ok\":true}"); });
        ApiTransport transport(
            &network, RequestFactory(QUrl(QStringLiteral("https://api.machines.dev/v1")), token));
        const Outcome outcome = run(transport, ApiRequest::get(QStringLiteral("/apps/a")));
        QVERIFY(!outcome.error.isError());
        QCOMPARE(outcome.json.toObject().value(QLatin1String("ok")).toBool(), true);
        const FakeRequest &sent = network.requests().first();
        QCOMPARE(sent.url.toString(), QStringLiteral("https://api.machines.dev/v1/apps/a"));
        QCOMPARE(sent.header("Authorization"), authorization);
        QVERIFY(sent.header("User-Agent").startsWith("hangar/"));
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
    }

    void burstOf429sIsAbsorbed()
    {
        int calls = 0;
        FakeNetworkAccessManager network([&calls](const FakeRequest &) {
            if (++calls <= 3) {
                FakeResponse limited = statusAnswer(429);
                limited.headers.append({QByteArray("Retry-After"), QByteArray("1")});
                return limited;
            }
            return FakeResponse::json(200, "[]");
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")),
            fastPolicy());
        const Outcome outcome = run(transport, ApiRequest::get(QStringLiteral("/apps/a/machines")));
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.attempts, 4);
    }

    void serverErrorThenSuccess()
    {
        int calls = 0;
        FakeNetworkAccessManager network([&calls](const FakeRequest &) {
            return ++calls == 1 ? statusAnswer(502) : FakeResponse::json(200, "{}");
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")),
            fastPolicy());
        const Outcome outcome = run(transport, ApiRequest::get(QStringLiteral("/x")));
        QVERIFY(!outcome.error.isError());
        QCOMPARE(calls, 2);
    }

    void createsAreNotRepeatedAfterTheyMayHaveLanded()
    {
        int calls = 0;
        FakeNetworkAccessManager network([&calls](const FakeRequest &) {
            ++calls;
            return statusAnswer(503);
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")),
            fastPolicy());
        const Outcome outcome =
            run(transport, ApiRequest::post(QStringLiteral("/apps/a/machines"), "{}").notRetried());
        QCOMPARE(calls, 1);
        QCOMPARE(outcome.error.httpStatus(), 503);
        QVERIFY(outcome.error.message().contains(QLatin1String("503")));
    }

    void butAreRepeatedWhenTheyNeverLeft()
    {
        int calls = 0;
        FakeNetworkAccessManager network([&calls](const FakeRequest &) {
            return ++calls == 1 ? FakeResponse::networkError(QNetworkReply::ConnectionRefusedError)
                                : FakeResponse::json(200, "{\"id\":\"m1\"}");
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")),
            fastPolicy());
        const Outcome outcome =
            run(transport, ApiRequest::post(QStringLiteral("/apps/a/machines"), "{}").notRetried());
        QVERIFY(!outcome.error.isError());
        QCOMPARE(calls, 2);
    }

    void a429IsRepeatedEvenForACreate()
    {
        int calls = 0;
        FakeNetworkAccessManager network([&calls](const FakeRequest &) {
            return ++calls == 1 ? statusAnswer(429) : FakeResponse::json(200, "{}");
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")),
            fastPolicy());
        QVERIFY(!run(transport, ApiRequest::post(QStringLiteral("/apps"), "{}").notRetried())
                     .error.isError());
        QCOMPARE(calls, 2);
    }

    void retriesStopAtTheLimit()
    {
        int calls = 0;
        FakeNetworkAccessManager network([&calls](const FakeRequest &) {
            ++calls;
            return statusAnswer(500);
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")),
            fastPolicy());
        const Outcome outcome = run(transport, ApiRequest::get(QStringLiteral("/x")));
        QCOMPARE(calls, fastPolicy().maxAttempts);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Http);
        QVERIFY(outcome.error.isTransient());
    }

    void brokenAndMalformedBodiesAreClearErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated")
            << int(FakeResponse::Kind::BrokenBody) << QByteArray("{\"id\":\"m1\",\"na");
        QTest::newRow("not json") << int(FakeResponse::Kind::Answer)
                                  << QByteArray("<html>bad gateway</html>");
        QTest::newRow("cut json") << int(FakeResponse::Kind::Answer)
                                  << QByteArray("{\"id\":\"m1\",\"na");
    }

    void brokenAndMalformedBodiesAreClearErrors()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        FakeNetworkAccessManager network([kind, body](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, body);
            response.kind = FakeResponse::Kind(kind);
            return response;
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")),
            fastPolicy());
        const Outcome outcome =
            run(transport, ApiRequest::post(QStringLiteral("/x"), "{}").notRetried());
        QCOMPARE(outcome.error.kind(), ApiError::Kind::MalformedResponse);
        QVERIFY(outcome.error.message().contains(QLatin1String("could not read")));
        QCOMPARE(network.requests().size(), 1);
    }

    void aTimeoutIsReportedAsSuch()
    {
        FakeNetworkAccessManager network([](const FakeRequest &) {
            FakeResponse hang;
            hang.kind = FakeResponse::Kind::Hang;
            return hang;
        });
        TransportPolicy policy = fastPolicy();
        policy.maxAttempts = 2;
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")), policy);
        ApiRequest request = ApiRequest::get(QStringLiteral("/slow"));
        request.timeoutMs = 30;
        const Outcome outcome = run(transport, request);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(network.requests().size(), 2);
        QVERIFY(outcome.error.message().contains(QLatin1String("x.test")));
    }

    void aCancelledJobNeverCallsBack()
    {
        FakeNetworkAccessManager network([](const FakeRequest &) {
            FakeResponse hang;
            hang.kind = FakeResponse::Kind::Hang;
            return hang;
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")));
        bool called = false;
        ApiJob *inFlight = transport.send(ApiRequest::get(QStringLiteral("/a")));
        connect(inFlight, &ApiJob::finished, this, [&called] { called = true; });
        ApiJob *queued = transport.send(ApiRequest::get(QStringLiteral("/b")));
        connect(queued, &ApiJob::finished, this, [&called] { called = true; });
        QTRY_COMPARE(transport.inFlightCount(), 2);
        inFlight->cancel();
        queued->cancel();
        QTest::qWait(50);
        QVERIFY(!called);
        QCOMPARE(transport.inFlightCount(), 0);
        QCOMPARE(transport.queuedCount(), 0);
    }

    void neverMoreInFlightThanTheCap()
    {
        FakeNetworkAccessManager network([](const FakeRequest &) {
            FakeResponse hang;
            hang.kind = FakeResponse::Kind::Hang;
            return hang;
        });
        TransportPolicy policy;
        policy.maxConcurrent = 2;
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")), policy);
        for (int i = 0; i < 5; ++i)
            transport.send(ApiRequest::get(QStringLiteral("/n%1").arg(i)));
        QTest::qWait(50);
        QCOMPARE(network.requests().size(), 2);
        QCOMPARE(transport.inFlightCount(), 2);
        QCOMPARE(transport.queuedCount(), 3);
        transport.cancelAll();
        QTRY_COMPARE(transport.queuedCount() + transport.inFlightCount(), 0);
    }

    void headerCursorPagesAreJoined()
    {
        FakeNetworkAccessManager network([](const FakeRequest &request) {
            const QString cursor = QUrlQuery(request.url).queryItemValue(QStringLiteral("cursor"));
            FakeResponse page = FakeResponse::json(200,
                cursor.isEmpty()                    ? "[{\"id\":\"1\"},{\"id\":\"2\"}]"
                    : cursor == QLatin1String("c2") ? "[]"
                                                    : "[{\"id\":\"3\"}]");
            if (cursor.isEmpty())
                page.headers.append({QByteArray("fly-next-cursor"), QByteArray("c2")});
            else if (cursor == QLatin1String("c2"))
                page.headers.append({QByteArray("fly-next-cursor"),
                    QByteArray("c3")}); // an empty page while more remain
            return page;
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")));
        ApiRequest request = ApiRequest::get(QStringLiteral("/apps/a/machines"));
        request.paging = ApiRequest::Paging::HeaderCursor;
        request.pageSize = 2;
        const Outcome outcome = run(transport, request);
        QCOMPARE(outcome.json.toArray().size(), 3);
        QCOMPARE(network.requests().size(), 3);
        QCOMPARE(QUrlQuery(network.requests().first().url).queryItemValue(QStringLiteral("limit")),
            QStringLiteral("2"));
    }

    void bodyCursorPagesAreJoined()
    {
        FakeNetworkAccessManager network([](const FakeRequest &request) {
            const bool first =
                QUrlQuery(request.url).queryItemValue(QStringLiteral("cursor")).isEmpty();
            return FakeResponse::json(200,
                first ? "{\"total_apps\":3,\"apps\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"next_"
                        "cursor\":\"n\"}"
                      : "{\"total_apps\":3,\"apps\":[{\"name\":\"c\"}]}");
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")));
        ApiRequest request = ApiRequest::get(QStringLiteral("/apps"));
        request.paging = ApiRequest::Paging::BodyCursor;
        request.pagedKey = QStringLiteral("apps");
        const Outcome outcome = run(transport, request);
        QCOMPARE(outcome.json.toObject().value(QLatin1String("apps")).toArray().size(), 3);
        QCOMPARE(outcome.json.toObject().value(QLatin1String("total_apps")).toInt(), 3);
        QVERIFY(!outcome.json.toObject().contains(QLatin1String("next_cursor")));
    }

    void aRepeatedCursorEndsTheListWithAnError()
    {
        FakeNetworkAccessManager network([](const FakeRequest &) {
            FakeResponse page = FakeResponse::json(200, "[{\"id\":\"1\"}]");
            page.headers.append({QByteArray("fly-next-cursor"), QByteArray("same")});
            return page;
        });
        ApiTransport transport(&network,
            RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), QStringLiteral("t")));
        ApiRequest request = ApiRequest::get(QStringLiteral("/apps/a/machines"));
        request.paging = ApiRequest::Paging::HeaderCursor;
        QCOMPARE(run(transport, request).error.kind(), ApiError::Kind::MalformedResponse);
    }

    void plainHttpOnlyToLoopback()
    {
        FakeNetworkAccessManager network(
            [](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        ApiTransport remote(&network,
            RequestFactory(QUrl(QStringLiteral("http://api.example.com/v1")), QStringLiteral("t")));
        const Outcome refused = run(remote, ApiRequest::get(QStringLiteral("/apps")));
        QCOMPARE(refused.error.kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(refused.error.message().contains(QLatin1String("https")));
        QCOMPARE(network.requests().size(), 0);
        ApiTransport local(&network,
            RequestFactory(QUrl(QStringLiteral("http://127.0.0.1:4280/v1")), QStringLiteral("t")));
        QVERIFY(!run(local, ApiRequest::get(QStringLiteral("/apps"))).error.isError());
    }

    void errorBodiesInAllThreeShapes()
    {
        const ApiError plain = ApiError::fromHttp(404, "404 page not found\n", "rid");
        QCOMPARE(plain.serverMessage(), QStringLiteral("404 page not found"));
        QCOMPARE(plain.reason(), ApiError::Reason::NotFound);
        const ApiError lease = ApiError::fromHttp(409,
            "{\"status\":\"error\",\"message\":\"machine ID x lease currently held by "
            "y\",\"code\":\"invalid\"}",
            "rid");
        QCOMPARE(lease.reason(), ApiError::Reason::LeaseHeld);
        QCOMPARE(lease.serverCode(), QStringLiteral("invalid"));
        const ApiError taken = ApiError::fromHttp(422,
            "{\"error\":\"Validation failed: Name has already been "
            "taken\",\"status\":\"name_taken\"}",
            "rid");
        QCOMPARE(taken.reason(), ApiError::Reason::NameTaken);
        QVERIFY(taken.details().contains(QLatin1String("fly-request-id: rid")));
    }

    void wireLogRedactsTheToken()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("hangar.api.wire.debug=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                       const QString &message) { captured.append(message); });
        const QString token = QStringLiteral("FlyV1 fm2_supersecretvalue");
        FakeNetworkAccessManager network([](const FakeRequest &) {
            return FakeResponse::json(200, "{\"echo\":\"fm2_supersecretvalue\"}");
        });
        ApiTransport transport(
            &network, RequestFactory(QUrl(QStringLiteral("https://x.test/v1")), token));
        ApiRequest request =
            ApiRequest::post(QStringLiteral("/x"), "{\"t\":\"fm2_supersecretvalue\"}");
        request.headers.append({QByteArray("fly-machine-lease-nonce"), QByteArray("abc123")});
        run(transport, request);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = captured.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("--> POST")));
        QVERIFY(all.contains(QLatin1String("<-- 200")));
        QVERIFY(all.contains(QLatin1String("Authorization: FlyV1 [redacted]")));
        QVERIFY(!all.contains(QLatin1String("supersecretvalue")));
        QVERIFY(!all.contains(QLatin1String("abc123")));
    }
};

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_apitransport.moc"
