#include "common/sha256.h"
#include "sim/shell/runningdigest.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <cstring>

using hangar::Sha256;
using hangar::sim::RunningDigest;

namespace {

// A file as VirtualFs keeps it: cut to `keptSize` (zero-extended), then written at `start`.
class TrackedFile {
public:
    void write(qint64 start, const QByteArray &data, qint64 keptSize = -1)
    {
        if (keptSize < 0)
            keptSize = bytes.size();
        bytes.resize(keptSize);
        // As pwrite(2): writing nothing past the end does not extend the file.
        if (!data.isEmpty() && start + data.size() > bytes.size()) {
            const qint64 before = bytes.size();
            bytes.resize(start + data.size());
            if (start > before)
                std::memset(bytes.data() + before, 0, size_t(start - before));
        }
        if (!data.isEmpty())
            std::memcpy(bytes.data() + start, data.constData(), size_t(data.size()));
        digest.noteWrite(bytes, keptSize, start, data.size());
    }
    void truncate(qint64 size)
    {
        bytes.resize(size);
        digest.noteWrite(bytes, size, size, 0);
    }
    bool matches() const { return digest.digest(bytes) == Sha256::hash(bytes); }

    QByteArray bytes;
    RunningDigest digest;
};

QByteArray filled(char byte, qint64 size)
{
    return QByteArray(size, byte);
}

} // namespace

class TestRunningDigest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyFile()
    {
        const RunningDigest digest;
        QCOMPARE(digest.digest({}), Sha256::hash({}));
        QCOMPARE(digest.hashedLength(), 0);
    }

    void writesInOrderAreHashedAsTheyArrive()
    {
        TrackedFile file;
        file.write(0, filled('a', 4096));
        QCOMPARE(file.digest.hashedLength(), 4096);
        file.write(4096, filled('b', 100));
        file.write(4196, filled('c', 7));
        QCOMPARE(file.digest.hashedLength(), 4203);
        QVERIFY(file.matches());
    }

    void writesOutOfOrderAreHashedOnceTheGapCloses()
    {
        TrackedFile file;
        file.write(0, filled('a', 10));
        file.write(30, filled('d', 10));
        file.write(20, filled('c', 10));
        QCOMPARE(file.digest.hashedLength(), 10);
        QVERIFY(file.matches()); // the gap of zeros is read from the file
        file.write(10, filled('b', 10));
        QCOMPARE(file.digest.hashedLength(), 40);
        QVERIFY(file.matches());
    }

    void overwritingHashedBytesStartsAgain()
    {
        TrackedFile file;
        file.write(0, filled('a', 100));
        file.write(50, filled('z', 1));
        QCOMPARE(file.digest.hashedLength(), 0);
        QVERIFY(file.matches());
        file.write(0, filled('y', 10));
        QCOMPARE(file.digest.hashedLength(), 10);
        QVERIFY(file.matches());
    }

    void truncationBelowTheHashedBytesStartsAgain()
    {
        TrackedFile file;
        file.write(0, filled('a', 100));
        file.truncate(150);
        QCOMPARE(file.digest.hashedLength(), 100);
        QVERIFY(file.matches());
        file.truncate(60);
        QCOMPARE(file.digest.hashedLength(), 0);
        QVERIFY(file.matches());
        file.write(0, filled('b', 5), 0); // what "> file" does
        QCOMPARE(file.digest.hashedLength(), 5);
        QVERIFY(file.matches());
    }

    void rangesCutByTruncationAreNotHashedPastTheEnd()
    {
        TrackedFile file;
        file.write(0, filled('a', 10));
        file.write(20, filled('c', 20));
        file.truncate(30);
        file.write(10, filled('b', 10));
        QCOMPARE(file.digest.hashedLength(), 30);
        QVERIFY(file.matches());
    }

    // Whatever the writes, the digest is the hash of the bytes the file holds.
    void randomWritesAlwaysGiveTheFilesHash()
    {
        QRandomGenerator random(20261127);
        TrackedFile file;
        for (int step = 0; step < 3000; ++step) {
            const int kind = random.bounded(10);
            if (kind == 0) {
                file.truncate(random.bounded(300));
            } else {
                const qint64 start = random.bounded(300);
                const QByteArray data = filled(char('a' + random.bounded(26)), random.bounded(80));
                file.write(start, data, kind == 1 ? start : -1);
            }
            QVERIFY2(
                file.digest.hashedLength() <= file.bytes.size(), qPrintable(QString::number(step)));
            QVERIFY2(file.matches(), qPrintable(QString::number(step)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunningDigest)
#include "tst_runningdigest.moc"
