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
    void fastMatchesPortableEncoding();
    void fastMatchesPortableDecoding();
    void fastDecodingStopsWhereThePortableDoes();
    void inPlaceDecodingMatchesDecoding();
    void inPlaceDecodingCopiesNothingUnshared();
    void inPlaceDecodingLeavesSharedTextAlone();
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

namespace {

QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

QByteArray encoded(const QByteArray &plain, base64::Implementation implementation)
{
    QByteArray out;
    base64::appendEncoded(out, plain.constData(), plain.size(), implementation);
    return out;
}

struct Decoded {
    bool valid = false;
    QByteArray bytes;
};

Decoded decoded(const QByteArray &text, base64::Implementation implementation)
{
    Decoded result;
    result.bytes = "kept:";
    result.valid =
        base64::decode(text.constData(), text.size(), &result.bytes, false, implementation);
    return result;
}

} // namespace

// The fast paths (AVX2 blocks where the processor has them) against the plain C++ reference.
// Lengths around the block sizes (24 bytes, 32 characters) and their overhangs matter most.
void TestBase64::fastMatchesPortableEncoding()
{
    if (!base64::acceleratedAvailable())
        qInfo("no AVX2 here: both implementations are the portable one");
    const QByteArray source = noise(700, 7);
    for (qsizetype length = 0; length <= source.size(); ++length) {
        const QByteArray plain = source.left(length);
        QCOMPARE(encoded(plain, base64::Implementation::Fastest),
            encoded(plain, base64::Implementation::Portable));
    }
    // Every sextet value at every position of a block.
    QByteArray all(256 * 3, Qt::Uninitialized);
    for (int i = 0; i < all.size(); ++i)
        all[i] = char(i * 7 / 3);
    QCOMPARE(encoded(all, base64::Implementation::Fastest), all.toBase64());
}

void TestBase64::fastMatchesPortableDecoding()
{
    const QByteArray source = noise(700, 8);
    for (qsizetype length = 0; length <= source.size(); ++length) {
        const QByteArray text = source.left(length).toBase64();
        const Decoded fast = decoded(text, base64::Implementation::Fastest);
        QVERIFY(fast.valid);
        QCOMPARE(fast.bytes, QByteArray("kept:") + source.left(length));
    }
    // Every alphabet character at every position of a block.
    QByteArray alphabet;
    for (int round = 0; round < 3; ++round)
        alphabet += "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int shift = 0; shift < 64; ++shift) {
        const QByteArray text = alphabet.mid(shift, 128);
        QCOMPARE(decoded(text, base64::Implementation::Fastest).bytes,
            decoded(text, base64::Implementation::Portable).bytes);
        QCOMPARE(decoded(text, base64::Implementation::Fastest).bytes.mid(5),
            QByteArray::fromBase64(text));
    }
}

// A character outside the alphabet anywhere in a long run of base64 (whitespace, padding,
// garbage, bytes from 0x80 up) gives the same answer and keeps the same bytes either way.
void TestBase64::fastDecodingStopsWhereThePortableDoes()
{
    const QByteArray text = noise(150, 9).toBase64();
    for (const char odd : {'\n', ' ', '=', '*', '-', '_', '@', '[', '`', '{', '\0', char(0x80),
             char(0xc3), char(0xff)}) {
        for (qsizetype at = 0; at < text.size(); ++at) {
            QByteArray changed = text;
            changed[at] = odd;
            const Decoded fast = decoded(changed, base64::Implementation::Fastest);
            const Decoded portable = decoded(changed, base64::Implementation::Portable);
            QCOMPARE(fast.valid, portable.valid);
            QCOMPARE(fast.bytes, portable.bytes);
            QByteArray inserted = text;
            inserted.insert(at, odd);
            QCOMPARE(decoded(inserted, base64::Implementation::Fastest).bytes,
                decoded(inserted, base64::Implementation::Portable).bytes);
        }
    }
}

// Written over its own input, the answer and the bytes are those of decode(), for every rule,
// length and odd character, with either implementation.
void TestBase64::inPlaceDecodingMatchesDecoding()
{
    QList<QByteArray> texts;
    const QByteArray source = noise(300, 10);
    for (qsizetype length = 0; length <= source.size(); ++length)
        texts.append(source.left(length).toBase64());
    const QByteArray sample = noise(120, 11).toBase64();
    for (const char odd : {'\n', ' ', '=', '*', char(0xff)}) {
        for (qsizetype at = 0; at < sample.size(); at += 7) {
            QByteArray changed = sample;
            changed[at] = odd;
            texts.append(changed);
            texts.append(QByteArray(sample).insert(at, odd));
        }
    }
    texts += {"Zm9v\nYmFy\r\n", " Zm 9v\t", "Zg==\n", "Zg==Zg==", "Z===", "Zm9vYm", "Zm9v*YmFy"};
    for (const base64::Implementation implementation :
        {base64::Implementation::Fastest, base64::Implementation::Portable}) {
        for (const bool ignoreGarbage : {false, true}) {
            for (const QByteArray &text : std::as_const(texts)) {
                QByteArray expected;
                const bool valid = base64::decode(
                    text.constData(), text.size(), &expected, ignoreGarbage, implementation);
                QByteArray inPlace = text;
                inPlace.detach();
                QCOMPARE(base64::decodeInPlace(&inPlace, ignoreGarbage, implementation), valid);
                QCOMPARE(inPlace, expected);
            }
        }
    }
}

void TestBase64::inPlaceDecodingCopiesNothingUnshared()
{
    QByteArray text = noise(3000, 12).toBase64();
    const char *memory = text.constData();
    QVERIFY(base64::decodeInPlace(&text));
    QCOMPARE(text.constData(), memory);
    QCOMPARE(text, QByteArray::fromBase64(noise(3000, 12).toBase64()));
}

void TestBase64::inPlaceDecodingLeavesSharedTextAlone()
{
    const QByteArray original = noise(500, 13).toBase64();
    QByteArray shared = original;
    QVERIFY(base64::decodeInPlace(&shared));
    QCOMPARE(shared, noise(500, 13));
    QCOMPARE(original, noise(500, 13).toBase64());
}

QTEST_GUILESS_MAIN(TestBase64)
#include "tst_base64.moc"
