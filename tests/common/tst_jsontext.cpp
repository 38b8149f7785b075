#include "common/jsontext.h"

#include <QByteArray>
#include <QTest>

using namespace hangar;

class TestJsonText final : public QObject {
    Q_OBJECT

private slots:
    void verbatim_data();
    void verbatim();
    void stringEnd_data();
    void stringEnd();
    void stringEndSameEverywhereAsPortable();
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

void TestJsonText::stringEnd_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("end");
    QTest::newRow("empty string") << QByteArray("\"}") << 0;
    QTest::newRow("base64") << QByteArray("QUJD+/09==\",\"timeout\":3}") << 10;
    QTest::newRow("no quote") << QByteArray("QUJD") << -1;
    QTest::newRow("nothing") << QByteArray() << -1;
    QTest::newRow("escape before the quote") << QByteArray("a\\\"b\"") << -1;
    QTest::newRow("newline before the quote") << QByteArray("a\nb\"") << -1;
    QTest::newRow("UTF-8 before the quote") << QByteArray("caf\xc3\xa9\"") << -1;
    QTest::newRow("odd bytes after the quote") << QByteArray("abc\"\n\\\x80") << 3;
    QTest::newRow("long") << QByteArray(5000, 'A') + "\"" << 5000;
    QTest::newRow("long, quote in the first block")
        << QByteArray("AB\"") + QByteArray(5000, 'A') << 2;
}

void TestJsonText::stringEnd()
{
    QFETCH(QByteArray, text);
    QFETCH(int, end);
    QCOMPARE(verbatimJsonStringEnd(text.constData(), text.size()), qsizetype(end));
    QCOMPARE(verbatimJsonStringEnd(text.constData(), text.size(), true), qsizetype(end));
}

// The AVX2 blocks and the portable code agree for every length around the block size, with the
// quote or an offending byte at every position.
void TestJsonText::stringEndSameEverywhereAsPortable()
{
    const QByteArray offenders("\"\\\n\x7f\x80\x1f\xff", 7);
    for (int length = 0; length <= 100; ++length) {
        const QByteArray clean = QByteArray(length, 'Q') + '"';
        QCOMPARE(verbatimJsonStringEnd(clean.constData(), clean.size()), qsizetype(length));
        for (int at = 0; at < length; ++at) {
            for (const char offender : offenders) {
                QByteArray text = clean;
                text[at] = offender;
                const qsizetype expected = offender == '"' ? at : -1;
                QCOMPARE(verbatimJsonStringEnd(text.constData(), text.size(), true), expected);
                QCOMPARE(verbatimJsonStringEnd(text.constData(), text.size()), expected);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
