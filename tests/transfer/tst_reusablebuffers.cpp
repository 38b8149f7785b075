#include "core/transfer/reusablebuffers.h"

#include <QTest>

using namespace hangar::core;

class TestReusableBuffers final : public QObject {
    Q_OBJECT

private slots:
    void takesFreshBuffersOfTheSizeAsked();
    void reusesABufferOnceNobodyElseHoldsIt();
    void neverHandsOutABufferStillHeldElsewhere();
    void prefersTheSmallestBufferLargeEnough();
    void makesRoomByForgettingAnIdleBuffer();
    void clearForgetsEverything();
};

void TestReusableBuffers::takesFreshBuffersOfTheSizeAsked()
{
    ReusableBuffers buffers(4);
    const QByteArray buffer = buffers.take(1000);
    QCOMPARE(buffer.size(), 1000);
    QVERIFY(buffer.isDetached());
    QCOMPARE(buffers.keptCount(), 0);
}

void TestReusableBuffers::reusesABufferOnceNobodyElseHoldsIt()
{
    ReusableBuffers buffers(4);
    QByteArray first = buffers.take(4096);
    first.fill('x');
    buffers.keep(first);
    const char *memory = first.constData();
    first = QByteArray(); // the last other holder lets go
    QByteArray again = buffers.take(100);
    QCOMPARE(again.constData(), memory);
    QCOMPARE(again.size(), 100);
    QVERIFY(again.isDetached());
    QCOMPARE(buffers.keptCount(), 0); // handed out: no longer kept
    // Writing to it copies nothing: it is the only holder.
    again[0] = 'y';
    QCOMPARE(again.constData(), memory);
}

void TestReusableBuffers::neverHandsOutABufferStillHeldElsewhere()
{
    ReusableBuffers buffers(4);
    QByteArray held = buffers.take(4096);
    held.fill('h');
    buffers.keep(held);
    const QByteArray other = buffers.take(100);
    QVERIFY(other.constData() != held.constData());
    QCOMPARE(held, QByteArray(4096, 'h'));
    QCOMPARE(buffers.keptCount(), 1);
}

void TestReusableBuffers::prefersTheSmallestBufferLargeEnough()
{
    ReusableBuffers buffers(4);
    QByteArray large = buffers.take(1 << 20);
    QByteArray medium = buffers.take(64 << 10);
    QByteArray small = buffers.take(1 << 10);
    const char *mediumMemory = medium.constData();
    for (QByteArray *buffer : {&large, &medium, &small}) {
        buffers.keep(*buffer);
        *buffer = QByteArray();
    }
    QCOMPARE(buffers.take(10 << 10).constData(), mediumMemory);
    // Nothing kept is large enough: a new one.
    QCOMPARE(buffers.take(2 << 20).size(), 2 << 20);
}

void TestReusableBuffers::makesRoomByForgettingAnIdleBuffer()
{
    ReusableBuffers buffers(2);
    QByteArray busy = buffers.take(100);
    QByteArray idle = buffers.take(100);
    buffers.keep(busy);
    buffers.keep(idle);
    idle = QByteArray();
    QByteArray newer = buffers.take(100000);
    buffers.keep(newer);
    QCOMPARE(buffers.keptCount(), 2); // the idle one went
    // When every kept buffer is busy, a new one is simply not kept.
    QByteArray another = buffers.take(50);
    buffers.keep(another);
    QCOMPARE(buffers.keptCount(), 2);
    QVERIFY(!buffers.take(100).isEmpty());
}

void TestReusableBuffers::clearForgetsEverything()
{
    ReusableBuffers buffers(4);
    QByteArray held = buffers.take(100);
    held.fill('c');
    buffers.keep(held);
    buffers.clear();
    QCOMPARE(buffers.keptCount(), 0);
    QCOMPARE(held, QByteArray(100, 'c')); // still fine for its holder
}

QTEST_GUILESS_MAIN(TestReusableBuffers)
#include "tst_reusablebuffers.moc"
