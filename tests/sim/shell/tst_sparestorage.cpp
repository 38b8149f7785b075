#include "sim/shell/sparestorage.h"

#include <QTest>

using namespace hangar::sim;

namespace {

// An unshared buffer of `capacity` bytes holding `contents`.
QByteArray bufferOf(qsizetype capacity, const QByteArray &contents = {})
{
    QByteArray bytes;
    bytes.reserve(capacity);
    bytes.append(contents);
    return bytes;
}

} // namespace

class TestSpareStorage : public QObject {
    Q_OBJECT

private slots:
    void keepsALargeUnsharedBuffer();
    void refusesSmallHugeSharedAndBorrowedBuffers();
    void keepsTheLargestOffered();
    void growIntoKeepsTheContents();
    void growIntoNeedsRoomAndSomethingLarger();
    void copiesStartEmpty();
};

void TestSpareStorage::keepsALargeUnsharedBuffer()
{
    SpareStorage spare;
    QByteArray bytes = bufferOf(2 << 20, "old");
    const qsizetype capacity = bytes.capacity();
    spare.offer(std::move(bytes));
    QVERIFY(bytes.isEmpty());
    QCOMPARE(spare.capacity(), capacity);
}

void TestSpareStorage::refusesSmallHugeSharedAndBorrowedBuffers()
{
    SpareStorage spare;
    QByteArray small = bufferOf(SpareStorage::MinimumBytes / 2);
    spare.offer(std::move(small));
    QCOMPARE(spare.capacity(), 0);

    QByteArray huge = bufferOf(SpareStorage::MaximumBytes + 4096);
    spare.offer(std::move(huge));
    QCOMPARE(spare.capacity(), 0);

    QByteArray shared = bufferOf(2 << 20, "still read elsewhere");
    const QByteArray reader = shared;
    spare.offer(std::move(shared));
    QCOMPARE(spare.capacity(), 0);
    QCOMPARE(reader, QByteArray("still read elsewhere"));

    const QByteArray owner(2 << 20, 'x');
    QByteArray borrowed = QByteArray::fromRawData(owner.constData(), owner.size());
    spare.offer(std::move(borrowed));
    QCOMPARE(spare.capacity(), 0);
}

void TestSpareStorage::keepsTheLargestOffered()
{
    SpareStorage spare;
    QByteArray large = bufferOf(8 << 20);
    const qsizetype largeCapacity = large.capacity();
    spare.offer(std::move(large));
    QByteArray smaller = bufferOf(2 << 20);
    spare.offer(std::move(smaller));
    QCOMPARE(spare.capacity(), largeCapacity);
    QVERIFY(smaller.isEmpty()); // let go of, not handed back
}

void TestSpareStorage::growIntoKeepsTheContents()
{
    SpareStorage spare;
    QByteArray kept = bufferOf(8 << 20, "stale contents");
    const char *memory = kept.constData();
    spare.offer(std::move(kept));

    QByteArray file("the file so far");
    QVERIFY(spare.growInto(file, 4 << 20));
    QCOMPARE(file, QByteArray("the file so far"));
    QCOMPARE(file.constData(), memory);
    QVERIFY(file.capacity() >= 4 << 20);
    QCOMPARE(spare.capacity(), 0); // handed out once

    // Growing within the capacity writes into the same memory.
    file.resize(4 << 20);
    QCOMPARE(file.constData(), memory);
    QVERIFY(file.startsWith("the file so far"));
}

void TestSpareStorage::growIntoNeedsRoomAndSomethingLarger()
{
    SpareStorage spare;
    QByteArray nothing("abc");
    QVERIFY(!spare.growInto(nothing, 16));
    QCOMPARE(nothing, QByteArray("abc"));

    QByteArray kept = bufferOf(2 << 20);
    const qsizetype capacity = kept.capacity();
    spare.offer(std::move(kept));
    QByteArray file("abc");
    QVERIFY(!spare.growInto(file, capacity + 1));
    QCOMPARE(file, QByteArray("abc"));

    QByteArray roomy = bufferOf(capacity + 4096, "abc");
    QVERIFY(!spare.growInto(roomy, 64)); // would not gain anything
    QCOMPARE(spare.capacity(), capacity);
}

void TestSpareStorage::copiesStartEmpty()
{
    SpareStorage spare;
    QByteArray kept = bufferOf(2 << 20);
    spare.offer(std::move(kept));
    QVERIFY(spare.capacity() > 0);

    SpareStorage copy(spare);
    QCOMPARE(copy.capacity(), 0);
    SpareStorage assigned;
    QByteArray other = bufferOf(4 << 20);
    assigned.offer(std::move(other));
    assigned = spare;
    QCOMPARE(assigned.capacity(), 0);
    QVERIFY(spare.capacity() > 0);

    const qsizetype capacity = spare.capacity();
    SpareStorage moved(std::move(spare));
    QCOMPARE(moved.capacity(), capacity);
}

QTEST_GUILESS_MAIN(TestSpareStorage)
#include "tst_sparestorage.moc"
