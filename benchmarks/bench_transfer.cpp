// Measures copying into a sandbox volume through exec: one 64 MiB file (at several chunk sizes,
// which is how the default chunk size was chosen) and 2,000 small files, each against a raw
// HTTP POST of the same bytes to the same simulator over loopback. The simulator runs without
// rate limits and the client without its own, so the numbers are the engine's and not Fly's
// one-exec-per-second limit. Prints one JSON object.
#include "api/apiclient.h"
#include "api/apitransport.h"
#include "core/transfer/copyjob.h"
#include "sim/server/simserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace hangar;

namespace {

template<typename T>
api::Result<T> wait(const api::Call<T> &call)
{
    std::optional<api::Result<T>> result;
    QEventLoop loop;
    call.then(&loop, [&](const api::Result<T> &value) {
        result.emplace(value);
        loop.quit();
    });
    loop.exec();
    return *result;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(bytes.data());
    random.fillRange(words, size_t(size / 4));
    return bytes;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Seconds for raw POSTs of `bodies` to the simulator, one after another.
double rawPost(QNetworkAccessManager &network, const QUrl &url, const QString &token,
    const QList<QByteArray> &bodies)
{
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

struct CopyRun {
    double seconds = 0;
    int execs = 0;
    bool ok = false;
};

CopyRun copy(api::ApiClient &client, sim::SimServer &server, const core::CopyRequest &request,
    const core::TransferOptions &options)
{
    CopyRun run;
    QMetaObject::Connection counter = QObject::connect(&server, &sim::SimServer::requestHandled,
        &server, [&run](const QByteArray &, const QString &path, int) {
            if (path.endsWith(QLatin1String("/exec")))
                ++run.execs;
        });
    core::CopyJob job(client, request, options);
    QEventLoop loop;
    QObject::connect(&job, &core::Job::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job.start();
    if (!job.isFinished())
        loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.ok = job.state() == core::Job::State::Succeeded;
    QObject::disconnect(counter);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sim::SimOptions options;
    options.seed = QStringLiteral("empty");
    options.speed = 0.01;
    options.rateLimit = false; // see the header comment
    options.randomSeed = 9;
    sim::SimServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_transfer: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    api::TransportPolicy policy;
    policy.clientRateLimits = false;
    api::ApiTransport transport(
        &network, api::RequestFactory(server.baseUrl(), server.token()), policy);
    api::ApiClient client(&transport);

    const QString appName = QStringLiteral("bench");
    wait(client.createApp(appName, QStringLiteral("personal")));
    api::CreateVolumeRequest volumeRequest;
    volumeRequest.name = QStringLiteral("bench_data");
    volumeRequest.region = QStringLiteral("lhr");
    volumeRequest.sizeGb = 10;
    const QString volumeId = wait(client.createVolume(appName, volumeRequest))->id();
    api::CreateMachineRequest machineRequest;
    machineRequest.region = QStringLiteral("lhr");
    machineRequest.config.setImage(QStringLiteral("alpine:3"));
    api::MountConfig mount;
    mount.setVolume(volumeId);
    mount.setPath(QStringLiteral("/data"));
    machineRequest.config.setMounts({mount});
    const QString machineId = wait(client.createMachine(appName, machineRequest))->id();
    api::WaitOptions started;
    wait(client.waitForState(appName, machineId, started));

    QTemporaryDir dir;
    const qint64 bigSize = qint64(64) << 20;
    const QByteArray big = randomBytes(bigSize, 1);
    writeFile(dir.filePath(QStringLiteral("big.bin")), big);
    QByteArray smallBytes;
    QList<QByteArray> smallBodies;
    QRandomGenerator sizes(2);
    for (int i = 0; i < 2000; ++i) {
        const QByteArray data = randomBytes(256 + sizes.bounded(4096), 100 + quint32(i));
        writeFile(dir.filePath(QStringLiteral("small/d%1/f%2.txt").arg(i / 100).arg(i)), data);
        smallBytes += data;
        smallBodies.append(data);
    }

    QUrl execUrl = server.baseUrl();
    execUrl.setPath(
        execUrl.path() + QStringLiteral("/apps/%1/machines/%2/exec").arg(appName, machineId));
    // The baseline: the same bytes in bodies as large as the simulator takes (8 MiB).
    QList<QByteArray> bigBodies;
    for (qint64 offset = 0; offset < bigSize; offset += 8 << 20)
        bigBodies.append(big.mid(offset, 8 << 20));
    const double rawBigSeconds = rawPost(network, execUrl, server.token(), bigBodies);
    const double rawSmallOneSeconds = rawPost(network, execUrl, server.token(), {smallBytes});
    const double rawSmallEachSeconds = rawPost(network, execUrl, server.token(), smallBodies);

    core::CopyRequest request;
    request.appName = appName;
    request.volumeId = volumeId;
    request.volumeName = QStringLiteral("bench_data");
    request.destinationDir = QStringLiteral("/data");
    request.conflicts = core::ConflictChoice::Overwrite;
    request.localPaths = {dir.filePath(QStringLiteral("big.bin"))};

    QJsonArray chunkRuns;
    const core::TransferOptions defaults;
    double defaultBigSeconds = 0;
    int defaultBigExecs = 0;
    bool ok = true;
    for (const qint64 chunk : {qint64(256) << 10, qint64(1) << 20, qint64(2) << 20, qint64(4) << 20,
             qint64(6) << 20, qint64(7) << 20}) {
        core::TransferOptions transfer;
        transfer.chunkBytes = chunk;
        const CopyRun run = copy(client, server, request, transfer);
        ok = ok && run.ok;
        chunkRuns.append(QJsonObject {{QLatin1String("chunk_bytes"), chunk},
            {QLatin1String("seconds"), run.seconds}, {QLatin1String("execs"), run.execs},
            {QLatin1String("mib_per_second"), 64.0 / run.seconds}});
        if (chunk == defaults.chunkBytes) {
            defaultBigSeconds = run.seconds;
            defaultBigExecs = run.execs;
        }
    }

    request.localPaths = {dir.filePath(QStringLiteral("small"))};
    const CopyRun small = copy(client, server, request, defaults);
    ok = ok && small.ok;

    const QJsonObject report {
        {QLatin1String("benchmark"), QStringLiteral("transfer")},
        {QLatin1String("rate_limits"), QStringLiteral("off (simulator and client)")},
        {QLatin1String("default_chunk_bytes"), defaults.chunkBytes},
        {QLatin1String("large_file_bytes"), bigSize},
        {QLatin1String("large_copy_seconds"), defaultBigSeconds},
        {QLatin1String("large_copy_execs"), defaultBigExecs},
        {QLatin1String("large_raw_post_seconds"), rawBigSeconds},
        {QLatin1String("large_ratio"), rawBigSeconds / defaultBigSeconds},
        {QLatin1String("large_by_chunk"), chunkRuns},
        {QLatin1String("small_files"), 2000},
        {QLatin1String("small_bytes"), smallBytes.size()},
        {QLatin1String("small_copy_seconds"), small.seconds},
        {QLatin1String("small_copy_execs"), small.execs},
        {QLatin1String("small_raw_post_one_body_seconds"), rawSmallOneSeconds},
        {QLatin1String("small_raw_post_per_file_seconds"), rawSmallEachSeconds},
        {QLatin1String("small_ratio_vs_one_post"), rawSmallOneSeconds / small.seconds},
        {QLatin1String("small_ratio_vs_post_per_file"), rawSmallEachSeconds / small.seconds},
        {QLatin1String("all_copies_verified"), ok},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    server.stop();
    return ok ? 0 : 1;
}
