// Measures copying into a sandbox volume through exec: one 64 MiB file (at several chunk sizes,
// which is how the default chunk size was chosen; and with 30 ms of latency per answer, which
// is what several chunks in flight are for) and 2,000 small files, each against a raw HTTP POST
// of the same bytes to the same simulator over loopback. The 64 MiB copy at the default chunk
// size and its raw POSTs alternate for several rounds and their medians are reported: on shared
// cores one disturbed run would otherwise decide the ratio. The simulator runs without
// rate limits and the client without its own, so the numbers are the engine's and not Fly's
// one-exec-per-second limit. The simulator runs on its own thread, as the app's sandbox does.
// Prints one JSON object.
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
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <time.h>
#endif

using namespace hangar;

namespace {

// CPU seconds used by the whole process (every thread: client, network, simulator) or by the
// calling thread (the client's, the GUI thread in the app), or -1. Two shared cores bound what
// can overlap, so CPU time says as much as wall time here.
double cpuSeconds(bool thisThreadOnly)
{
#ifdef Q_OS_LINUX
    rusage usage {};
    if (getrusage(thisThreadOnly ? RUSAGE_THREAD : RUSAGE_SELF, &usage) != 0)
        return -1;
    const auto seconds = [](const timeval &value) {
        return double(value.tv_sec) + double(value.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
#else
    Q_UNUSED(thisThreadOnly)
    return -1;
#endif
}

// CPU seconds used so far by the thread of this process named `name` (the simulator's threads),
// or -1.
double namedThreadCpuSeconds(const QByteArray &name)
{
#ifdef Q_OS_LINUX
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        // The kernel's per-thread CPU clock for a thread id (what pthread_getcpuclockid gives).
        const auto clock = clockid_t((~quint32(tid.toUInt()) << 3) | 6u);
        timespec now {};
        if (clock_gettime(clock, &now) != 0)
            return -1;
        return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    }
#else
    Q_UNUSED(name)
#endif
    return -1;
}

const QByteArray kSimulatorThread = "sandbox"; // named below, as the app names its own
const QByteArray kSimulatorIoThread = "sim-http"; // named by the simulator's HTTP server

struct Timing {
    double seconds = 0;
    double cpuSeconds = 0;
    double clientThreadCpuSeconds = 0;
    double simulatorThreadCpuSeconds = 0; // the handler's: runs the commands
    double simulatorIoThreadCpuSeconds = 0; // receives the requests
};

class Stopwatch {
public:
    Stopwatch()
        : m_cpuStart(cpuSeconds(false))
        , m_threadCpuStart(cpuSeconds(true))
        , m_simulatorCpuStart(namedThreadCpuSeconds(kSimulatorThread))
        , m_simulatorIoCpuStart(namedThreadCpuSeconds(kSimulatorIoThread))
    {
        m_wall.start();
    }
    Timing elapsed() const
    {
        const double cpu = cpuSeconds(false);
        const double threadCpu = cpuSeconds(true);
        const double simulatorCpu = namedThreadCpuSeconds(kSimulatorThread);
        const double simulatorIoCpu = namedThreadCpuSeconds(kSimulatorIoThread);
        return {double(m_wall.nsecsElapsed()) / 1e9, cpu < 0 ? -1 : cpu - m_cpuStart,
            threadCpu < 0 ? -1 : threadCpu - m_threadCpuStart,
            simulatorCpu < 0 ? -1 : simulatorCpu - m_simulatorCpuStart,
            simulatorIoCpu < 0 ? -1 : simulatorIoCpu - m_simulatorIoCpuStart};
    }

private:
    QElapsedTimer m_wall;
    double m_cpuStart;
    double m_threadCpuStart;
    double m_simulatorCpuStart;
    double m_simulatorIoCpuStart;
};

// Each field's median over the runs, on its own.
Timing medianOf(const QList<Timing> &runs)
{
    const auto median = [&runs](double Timing::*field) {
        QList<double> values;
        for (const Timing &run : runs)
            values.append(run.*field);
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
    };
    return {median(&Timing::seconds), median(&Timing::cpuSeconds),
        median(&Timing::clientThreadCpuSeconds), median(&Timing::simulatorThreadCpuSeconds),
        median(&Timing::simulatorIoThreadCpuSeconds)};
}

QJsonArray secondsOf(const QList<Timing> &runs)
{
    QJsonArray seconds;
    for (const Timing &run : runs)
        seconds.append(run.seconds);
    return seconds;
}

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

// Time for raw POSTs of `bodies` to the simulator, one after another.
Timing rawPost(QNetworkAccessManager &network, const QUrl &url, const QString &token,
    const QList<QByteArray> &bodies)
{
    const Stopwatch stopwatch;
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
    return stopwatch.elapsed();
}

struct CopyRun {
    Timing timing;
    int execs = 0;
    bool ok = false;
};

CopyRun copy(api::ApiClient &client, const std::atomic<int> &execs,
    const core::CopyRequest &request, const core::TransferOptions &options)
{
    CopyRun run;
    const int execsBefore = execs;
    core::CopyJob job(client, request, options);
    QEventLoop loop;
    QObject::connect(&job, &core::Job::finished, &loop, &QEventLoop::quit);
    const Stopwatch stopwatch;
    job.start();
    if (!job.isFinished())
        loop.exec();
    run.timing = stopwatch.elapsed();
    run.ok = job.state() == core::Job::State::Succeeded;
    run.execs = execs - execsBefore;
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
    QThread simThread;
    simThread.setObjectName(QString::fromLatin1(kSimulatorThread));
    simThread.start();
    std::unique_ptr<sim::SimServer> simServer;
    std::atomic<int> execs {0};
    QString error;
    auto *anchor = new QObject;
    anchor->moveToThread(&simThread);
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            simServer = std::make_unique<sim::SimServer>(options);
            QObject::connect(simServer.get(), &sim::SimServer::requestHandled, simServer.get(),
                [&execs](const QByteArray &, const QString &path, int) {
                    if (path.endsWith(QLatin1String("/exec")))
                        ++execs;
                });
            if (!simServer->start(&error))
                simServer.reset();
        },
        Qt::BlockingQueuedConnection);
    if (!simServer) {
        std::fprintf(stderr, "bench_transfer: %s\n", qPrintable(error));
        return 1;
    }
    const sim::SimServer &server = *simServer;
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
    const Timing rawSmallOne = rawPost(network, execUrl, server.token(), {smallBytes});
    const Timing rawSmallEach = rawPost(network, execUrl, server.token(), smallBodies);

    core::CopyRequest request;
    request.appName = appName;
    request.volumeId = volumeId;
    request.volumeName = QStringLiteral("bench_data");
    request.destinationDir = QStringLiteral("/data");
    request.conflicts = core::ConflictChoice::Overwrite;
    request.localPaths = {dir.filePath(QStringLiteral("big.bin"))};

    QJsonArray chunkRuns;
    const core::TransferOptions defaults;
    bool ok = true;
    for (const qint64 chunk : {qint64(256) << 10, qint64(1) << 20, qint64(2) << 20, qint64(4) << 20,
             qint64(6) << 20, qint64(7) << 20}) {
        core::TransferOptions transfer;
        transfer.chunkBytes = chunk;
        transfer.chunksInFlight = defaults.chunksInFlight;
        const CopyRun run = copy(client, execs, request, transfer);
        ok = ok && run.ok;
        chunkRuns.append(QJsonObject {{QLatin1String("chunk_bytes"), chunk},
            {QLatin1String("seconds"), run.timing.seconds},
            {QLatin1String("cpu_seconds"), run.timing.cpuSeconds},
            {QLatin1String("execs"), run.execs},
            {QLatin1String("mib_per_second"), 64.0 / run.timing.seconds}});
    }

    // The default copy and the raw POSTs it is compared with, round after round.
    constexpr int kLargeRounds = 5;
    QList<Timing> rawBigRuns;
    QList<Timing> copyBigRuns;
    int largeExecs = 0;
    for (int round = 0; round < kLargeRounds; ++round) {
        rawBigRuns.append(rawPost(network, execUrl, server.token(), bigBodies));
        const CopyRun run = copy(client, execs, request, defaults);
        ok = ok && run.ok;
        copyBigRuns.append(run.timing);
        largeExecs = run.execs;
    }
    const Timing rawBig = medianOf(rawBigRuns);
    const Timing copyBig = medianOf(copyBigRuns);

    // The same copy when every answer takes 30 ms more, as over a real network: how much the
    // chunks in flight together hide, against one chunk at a time and the raw POSTs.
    const auto setLatency = [&](int latencyMs) {
        QMetaObject::invokeMethod(
            anchor,
            [&simServer, latencyMs] {
                sim::FaultSettings faults;
                faults.latencyMs = latencyMs;
                simServer->setFaults(faults);
            },
            Qt::BlockingQueuedConnection);
    };
    setLatency(30);
    const Timing rawBigLatency = rawPost(network, execUrl, server.token(), bigBodies);
    const CopyRun latencyBig = copy(client, execs, request, defaults);
    core::TransferOptions oneAtATime;
    oneAtATime.chunksInFlight = 1;
    const CopyRun latencyBigSerial = copy(client, execs, request, oneAtATime);
    setLatency(0);
    ok = ok && latencyBig.ok && latencyBigSerial.ok;

    request.localPaths = {dir.filePath(QStringLiteral("small"))};
    const CopyRun small = copy(client, execs, request, defaults);
    ok = ok && small.ok;

    const QJsonObject report {
        {QLatin1String("benchmark"), QStringLiteral("transfer")},
        {QLatin1String("rate_limits"), QStringLiteral("off (simulator and client)")},
        {QLatin1String("default_chunk_bytes"), defaults.chunkBytes},
        {QLatin1String("large_file_bytes"), bigSize},
        {QLatin1String("large_rounds"), kLargeRounds},
        {QLatin1String("large_copy_seconds"), copyBig.seconds},
        {QLatin1String("large_copy_runs_seconds"), secondsOf(copyBigRuns)},
        {QLatin1String("large_copy_cpu_seconds"), copyBig.cpuSeconds},
        {QLatin1String("large_copy_client_thread_cpu_seconds"), copyBig.clientThreadCpuSeconds},
        {QLatin1String("large_copy_simulator_thread_cpu_seconds"),
            copyBig.simulatorThreadCpuSeconds},
        {QLatin1String("large_copy_simulator_io_thread_cpu_seconds"),
            copyBig.simulatorIoThreadCpuSeconds},
        {QLatin1String("large_copy_execs"), largeExecs},
        {QLatin1String("large_raw_post_seconds"), rawBig.seconds},
        {QLatin1String("large_raw_post_runs_seconds"), secondsOf(rawBigRuns)},
        {QLatin1String("large_raw_post_cpu_seconds"), rawBig.cpuSeconds},
        {QLatin1String("large_raw_post_simulator_thread_cpu_seconds"),
            rawBig.simulatorThreadCpuSeconds},
        {QLatin1String("large_raw_post_simulator_io_thread_cpu_seconds"),
            rawBig.simulatorIoThreadCpuSeconds},
        {QLatin1String("large_ratio"), rawBig.seconds / copyBig.seconds},
        {QLatin1String("large_by_chunk"), chunkRuns},
        {QLatin1String("chunks_in_flight"), defaults.chunksInFlight},
        {QLatin1String("latency_30ms_copy_seconds"), latencyBig.timing.seconds},
        {QLatin1String("latency_30ms_copy_one_chunk_at_a_time_seconds"),
            latencyBigSerial.timing.seconds},
        {QLatin1String("latency_30ms_raw_post_seconds"), rawBigLatency.seconds},
        {QLatin1String("latency_30ms_ratio"), rawBigLatency.seconds / latencyBig.timing.seconds},
        {QLatin1String("small_files"), 2000},
        {QLatin1String("small_bytes"), smallBytes.size()},
        {QLatin1String("small_copy_seconds"), small.timing.seconds},
        {QLatin1String("small_copy_execs"), small.execs},
        {QLatin1String("small_raw_post_one_body_seconds"), rawSmallOne.seconds},
        {QLatin1String("small_raw_post_per_file_seconds"), rawSmallEach.seconds},
        {QLatin1String("small_ratio_vs_one_post"), rawSmallOne.seconds / small.timing.seconds},
        {QLatin1String("small_ratio_vs_post_per_file"),
            rawSmallEach.seconds / small.timing.seconds},
        {QLatin1String("all_copies_verified"), ok},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    QMetaObject::invokeMethod(
        anchor, [&] { simServer.reset(); }, Qt::BlockingQueuedConnection);
    simThread.quit();
    simThread.wait();
    delete anchor;
    return ok ? 0 : 1;
}
