// The transfer engine's commands, run through the simulator's shell directly: what each prints
// and what it leaves, including for names a shell would love to interpret.
#include "core/transfer/transferscripts.h"
#include "sim/shell/shelltestsupport.h"

#include <QCryptographicHash>
#include <QTest>

using namespace hangar;
using namespace hangar::core;
using hangar::sim::test::MachineFixture;

namespace {

sim::ExecResult run(MachineFixture &machine, const api::ExecRequest &request)
{
    return machine.run(request.command, request.stdinData);
}

QByteArray sha(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestTransferScripts : public QObject {
    Q_OBJECT

private slots:
    void chunksOfALargerFileInAnyOrder()
    {
        // The first chunk makes the folder and the file without cutting it; a later chunk that
        // overtakes it finds no file, writes nothing and says so (it is sent again).
        MachineFixture machine;
        const QString dir = QStringLiteral("/data/new folder/;reboot");
        const QString tmp = dir + QStringLiteral("/.hangar-t-1.tmp");
        const QByteArray first(8192, 'a');
        const QByteArray second = "and the rest";
        sim::ExecResult early =
            run(machine, scripts::writeChunkAt(tmp, first.size(), second.toBase64()));
        QCOMPARE(early.exitCode, scripts::kTemporaryFileGone);
        QVERIFY(!machine.fs.exists(dir));
        QCOMPARE(run(machine, scripts::writeFirstOfChunks(dir, tmp, first.toBase64())).exitCode, 0);
        QCOMPARE(
            run(machine, scripts::writeChunkAt(tmp, first.size(), second.toBase64())).exitCode, 0);
        // The first chunk again (its answer was lost): the rest stays.
        QCOMPARE(run(machine, scripts::writeFirstOfChunks(dir, tmp, first.toBase64())).exitCode, 0);
        QCOMPARE(machine.read(tmp), first + second);
        const sim::ExecResult hash = run(machine, scripts::hashOf(tmp));
        QCOMPARE(scripts::parseSha256(QString::fromUtf8(hash.stdoutData)), sha(first + second));

        // A file where the folder should be: a clear error, nothing made.
        machine.write(QStringLiteral("/data/plain"), "x");
        const sim::ExecResult blocked = run(machine,
            scripts::writeFirstOfChunks(QStringLiteral("/data/plain/sub"),
                QStringLiteral("/data/plain/sub/t"), first.toBase64()));
        QVERIFY(blocked.exitCode != 0);
        QVERIFY(QString::fromUtf8(blocked.stderrData).contains(QLatin1String("Not a directory")));
    }

    void chunkedWriteVerifyAndFinish()
    {
        MachineFixture machine;
        const QByteArray one = "first part, ";
        const QByteArray two = "second part";
        const QString dir = QStringLiteral("/data/a b/$(x)");
        const QString tmp = dir + QStringLiteral("/.hangar-t-0.tmp");
        const QString dest = dir + QStringLiteral("/it's \"here\"\n.txt");
        QCOMPARE(
            run(machine, scripts::writeFirstChunk(dir, tmp, one.toBase64(), false)).exitCode, 0);
        QCOMPARE(run(machine, scripts::writeChunkAt(tmp, one.size(), two.toBase64())).exitCode, 0);
        const sim::ExecResult hash = run(machine, scripts::hashOf(tmp));
        QCOMPARE(hash.exitCode, 0);
        QCOMPARE(scripts::parseSha256(QString::fromUtf8(hash.stdoutData)), sha(one + two));
        QCOMPARE(QString::fromUtf8(run(machine, scripts::sizeOf(tmp)).stdoutData).trimmed(),
            QStringLiteral("23"));

        const sim::ExecResult done = run(machine, scripts::finish({{0750, tmp, dest, true}}));
        const scripts::FinishLine placed = scripts::parseFinishLine(
            scripts::outputLines(QString::fromUtf8(done.stdoutData)).value(0));
        QVERIFY(placed.placed);
        QCOMPARE(placed.hash, sha(one + two));
        QCOMPARE(machine.read(dest), one + two);
        QVERIFY(!machine.fs.exists(tmp));
        // A repeat after a lost answer recognises the finished file by its checksum.
        const sim::ExecResult again = run(machine, scripts::finish({{0750, tmp, dest, true}}));
        const scripts::FinishLine found = scripts::parseFinishLine(
            scripts::outputLines(QString::fromUtf8(again.stdoutData)).value(0));
        QVERIFY(!found.placed);
        QCOMPARE(found.hash, sha(one + two));
        const sim::ExecResult stat =
            run(machine, scripts::statEach({dest, dir, dir + QStringLiteral("/nope")}));
        const QStringList lines = scripts::outputLines(QString::fromUtf8(stat.stdoutData));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(scripts::parseStatLine(lines.at(0)).type, scripts::StatLine::Type::File);
        QCOMPARE(scripts::parseStatLine(lines.at(0)).mode, 0750);
        QCOMPARE(scripts::parseStatLine(lines.at(1)).type, scripts::StatLine::Type::Directory);
        QCOMPARE(scripts::parseStatLine(lines.at(2)).type, scripts::StatLine::Type::Missing);
    }

    void positionedChunksLandInAnyOrderAndRepeat()
    {
        MachineFixture machine;
        const QString tmp = QStringLiteral("/data/.hangar-t-1.tmp");
        QByteArray whole;
        for (int i = 0; i < 5; ++i)
            whole += QByteArray(96 * 1024, char('a' + i));
        whole += "the end";
        const qint64 chunk = 96 * 1024;
        QCOMPARE(run(machine,
                     scripts::writeFirstChunk(
                         QStringLiteral("/data"), tmp, whole.left(chunk).toBase64(), false))
                     .exitCode,
            0);
        for (const int at : {3, 1, 5, 2, 4, 1, 5}) { // out of order, and some twice
            const sim::ExecResult written = run(machine,
                scripts::writeChunkAt(tmp, at * chunk, whole.mid(at * chunk, chunk).toBase64()));
            QCOMPARE(written.exitCode, 0);
        }
        QCOMPARE(machine.read(tmp), whole);
        QCOMPARE(
            scripts::parseSha256(QString::fromUtf8(run(machine, scripts::hashOf(tmp)).stdoutData)),
            sha(whole));
    }

    void positionedChunkBlockSizeDividesTheOffset_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("blockSize");
        QTest::addColumn<QString>("blocks");
        QTest::newRow("6 MiB") << (qint64(6) << 20) << QStringLiteral("65536")
                               << QStringLiteral("96");
        QTest::newRow("96 KiB") << qint64(96 * 1024) << QStringLiteral("32768")
                                << QStringLiteral("3");
        QTest::newRow("odd") << qint64(12345) << QStringLiteral("1") << QStringLiteral("12345");
        QTest::newRow("3 KiB") << qint64(3072) << QStringLiteral("1024") << QStringLiteral("3");
    }

    void positionedChunkBlockSizeDividesTheOffset()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, blockSize);
        QFETCH(QString, blocks);
        const api::ExecRequest request =
            scripts::writeChunkAt(QStringLiteral("/data/.t"), offset, {});
        QCOMPARE(
            request.command.mid(4), (QStringList {QStringLiteral("/data/.t"), blockSize, blocks}));
    }

    void positionedChunkNeverRecreatesARemovedFile()
    {
        // A cleanup that overtook a chunk in flight has removed the temporary file: the chunk
        // must not bring it back.
        MachineFixture machine;
        const sim::ExecResult result = run(
            machine, scripts::writeChunkAt(QStringLiteral("/data/.hangar-t-2.tmp"), 4096, "YWJj"));
        QCOMPARE(result.exitCode, scripts::kTemporaryFileGone);
        QVERIFY(!machine.fs.exists(QStringLiteral("/data/.hangar-t-2.tmp")));
    }

    void positionedChunkOnAFullVolume()
    {
        MachineFixture machine(6000);
        const QString tmp = QStringLiteral("/data/.t");
        run(machine,
            scripts::writeFirstChunk(
                QStringLiteral("/data"), tmp, QByteArray(4096, 'a').toBase64(), false));
        const sim::ExecResult result =
            run(machine, scripts::writeChunkAt(tmp, 4096, QByteArray(4096, 'b').toBase64()));
        QVERIFY(result.exitCode != 0);
        const QString error = QString::fromUtf8(result.stderrData);
        QVERIFY(scripts::isNoSpace(error));
        QCOMPARE(scripts::withoutDdStatistics(error),
            QStringLiteral("dd: error writing '/data/.t': No space left on device"));
    }

    void finishOfSmallFilesSaysPlacedWithoutHashing()
    {
        MachineFixture machine;
        machine.write(QStringLiteral("/data/.t"), "small");
        const sim::ExecResult result = run(machine,
            scripts::finish({{0644, QStringLiteral("/data/.t"), QStringLiteral("/data/s.txt")}}));
        QCOMPARE(QString::fromUtf8(result.stdoutData), QStringLiteral("placed\n"));
        const scripts::FinishLine line = scripts::parseFinishLine(QStringLiteral("placed"));
        QVERIFY(line.placed);
        QVERIFY(!line.hash);
        QCOMPARE(machine.read(QStringLiteral("/data/s.txt")), QByteArray("small"));
    }

    void finishNeverMovesIntoAFolder()
    {
        MachineFixture machine;
        machine.fs.makeDirectory(QStringLiteral("/data/taken"));
        machine.write(QStringLiteral("/data/.t"), "x");
        const sim::ExecResult result = run(machine,
            scripts::finish({{0644, QStringLiteral("/data/.t"), QStringLiteral("/data/taken")}}));
        QCOMPARE(QString::fromUtf8(result.stdoutData), QStringLiteral("-\n"));
        const scripts::FinishLine line = scripts::parseFinishLine(QStringLiteral("-"));
        QVERIFY(!line.placed);
        QVERIFY(!line.hash);
        QVERIFY(!machine.fs.exists(QStringLiteral("/data/taken/.t")));
        QVERIFY(!machine.fs.exists(QStringLiteral("/data/.t"))); // temporary names are cleared
    }

    void batchSplitsFilesAndReportsEach()
    {
        MachineFixture machine;
        const QList<QByteArray> contents {"alpha", "", QByteArray(3000, 'z')};
        const QStringList tmps {QStringLiteral("/data/x/.t1"), QStringLiteral("/data/y z/.t2"),
            QStringLiteral("/data/x/.t3")};
        QList<scripts::BatchPart> parts;
        QByteArray blob;
        for (int i = 0; i < contents.size(); ++i) {
            parts.append({blob.size(), contents.at(i).size(), tmps.at(i)});
            blob += contents.at(i);
        }
        const sim::ExecResult result = run(machine,
            scripts::writeBatch(QStringLiteral("/tmp/.blob"),
                {QStringLiteral("/data/x"), QStringLiteral("/data/y z")}, parts, blob.toBase64()));
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = scripts::outputLines(QString::fromUtf8(result.stdoutData));
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < contents.size(); ++i) {
            QCOMPARE(scripts::parseSha256(lines.at(i)), sha(contents.at(i)));
            QCOMPARE(machine.read(tmps.at(i)), contents.at(i));
        }
        QVERIFY(!machine.fs.exists(QStringLiteral("/tmp/.blob")));
    }

    void fullVolumeIsReported()
    {
        MachineFixture machine(1000);
        const sim::ExecResult result = run(machine,
            scripts::writeFirstChunk(QStringLiteral("/data"), QStringLiteral("/data/.t"),
                QByteArray(5000, 'a').toBase64(), true));
        QVERIFY(result.exitCode != 0);
        QVERIFY(scripts::isNoSpace(QString::fromUtf8(result.stderrData)));
        run(machine, scripts::removeFiles({QStringLiteral("/data/.t")}));
        QVERIFY(!machine.fs.exists(QStringLiteral("/data/.t")));
    }

    void listingKeepsOddNames()
    {
        MachineFixture machine;
        machine.fs.makeDirectory(QStringLiteral("/data/d"));
        machine.write(QStringLiteral("/data/d/two\nlines"), "12");
        machine.write(QStringLiteral("/data/d/.dot"), "");
        machine.write(QStringLiteral("/data/d/a|b"), "1");
        machine.fs.makeDirectory(QStringLiteral("/data/d/sub"));
        const sim::ExecResult result =
            run(machine, scripts::listDirectory(QStringLiteral("/data/d")));
        const QList<scripts::RemoteEntry> entries =
            scripts::parseListing(QString::fromUtf8(result.stdoutData), QStringLiteral("/data/d"));
        QStringList names;
        for (const scripts::RemoteEntry &entry : entries)
            names.append(entry.name);
        QCOMPARE(names,
            (QStringList {QStringLiteral("a|b"), QStringLiteral("sub"),
                QStringLiteral("two\nlines"), QStringLiteral(".dot")}));
        QCOMPARE(entries.at(2).size, 2);
        QCOMPARE(entries.at(1).type, scripts::StatLine::Type::Directory);
        QVERIFY(run(machine, scripts::listDirectory(QStringLiteral("/data/none")))
                    .stdoutData.isEmpty());
    }

    void readRangeAndFreeSpace()
    {
        MachineFixture machine;
        machine.write(QStringLiteral("/data/f"), "0123456789");
        const sim::ExecResult range =
            run(machine, scripts::readRange(QStringLiteral("/data/f"), 3, 4));
        QCOMPARE(QByteArray::fromBase64(range.stdoutData), QByteArray("3456"));
        const scripts::DiskSpace space = scripts::parseFreeSpace(QString::fromUtf8(
            run(machine, scripts::freeSpace(QStringLiteral("/data"))).stdoutData));
        QCOMPARE(space.totalBytes, 10 * 1024 * 1024);
        QVERIFY(space.availableBytes > 0);
    }

    void parsers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        const QString hex = QString(64, QLatin1Char('a'));
        QTest::newRow("stdin") << hex + QStringLiteral("  -") << true;
        QTest::newRow("escaped") << QLatin1Char('\\') + hex + QStringLiteral("  a\\nb") << true;
        QTest::newRow("short") << hex.left(63) << false;
        QTest::newRow("dash") << QStringLiteral("-") << false;
        QTest::newRow("not hex") << QString(64, QLatin1Char('g')) << false;
    }
    void parsers()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        QCOMPARE(scripts::parseSha256(line).has_value(), valid);
    }
};

QTEST_GUILESS_MAIN(TestTransferScripts)
#include "tst_transferscripts.moc"
