#include "api/apiclient.h"
#include "core/transfer/chunkreader.h"
#include "core/transfer/transferscripts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hangar::core;

// Answers arrive as queued calls from a worker thread: the tests wait for them with QTRY and
// prove that an answer did not come by waiting for a later one, never with a timed sleep.
class TestChunkReader final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void wholeFileChunkCreatesTheFile();
    void firstOfSeveralChunksMakesTheFileWithoutCuttingIt();
    void laterChunksAreWrittenAtTheirOffset();
    void chunkEndingExactlyAtTheEndIsLast();
    void unreadableFileReportsWhy();
    void aFileChangedSinceTheCopyBeganIsRefused();
    void bodyIsTheOneEncodeBodyWrites();
    void reusedBuffersHoldOnlyTheNewChunk();
    void firstChunkIsTheRemainderInWholeBlocks_data();
    void firstChunkIsTheRemainderInWholeBlocks();
    void fetchUsesTheMatchingPrefetch();
    void fetchIgnoresAPrefetchOfAnotherChunk();
    void neverAnswersSynchronously();
    void supersededAndResetFetchesAreNotDelivered();
    void noAnswerOnceTheContextIsGone();

private:
    ChunkSpec spec(qint64 offset, qint64 size) const;
    QJsonObject bodyOf(const PreparedChunk &chunk) const;

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_contents;
};

void TestChunkReader::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("data.bin"));
    m_contents.resize(10000);
    for (int i = 0; i < m_contents.size(); ++i)
        m_contents[i] = char((i * 131) & 0xff);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(m_contents), m_contents.size());
}

ChunkSpec TestChunkReader::spec(qint64 offset, qint64 size) const
{
    ChunkSpec chunk;
    chunk.localPath = m_path;
    chunk.offset = offset;
    chunk.size = size;
    chunk.remoteDir = QStringLiteral("/data/dir");
    chunk.remoteTmp = QStringLiteral("/data/dir/.hangar-t-0.tmp");
    chunk.timeoutSecs = 42;
    return chunk;
}

QJsonObject TestChunkReader::bodyOf(const PreparedChunk &chunk) const
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(chunk.body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "body is not JSON:" << error.errorString();
    return document.object();
}

void TestChunkReader::wholeFileChunkCreatesTheFile()
{
    ChunkSpec whole = spec(0, 3000);
    whole.wholeFile = true;
    const PreparedChunk chunk = ChunkReader::prepare(whole);
    QVERIFY(chunk.readError.isEmpty());
    QCOMPARE(chunk.data, m_contents.left(3000));
    QVERIFY(!chunk.last);
    const QJsonObject body = bodyOf(chunk);
    QCOMPARE(body.value(QLatin1String("timeout")).toInt(), 42);
    QCOMPARE(QByteArray::fromBase64(body.value(QLatin1String("stdin")).toString().toLatin1()),
        chunk.data);
    const QJsonArray command = body.value(QLatin1String("command")).toArray();
    // sh -c SCRIPT hangar DIR TMP: the paths are arguments, never part of the script.
    QCOMPARE(command.at(0).toString(), QStringLiteral("sh"));
    QVERIFY(command.at(2).toString().contains(QLatin1String("mkdir -p")));
    QVERIFY(!command.at(2).toString().contains(QLatin1String("sha256sum")));
    QVERIFY(!command.at(2).toString().contains(QLatin1String("/data")));
    QCOMPARE(command.at(4).toString(), QStringLiteral("/data/dir"));
    QCOMPARE(command.at(5).toString(), QStringLiteral("/data/dir/.hangar-t-0.tmp"));

    whole.size = m_contents.size(); // the only chunk prints the hash with it
    const PreparedChunk only = ChunkReader::prepare(whole);
    QVERIFY(only.last);
    QVERIFY(bodyOf(only)
                .value(QLatin1String("command"))
                .toArray()
                .at(2)
                .toString()
                .contains(QLatin1String("sha256sum")));
}

void TestChunkReader::firstOfSeveralChunksMakesTheFileWithoutCuttingIt()
{
    // Later chunks may land first: the first one creates the file but never truncates it.
    const PreparedChunk chunk = ChunkReader::prepare(spec(0, 3000));
    QCOMPARE(chunk.data, m_contents.left(3000));
    const QJsonArray command = bodyOf(chunk).value(QLatin1String("command")).toArray();
    const QString script = command.at(2).toString();
    QVERIFY(script.contains(QLatin1String("mkdir -p")));
    QVERIFY(script.contains(QLatin1String("conv=notrunc")));
    QVERIFY(!script.contains(QLatin1String(">")));
    QVERIFY(!script.contains(QLatin1String("sha256sum")));
    QCOMPARE(command.at(4).toString(), QStringLiteral("/data/dir"));
    QCOMPARE(command.at(5).toString(), QStringLiteral("/data/dir/.hangar-t-0.tmp"));
}

void TestChunkReader::laterChunksAreWrittenAtTheirOffset()
{
    const PreparedChunk middle = ChunkReader::prepare(spec(3000, 3000));
    QCOMPARE(middle.data, m_contents.mid(3000, 3000));
    QVERIFY(!middle.last);
    const QJsonArray command = bodyOf(middle).value(QLatin1String("command")).toArray();
    QVERIFY(command.at(2).toString().contains(QLatin1String("conv=notrunc")));
    QVERIFY(!command.at(2).toString().contains(QLatin1String("sha256sum")));
    // TMP, block size and blocks to skip: 3000 = 375 blocks of 8 bytes.
    QCOMPARE(command.at(4).toString(), QStringLiteral("/data/dir/.hangar-t-0.tmp"));
    QCOMPARE(command.at(5).toString(), QStringLiteral("8"));
    QCOMPARE(command.at(6).toString(), QStringLiteral("375"));

    // The last one too: the whole file is hashed by its own exec once every chunk has landed.
    const PreparedChunk last = ChunkReader::prepare(spec(9000, 3000));
    QCOMPARE(last.data, m_contents.mid(9000));
    QVERIFY(last.last);
    QVERIFY(!bodyOf(last)
                 .value(QLatin1String("command"))
                 .toArray()
                 .at(2)
                 .toString()
                 .contains(QLatin1String("sha256sum")));
}

void TestChunkReader::chunkEndingExactlyAtTheEndIsLast()
{
    const PreparedChunk chunk = ChunkReader::prepare(spec(5000, 5000));
    QCOMPARE(chunk.data.size(), 5000);
    QVERIFY(chunk.last);
}

void TestChunkReader::unreadableFileReportsWhy()
{
    QVERIFY(QFile::remove(m_path));
    const PreparedChunk chunk = ChunkReader::prepare(spec(0, 3000));
    QVERIFY(!chunk.readError.isEmpty());
    QVERIFY(chunk.body.isEmpty());
    QVERIFY(chunk.data.isEmpty());
}

void TestChunkReader::aFileChangedSinceTheCopyBeganIsRefused()
{
    ChunkSpec chunk = spec(3000, 3000);
    chunk.identity = FileIdentity::of(m_path);
    QVERIFY(chunk.identity.isKnown());
    QVERIFY(ChunkReader::prepare(chunk).readError.isEmpty());
    // Replaced by a file of another size, as an editor's save does.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(m_contents.left(8000)), 8000);
    file.close();
    const PreparedChunk changed = ChunkReader::prepare(chunk);
    QVERIFY2(changed.readError.contains(QLatin1String("changed")), qPrintable(changed.readError));
    QVERIFY(changed.body.isEmpty());
}

void TestChunkReader::bodyIsTheOneEncodeBodyWrites()
{
    // The body is written with the base64 in place; it must be byte for byte what the general
    // path writes for the same request.
    const ChunkSpec middle = spec(3000, 3000);
    const PreparedChunk chunk = ChunkReader::prepare(middle);
    hangar::api::ExecRequest request =
        scripts::writeChunkAt(middle.remoteTmp, 3000, chunk.data.toBase64());
    request.timeoutSecs = middle.timeoutSecs;
    QCOMPARE(chunk.body, hangar::api::ApiClient::encodeExecBody(request));
}

// A chunk prepared in the buffers of an earlier, larger one carries nothing of it: the data is
// exactly the file's bytes and the body exactly what a fresh encoding writes.
void TestChunkReader::reusedBuffersHoldOnlyTheNewChunk()
{
    ReusableBuffers buffers(4);
    PreparedChunk first = ChunkReader::prepare(spec(0, 6000), &buffers);
    const char *firstData = first.data.constData();
    const char *firstBody = first.body.constData();
    first = PreparedChunk(); // sent, answered and hashed: nobody holds it any more

    const ChunkSpec lastSpec = spec(8000, 6000);
    const PreparedChunk last = ChunkReader::prepare(lastSpec, &buffers);
    QVERIFY(last.data.constData() == firstData || last.data.constData() == firstBody);
    QVERIFY(last.body.constData() == firstData || last.body.constData() == firstBody);
    QVERIFY(last.last);
    QCOMPARE(last.data, m_contents.mid(8000));
    QCOMPARE(last.body, ChunkReader::prepare(lastSpec).body);
    hangar::api::ExecRequest request =
        scripts::writeChunkAt(lastSpec.remoteTmp, 8000, m_contents.mid(8000).toBase64());
    request.timeoutSecs = lastSpec.timeoutSecs;
    QCOMPARE(last.body, hangar::api::ApiClient::encodeExecBody(request));
}

void TestChunkReader::firstChunkIsTheRemainderInWholeBlocks_data()
{
    const qint64 mib = 1 << 20;
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<qint64>("chunkBytes");
    QTest::addColumn<qint64>("first");
    QTest::newRow("64 MiB in 6 MiB chunks: 4 + 10 x 6") << 64 * mib << 6 * mib << 4 * mib;
    QTest::newRow("a whole number of chunks") << 60 * mib << 6 * mib << 6 * mib;
    QTest::newRow("one byte over: one 64 KiB block first")
        << 60 * mib + 1 << 6 * mib << qint64(65536);
    QTest::newRow("rounded up to whole blocks") << 60 * mib + 70000 << 6 * mib << qint64(131072);
    QTest::newRow("never above a chunk") << 66 * mib - 1 << 6 * mib << 6 * mib;
    QTest::newRow("one chunk or less") << 5 * mib << 6 * mib << 6 * mib;
    QTest::newRow("16 KiB blocks for 48 KiB chunks")
        << qint64(100 * 49152 + 5000) << qint64(49152) << qint64(16384);
    QTest::newRow("4 KiB blocks for 12 KiB chunks")
        << qint64(100 * 12288 + 5000) << qint64(12288) << qint64(8192);
}

// The first chunk, which the machine can start on first, is as small as it can be without
// adding a chunk; the rest start at multiples of dd's block size.
void TestChunkReader::firstChunkIsTheRemainderInWholeBlocks()
{
    QFETCH(qint64, fileSize);
    QFETCH(qint64, chunkBytes);
    QFETCH(qint64, first);
    const qint64 actual = firstChunkBytes(fileSize, chunkBytes);
    QCOMPARE(actual, first);
    if (fileSize > chunkBytes) {
        const qint64 chunks = 1 + (fileSize - actual + chunkBytes - 1) / chunkBytes;
        QCOMPARE(chunks, (fileSize + chunkBytes - 1) / chunkBytes);
        QCOMPARE(actual % 4096, 0);
    }
}

void TestChunkReader::fetchUsesTheMatchingPrefetch()
{
    QObject context;
    ChunkReader reader;
    reader.prefetch(spec(3000, 3000));
    std::optional<PreparedChunk> got;
    reader.fetch(spec(3000, 3000), &context, [&got](const PreparedChunk &chunk) { got = chunk; });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->spec == spec(3000, 3000));
    QCOMPARE(got->data, m_contents.mid(3000, 3000));
    QCOMPARE(reader.readsStarted(), 1);
}

void TestChunkReader::fetchIgnoresAPrefetchOfAnotherChunk()
{
    // A 413 shrinks the chunk: the prefetched, larger one must not be sent.
    QObject context;
    ChunkReader reader;
    reader.prefetch(spec(3000, 3000));
    std::optional<PreparedChunk> got;
    reader.fetch(spec(3000, 1500), &context, [&got](const PreparedChunk &chunk) { got = chunk; });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->data, m_contents.mid(3000, 1500));
    QCOMPARE(reader.readsStarted(), 2);
}

void TestChunkReader::neverAnswersSynchronously()
{
    QObject context;
    ChunkReader reader;
    bool called = false;
    reader.fetch(spec(0, 100), &context, [&called](const PreparedChunk &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestChunkReader::supersededAndResetFetchesAreNotDelivered()
{
    QObject context;
    ChunkReader reader;
    int firstCalls = 0;
    int secondCalls = 0;
    std::optional<PreparedChunk> third;
    reader.fetch(spec(0, 100), &context, [&firstCalls](const PreparedChunk &) { ++firstCalls; });
    reader.fetch(
        spec(100, 100), &context, [&secondCalls](const PreparedChunk &) { ++secondCalls; });
    reader.reset();
    reader.fetch(spec(200, 100), &context, [&third](const PreparedChunk &chunk) { third = chunk; });
    // One worker, in order: once the third is delivered, the others have been dropped.
    QTRY_VERIFY(third.has_value());
    QCOMPARE(third->data, m_contents.mid(200, 100));
    QCOMPARE(firstCalls, 0);
    QCOMPARE(secondCalls, 0);
}

void TestChunkReader::noAnswerOnceTheContextIsGone()
{
    bool called = false;
    {
        ChunkReader reader;
        {
            QObject gone;
            reader.fetch(spec(0, 100), &gone, [&called](const PreparedChunk &) { called = true; });
        }
        // The reader's end waits for the chunk; whatever it posted is then delivered below.
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestChunkReader)
#include "tst_chunkreader.moc"
