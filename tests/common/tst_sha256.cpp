#include "common/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace hangar;

Q_DECLARE_METATYPE(hangar::Sha256::Implementation)

class TestSha256 final : public QObject {
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void matchesQtInPieces_data();
    void matchesQtInPieces();
    void resultResets();
};

void TestSha256::vectors_data()
{
    QTest::addColumn<Sha256::Implementation>("implementation");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-4 examples (NIST CSRC), plus the block-boundary lengths around padding.
    const QList<std::pair<const char *, Sha256::Implementation>> implementations {
        {"fastest", Sha256::Implementation::Fastest},
        {"portable", Sha256::Implementation::Portable}};
    for (const auto &[name, implementation] : implementations) {
        QTest::addRow("%s empty", name)
            << implementation << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::addRow("%s abc", name)
            << implementation << QByteArray("abc")
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::addRow("%s two blocks", name)
            << implementation
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::addRow("%s 896 bits", name)
            << implementation
            << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmn"
                          "opjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            << QByteArray("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
        QTest::addRow("%s million a", name)
            << implementation << QByteArray(1000000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}

void TestSha256::vectors()
{
    QFETCH(Sha256::Implementation, implementation);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hash(input, implementation).toHex(), digest);
}

void TestSha256::matchesQtInPieces_data()
{
    QTest::addColumn<Sha256::Implementation>("implementation");
    QTest::newRow("fastest") << Sha256::Implementation::Fastest;
    QTest::newRow("portable") << Sha256::Implementation::Portable;
}

// Every length up to a few blocks and random larger ones, fed in random pieces.
void TestSha256::matchesQtInPieces()
{
    QFETCH(Sha256::Implementation, implementation);
    QRandomGenerator random(42);
    for (int round = 0; round < 400; ++round) {
        const int length = round < 200 ? round : int(random.bounded(70000));
        QByteArray data(length, Qt::Uninitialized);
        for (char &byte : data)
            byte = char(random.bounded(256));
        Sha256 sha(implementation);
        int offset = 0;
        while (offset < length) {
            const int piece = qMin(length - offset, int(random.bounded(300)));
            sha.addData(data.constData() + offset, std::size_t(piece));
            offset += piece;
        }
        QCOMPARE(sha.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }
}

void TestSha256::resultResets()
{
    Sha256 sha;
    sha.addData(QByteArray("something else"));
    sha.result();
    sha.addData(QByteArray("abc"));
    QCOMPARE(sha.result().toHex(),
        QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
