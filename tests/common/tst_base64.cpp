#include "common/base64.h"

#include <QRandomGenerator>
#include <QTest>

using namespace hangar;

class TestBase64 final : public QObject {
    Q_OBJECT

private slots:
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void matchesQtForEveryLengthAndByte();
    void appendsAfterWhatIsThere();
    void decodesWhatItEncodes();
    void decodeRules_data();
    void decodeRules();
};

void TestBase64::rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg==");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8=");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg==");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE=");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("high bits") << QByteArray("\xff\xfe\xfd", 3) << QByteArray("//79");
    QTest::newRow("zeros") << QByteArray(4, '\0') << QByteArray("AAAAAA==");
}

void TestBase64::rfc4648Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, encoded);
    QCOMPARE(base64::encode(plain), encoded);
    QCOMPARE(base64::encodedSize(plain.size()), encoded.size());
}

void TestBase64::matchesQtForEveryLengthAndByte()
{
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    QRandomGenerator random(5);
    QByteArray noise(3000, Qt::Uninitialized);
    for (char &c : noise)
        c = char(random.bounded(256));
    for (const QByteArray &source : {all, noise}) {
        for (qsizetype length = 0; length <= source.size(); ++length) {
            const QByteArray plain = source.left(length);
            QCOMPARE(base64::encode(plain), plain.toBase64());
        }
    }
}

void TestBase64::appendsAfterWhatIsThere()
{
    QByteArray out("{\"stdin\":\"");
    base64::appendEncoded(out, "hello", 5);
    out.append("\"}");
    QCOMPARE(out, QByteArray("{\"stdin\":\"aGVsbG8=\"}"));
}

void TestBase64::decodesWhatItEncodes()
{
    QRandomGenerator random(6);
    QByteArray noise(2000, Qt::Uninitialized);
    for (char &c : noise)
        c = char(random.bounded(256));
    for (qsizetype length = 0; length <= noise.size(); ++length) {
        const QByteArray plain = noise.left(length);
        QByteArray decoded("kept:");
        QVERIFY(base64::decode(base64::encode(plain), &decoded));
        QCOMPARE(decoded, QByteArray("kept:") + plain);
    }
}

void TestBase64::decodeRules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ignoreGarbage");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("plain") << QByteArray("Zm9vYmFy") << false << true << QByteArray("foobar");
    QTest::newRow("line breaks") << QByteArray("Zm9v\nYmFy\r\n") << false << true
                                 << QByteArray("foobar");
    QTest::newRow("spaces inside a group")
        << QByteArray(" Zm 9v\t") << false << true << QByteArray("foo");
    QTest::newRow("one pad") << QByteArray("Zm8=") << false << true << QByteArray("fo");
    QTest::newRow("two pads") << QByteArray("Zg==\n") << false << true << QByteArray("f");
    QTest::newRow("garbage") << QByteArray("Zm9v*YmFy") << false << false << QByteArray("foo");
    QTest::newRow("garbage ignored")
        << QByteArray("Zm9v*YmFy") << true << true << QByteArray("foobar");
    QTest::newRow("truncated group") << QByteArray("Zm9vYm") << false << false << QByteArray("foo");
    QTest::newRow("data after padding")
        << QByteArray("Zg==Zg==") << false << false << QByteArray("f");
    QTest::newRow("three pads") << QByteArray("Zg===") << false << false << QByteArray("f");
    QTest::newRow("pad too early") << QByteArray("Z===") << false << false << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << true << QByteArray();
}

void TestBase64::decodeRules()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ignoreGarbage);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    QByteArray output;
    QCOMPARE(base64::decode(text, &output, ignoreGarbage), valid);
    QCOMPARE(output, decoded);
}

QTEST_GUILESS_MAIN(TestBase64)
#include "tst_base64.moc"
