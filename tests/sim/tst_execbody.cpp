#include "sim/api/execbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hangar::sim;

class TestExecBody final : public QObject {
    Q_OBJECT

private slots:
    void takesPlainStdinAsItIs();
    void stdinIsTheBodyItselfUnshared();
    void leavesEverythingElseToQJsonDocument_data();
    void leavesEverythingElseToQJsonDocument();
};

void TestExecBody::takesPlainStdinAsItIs()
{
    const QByteArray body = R"( { "command" : ["sh", "-c", "base64 -d > \"$1\"", "a \"stdin\":"],
        "timeout":30, "stdin" : "QUJD+/==", "x": {"stdin": [1, "}"]} } )";
    QByteArray taken = body;
    const std::optional<ExecBody> split = ExecBody::splitPlainStdin(&taken);
    QVERIFY(split);
    QVERIFY(taken.isEmpty());
    QCOMPARE(split->stdinData, QByteArray("QUJD+/=="));
    QCOMPARE(split->object.value(QLatin1String("stdin")).toString(), QString());
    QCOMPARE(split->object.value(QLatin1String("timeout")).toInt(), 30);
    QCOMPARE(split->object.value(QLatin1String("command")).toArray().at(3).toString(),
        QStringLiteral("a \"stdin\":"));
    // The rest equals what QJsonDocument makes of the whole body.
    QJsonObject whole = QJsonDocument::fromJson(body).object();
    QCOMPARE(whole.value(QLatin1String("stdin")).toString().toUtf8(), split->stdinData);
    whole.insert(QLatin1String("stdin"), QString());
    QCOMPARE(split->object, whole);
}

// The stdin text is the body's own memory, cut down; held by nobody else, it can be decoded in
// place.
void TestExecBody::stdinIsTheBodyItselfUnshared()
{
    QByteArray body = R"({"command":["base64","-d"],"stdin":")" + QByteArray(5000, 'Q') + R"("})";
    const char *text = body.constData() + body.indexOf('Q');
    std::optional<ExecBody> split = ExecBody::splitPlainStdin(&body);
    QVERIFY(split);
    QCOMPARE(split->stdinData.constData(), text);
    QCOMPARE(split->stdinData, QByteArray(5000, 'Q'));
    QVERIFY(split->stdinData.isDetached());
}

void TestExecBody::leavesEverythingElseToQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no stdin") << QByteArray(R"({"command":["ls"]})");
    QTest::newRow("escape in stdin") << QByteArray(R"({"command":["cat"],"stdin":"a\nb"})");
    QTest::newRow("non-ASCII stdin")
        << QByteArray("{\"command\":[\"cat\"],\"stdin\":\"\xc3\xa9\"}");
    QTest::newRow("control character") << QByteArray("{\"command\":[\"cat\"],\"stdin\":\"a\tb\"}");
    QTest::newRow("stdin not a string") << QByteArray(R"({"command":["cat"],"stdin":5})");
    QTest::newRow("stdin twice") << QByteArray(
        R"({"stdin":"QQ==","command":["cat"],"stdin":"Qg=="})");
    QTest::newRow("escaped key") << QByteArray(
        R"({"command":["cat"],"stdin":"QQ==","st\u0064in":"Qg=="})");
    QTest::newRow("invalid elsewhere") << QByteArray(R"({"command":["cat",],"stdin":"QQ=="})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"command":["cat"],"stdin":"QQ=="} x)");
    QTest::newRow("unterminated") << QByteArray(R"({"command":["cat"],"stdin":"QQ==)");
    QTest::newRow("array") << QByteArray(R"(["stdin","QQ=="])");
    QTest::newRow("empty") << QByteArray();
}

void TestExecBody::leavesEverythingElseToQJsonDocument()
{
    QFETCH(QByteArray, body);
    QByteArray untouched = body;
    QVERIFY(!ExecBody::splitPlainStdin(&untouched));
    QCOMPARE(untouched, body);
}

QTEST_GUILESS_MAIN(TestExecBody)
#include "tst_execbody.moc"
