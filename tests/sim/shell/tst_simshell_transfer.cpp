// The exact exec sequences the desktop client uses to move files in and out of a volume.
#include "sim/shell/shelltestsupport.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;
using namespace hangar::sim::test;

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// base64 with a newline every 76 characters, as `base64` without -w writes it.
QByteArray wrappedBase64(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray wrapped;
    for (qsizetype offset = 0; offset < encoded.size(); offset += 76)
        wrapped += encoded.mid(offset, 76) + '\n';
    return wrapped;
}

QByteArray allByteValues()
{
    QByteArray data;
    for (int value = 0; value < 256; ++value)
        data.append(char(value));
    return data;
}

// A deterministic, incompressible-looking payload.
QByteArray pseudoRandomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 state = 0x12345678;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        data[i] = char(state >> 24);
    }
    return data;
}

const QString kPrepare = QStringLiteral("mkdir -p -- \"$1\" && : > \"$2\"");
const QString kAppend = QStringLiteral("base64 -d >> \"$1\"");
const QString kFinish = QStringLiteral("chmod \"$1\" \"$2\" && mv -f -- \"$2\" \"$3\"");
const QString kListing = QStringLiteral(
    "stat -c '%F|%s|%Y|%a|%n' -- \"$1\"/* \"$1\"/.[!.]* \"$1\"/..?* 2>/dev/null; true");
const QString kDownload =
    QStringLiteral("tail -c +\"$2\" -- \"$1\" | head -c \"$3\" | base64 -w 0");

} // namespace

class TestSimShellTransfer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void uploadAndDownload_data();
    void uploadAndDownload();
    void existingFileCheck();
    void listingIncludesDotfilesAndSurvivesEmptyDirectories();
    void freeSpace();
    void fullVolumeFailsAppendAndCleanupFreesSpace();
    void abortRemovesTemporaryFile();
    void largeChunkDecodesExactlyAndBadInputKeepsWhatDecoded();
};

void TestSimShellTransfer::uploadAndDownload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<QString>("directory");

    QTest::newRow("all byte values") << allByteValues() << 100 << QStringLiteral("/data/bin");
    QTest::newRow("3 MB in chunks") << pseudoRandomBytes(3 * 1024 * 1024) << 700 * 1024
                                    << QStringLiteral("/data/uploads/big files");
    QTest::newRow("empty file") << QByteArray() << 1024 << QStringLiteral("/data");
    QTest::newRow("root file system") << QByteArray("hello\n") << 4 << QStringLiteral("/srv/www");
}

void TestSimShellTransfer::uploadAndDownload()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, chunkSize);
    QFETCH(QString, directory);
    MachineFixture machine;
    const QString temporary = directory + QStringLiteral("/.hangar-upload-1.tmp");
    const QString destination = directory + QStringLiteral("/file with spaces & 'quotes'.bin");

    ExecResult result = machine.sh(kPrepare, {directory, temporary});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stderrData, QByteArray());
    QVERIFY(machine.fs.exists(temporary));

    for (qsizetype offset = 0; offset < payload.size(); offset += chunkSize) {
        result = machine.sh(kAppend, {temporary}, wrappedBase64(payload.mid(offset, chunkSize)));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.stderrData, QByteArray());
    }

    result = machine.run({QStringLiteral("sha256sum"), QStringLiteral("--"), temporary});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, sha256Hex(payload) + "  " + temporary.toUtf8() + '\n');

    result = machine.sh(kFinish, {QStringLiteral("640"), temporary, destination});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stderrData, QByteArray());
    QVERIFY(!machine.fs.exists(temporary));
    QCOMPARE(machine.read(destination), payload);

    result = machine.run({QStringLiteral("stat"), QStringLiteral("-c"),
        QStringLiteral("%F|%s|%Y|%a"), QStringLiteral("--"), destination});
    QCOMPARE(result.exitCode, 0);
    const QString type =
        payload.isEmpty() ? QStringLiteral("regular empty file") : QStringLiteral("regular file");
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("%1|%2|%3|640\n").arg(type).arg(payload.size()).arg(kFixedNow));

    // Download it back in pieces.
    QByteArray downloaded;
    const qsizetype pieceSize = qMax(1, chunkSize / 2 + 1);
    for (qsizetype offset = 0; offset < payload.size(); offset += pieceSize) {
        result = machine.sh(
            kDownload, {destination, QString::number(offset + 1), QString::number(pieceSize)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.stdoutData.contains('\n'));
        downloaded += QByteArray::fromBase64(result.stdoutData);
    }
    QCOMPARE(sha256Hex(downloaded), sha256Hex(payload));
}

void TestSimShellTransfer::existingFileCheck()
{
    MachineFixture machine;
    const QStringList command {QStringLiteral("stat"), QStringLiteral("-c"),
        QStringLiteral("%F|%s|%Y|%a"), QStringLiteral("--")};
    ExecResult result = machine.run(command + QStringList {QStringLiteral("/data/missing")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.stdoutData, QByteArray());
    QCOMPARE(text(result.stderrData),
        QStringLiteral("stat: cannot statx '/data/missing': No such file or directory\n"));

    result = machine.run(command + QStringList {QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData), QStringLiteral("directory|4096|%1|755\n").arg(kFixedNow));
}

void TestSimShellTransfer::listingIncludesDotfilesAndSurvivesEmptyDirectories()
{
    MachineFixture machine;
    machine.fs.makeDirectory(QStringLiteral("/data/empty"));
    ExecResult result = machine.sh(kListing, {QStringLiteral("/data/empty")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.stdoutData, QByteArray());
    QCOMPARE(result.stderrData, QByteArray());

    machine.fs.makeDirectory(QStringLiteral("/data/dir"));
    machine.write(QStringLiteral("/data/dir/visible.txt"), "abc");
    machine.write(QStringLiteral("/data/dir/.hidden"), "");
    machine.write(QStringLiteral("/data/dir/..double"), "12");
    machine.write(QStringLiteral("/data/dir/[brackets] *star*"), "1");
    machine.fs.makeDirectory(QStringLiteral("/data/dir/sub"));
    machine.fs.setMode(QStringLiteral("/data/dir/visible.txt"), 0600);

    result = machine.sh(kListing, {QStringLiteral("/data/dir")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("regular file|1|%1|644|/data/dir/[brackets] *star*\n"
                       "directory|4096|%1|755|/data/dir/sub\n"
                       "regular file|3|%1|600|/data/dir/visible.txt\n"
                       "regular empty file|0|%1|644|/data/dir/.hidden\n"
                       "regular file|2|%1|644|/data/dir/..double\n")
            .arg(kFixedNow));

    // A directory name holding glob characters is taken literally.
    machine.fs.makeDirectory(QStringLiteral("/data/we*rd"));
    machine.write(QStringLiteral("/data/we*rd/a"), "");
    result = machine.sh(kListing, {QStringLiteral("/data/we*rd")});
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("regular empty file|0|%1|644|/data/we*rd/a\n").arg(kFixedNow));
}

void TestSimShellTransfer::freeSpace()
{
    MachineFixture machine(1024 * 1024);
    machine.write(QStringLiteral("/data/used"), QByteArray(300 * 1024, 'x'));
    const ExecResult result = machine.run({QStringLiteral("df"), QStringLiteral("-P"),
        QStringLiteral("-k"), QStringLiteral("--"), QStringLiteral("/data")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(text(result.stdoutData),
        QStringLiteral("Filesystem     1024-blocks  Used Available Capacity Mounted on\n"
                       "/dev/vdb              1024   300       724      30% /data\n"));
}

void TestSimShellTransfer::fullVolumeFailsAppendAndCleanupFreesSpace()
{
    MachineFixture machine(1000);
    const QString temporary = QStringLiteral("/data/.upload.tmp");
    QCOMPARE(machine.sh(kPrepare, {QStringLiteral("/data"), temporary}).exitCode, 0);

    const QByteArray payload = pseudoRandomBytes(1500);
    ExecResult result = machine.sh(kAppend, {temporary}, wrappedBase64(payload.left(800)));
    QCOMPARE(result.exitCode, 0);
    result = machine.sh(kAppend, {temporary}, wrappedBase64(payload.mid(800)));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.stderrData.contains("No space left on device"), result.stderrData.constData());
    // The disk filled up: the bytes that fit were written.
    QCOMPARE(machine.read(temporary), payload.left(1000));
    QCOMPARE(machine.volume->usedBytes(), 1000);
    QCOMPARE(machine.volume->availableBytes(), 0);

    result =
        machine.run({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), temporary});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(machine.volume->usedBytes(), 0);
    QCOMPARE(machine.volume->availableBytes(), 1000);
}

void TestSimShellTransfer::abortRemovesTemporaryFile()
{
    MachineFixture machine;
    const QString temporary = QStringLiteral("/data/x.tmp");
    machine.write(temporary, "partial");
    const QStringList abort {
        QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), temporary};
    QCOMPARE(machine.run(abort).exitCode, 0);
    QVERIFY(!machine.fs.exists(temporary));
    // Repeating the cleanup is harmless.
    const ExecResult again = machine.run(abort);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.stderrData, QByteArray());
}

// The decoder writes straight into its buffer (transfers push megabytes through it): the output
// must be exact, and invalid input must still leave exactly the bytes decoded before it.
void TestSimShellTransfer::largeChunkDecodesExactlyAndBadInputKeepsWhatDecoded()
{
    MachineFixture machine(64 * 1024 * 1024);
    const QByteArray payload = pseudoRandomBytes(6 * 1024 * 1024 + 1);
    const QStringList append {QStringLiteral("sh"), QStringLiteral("-c"), kAppend,
        QStringLiteral("hangar"), QStringLiteral("/data/big")};
    QCOMPARE(machine.run(append, payload.toBase64()).exitCode, 0);
    QCOMPARE(machine.read(QStringLiteral("/data/big")), payload);

    const ExecResult bad = machine.run(
        {QStringLiteral("base64"), QStringLiteral("-d")}, QByteArray("aGVsbG8gd29y!bGQ="));
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.stdoutData, QByteArray("hello wor"));
}

QTEST_GUILESS_MAIN(TestSimShellTransfer)
#include "tst_simshell_transfer.moc"
