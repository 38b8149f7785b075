#include "core/transfer/chunkhasher.h"

#include <QCryptographicHash>
#include <QTest>

#include <memory>

using namespace hangar::core;

// The hasher's answers arrive as queued calls: these tests wait for them with QTRY, never with
// a timed sleep.
class TestChunkHasher final : public QObject {
    Q_OBJECT

private slots:
    void digestOfChunksEqualsDigestOfWhole();
    void resetStartsAfresh();
    void resultAfterResetIsNotDelivered();
    void noAnswerOnceTheContextIsGone();
};

namespace {

QByteArray chunk(int index, int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((i * 31 + index * 7) & 0xff);
    return data;
}

} // namespace

void TestChunkHasher::digestOfChunksEqualsDigestOfWhole()
{
    QObject context;
    ChunkHasher hasher;
    QCryptographicHash whole(QCryptographicHash::Sha256);
    for (int i = 0; i < 40; ++i) {
        const QByteArray data = chunk(i, 1000 + i * 977);
        hasher.addData(data);
        whole.addData(data);
    }
    QByteArray digest;
    hasher.result(&context, [&](const QByteArray &value) { digest = value; });
    QTRY_COMPARE(digest, whole.result());
}

void TestChunkHasher::resetStartsAfresh()
{
    QObject context;
    ChunkHasher hasher;
    hasher.addData(chunk(1, 100000));
    hasher.reset();
    hasher.addData(QByteArrayLiteral("abc"));
    QByteArray digest;
    hasher.result(&context, [&](const QByteArray &value) { digest = value; });
    QTRY_COMPARE(digest, QCryptographicHash::hash("abc", QCryptographicHash::Sha256));
}

void TestChunkHasher::resultAfterResetIsNotDelivered()
{
    QObject context;
    ChunkHasher hasher;
    hasher.addData(chunk(2, 4096));
    int stale = 0;
    hasher.result(&context, [&](const QByteArray &) { ++stale; });
    hasher.reset();
    QByteArray fresh;
    hasher.result(&context, [&](const QByteArray &value) { fresh = value; });
    QTRY_COMPARE(fresh, QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
    QCoreApplication::processEvents();
    QCOMPARE(stale, 0);
}

void TestChunkHasher::noAnswerOnceTheContextIsGone()
{
    int answers = 0;
    {
        auto context = std::make_unique<QObject>();
        ChunkHasher hasher;
        hasher.addData(chunk(3, 1 << 20));
        hasher.result(context.get(), [&](const QByteArray &) { ++answers; });
        // hasher goes first, waiting for its task; then the context, before the queued answer.
    }
    QCoreApplication::processEvents();
    QCOMPARE(answers, 0);
}

QTEST_GUILESS_MAIN(TestChunkHasher)
#include "tst_chunkhasher.moc"
