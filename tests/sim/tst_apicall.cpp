#include "sim/api/apicall.h"

#include <QJsonDocument>
#include <QTest>

using namespace hangar::sim;

class TestApiCall final : public QObject {
    Q_OBJECT

private slots:
    void blankBodiesAreEmptyObjects_data();
    void blankBodiesAreEmptyObjects();
    void badBodiesAnswer400();
    void takeBodyMovesItOut();

private:
    ApiCall callWith(const QByteArray &body, std::optional<HttpResponse> *answer) const;
};

ApiCall TestApiCall::callWith(const QByteArray &body, std::optional<HttpResponse> *answer) const
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/apps");
    request.body = body;
    return ApiCall(request, QStringLiteral("/v1/apps"), {},
        [answer](const HttpResponse &response) { answer->emplace(response); });
}

void TestApiCall::blankBodiesAreEmptyObjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces and line breaks") << QByteArray(" \r\n\t ");
}

void TestApiCall::blankBodiesAreEmptyObjects()
{
    QFETCH(QByteArray, body);
    std::optional<HttpResponse> answer;
    const std::optional<QJsonObject> object = callWith(body, &answer).jsonBody();
    QVERIFY(object);
    QVERIFY(object->isEmpty());
    QVERIFY(!answer); // nothing to answer
}

void TestApiCall::badBodiesAnswer400()
{
    std::optional<HttpResponse> answer;
    QVERIFY(!callWith(" {\"a\": ", &answer).jsonBody());
    QVERIFY(answer);
    QCOMPARE(answer->status, 400);
    QVERIFY(answer->body.contains("invalid JSON"));

    std::optional<HttpResponse> notObject;
    QVERIFY(!callWith("[1, 2]\n", &notObject).jsonBody());
    QVERIFY(notObject);
    QCOMPARE(notObject->status, 400);

    std::optional<HttpResponse> padded;
    const std::optional<QJsonObject> object = callWith("\n {\"a\": 1} \n", &padded).jsonBody();
    QVERIFY(object);
    QCOMPARE(object->value(QLatin1String("a")).toInt(), 1);
}

void TestApiCall::takeBodyMovesItOut()
{
    std::optional<HttpResponse> answer;
    QByteArray body(100000, 'x');
    const char *memory = body.constData();
    const ApiCall call = callWith(body, &answer);
    body = QByteArray(); // the call holds the only reference now
    const QByteArray taken = call.takeBody();
    QCOMPARE(taken.constData(), memory);
    QVERIFY(taken.isDetached());
    QVERIFY(call.request().body.isEmpty());
    // What was taken can still be parsed on its own.
    QVERIFY(call.jsonBody(QByteArray("{}")));
}

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
