#include "common/jsontext.h"

#include <QByteArray>
#include <QTest>

using namespace hangar;

class TestJsonText final : public QObject {
    Q_OBJECT

private slots:
    void verbatim_data();
    void verbatim();
};

void TestJsonText::verbatim_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("verbatim");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("base64") << QByteArray("QUJD+/0123456789xyz==") << true;
    QTest::newRow("printable") << QByteArray(" !#$%&'()*~{|}`") << true;
    QTest::newRow("quote") << QByteArray("a\"b") << false;
    QTest::newRow("backslash") << QByteArray("a\\b") << false;
    QTest::newRow("newline") << QByteArray("a\nb") << false;
    QTest::newRow("tab") << QByteArray("a\tb") << false;
    QTest::newRow("delete") << QByteArray("a\x7f") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("UTF-8") << QByteArray("caf\xc3\xa9") << false;
    // Long enough for the vectorised loop, with the offending byte at the very end.
    QTest::newRow("long, bad last") << QByteArray(4099, 'A') + '"' << false;
    QTest::newRow("long") << QByteArray(4100, 'A') << true;
}

void TestJsonText::verbatim()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, verbatim);
    QCOMPARE(isVerbatimJsonText(text.constData(), text.size()), verbatim);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
