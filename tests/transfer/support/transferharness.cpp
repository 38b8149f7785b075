#include "transferharness.h"

#include "api/operations/createandwait.h"
#include "core/transfer/helpermachines.h"
#include "core/transfer/transferscripts.h"
#include "sim/server/simserver.h"
#include "sim/shell/virtualfs.h"
#include "sim/world/simworld.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace hangar::tests {

sim::SimOptions TransferHarness::simOptions()
{
    sim::SimOptions options = ApiHarness::simOptions();
    options.speed = 0.01;
    return options;
}

core::TransferOptions TransferHarness::smallOptions()
{
    core::TransferOptions options;
    options.chunkBytes = 96 * 1024;
    options.minChunkBytes = 3 * 1024;
    options.smallFileBytes = 16 * 1024;
    options.batchFiles = 7;
    options.retryDelayMs = 5;
    options.maxAttempts = 6;
    // After a lost answer the cleanup waits this long, and a margin, for the command to end.
    options.execTimeoutSecs = 5;
    return options;
}

TransferHarness::TransferHarness(const sim::SimOptions &options)
    : m_api(options)
{
    m_api.createApp(m_app);
}

QString TransferHarness::createVolume(const QString &name, const QString &region)
{
    api::CreateVolumeRequest request;
    request.name = name;
    request.region = region;
    request.sizeGb = 1;
    const auto volume = await(client().createVolume(m_app, request));
    if (!volume.ok())
        qFatal("creating volume %s failed: %s", qPrintable(name),
            qPrintable(volume.error().message()));
    return volume->id();
}

QString TransferHarness::createMachine(const QString &name, const QString &volumeId,
    const QString &mountPath, bool stopped, const QString &image)
{
    api::CreateMachineRequest request;
    request.name = name;
    request.region = QStringLiteral("lhr");
    request.config.setImage(image);
    if (!volumeId.isEmpty()) {
        api::MountConfig mount;
        mount.setVolume(volumeId);
        mount.setPath(mountPath);
        request.config.setMounts({mount});
    }
    api::CreateAndWait create(client(), m_app, request);
    if (!runToEnd(create) || !create.succeeded())
        qFatal("creating machine %s failed: %s", qPrintable(name),
            qPrintable(create.error().message()));
    const QString id = create.machineId();
    if (stopped) {
        await(client().stopMachine(m_app, id));
        api::WaitOptions wait;
        wait.states = {QStringLiteral("stopped")};
        await(client().waitForState(m_app, id, wait));
    }
    return id;
}

QString TransferHarness::machineState(const QString &machineId)
{
    const sim::SimMachine *machine = m_api.server().world().findMachine(m_app, machineId);
    return machine ? machine->state : QString();
}

core::CopyRequest TransferHarness::request(const QString &volumeId, const QStringList &localPaths,
    const QString &destination, const QString &mountPath)
{
    core::CopyRequest request;
    request.appName = m_app;
    request.volumeId = volumeId;
    request.volumeName = QStringLiteral("test-volume");
    request.mountPath = mountPath;
    request.destinationDir = destination;
    request.localPaths = localPaths;
    return request;
}

bool TransferHarness::run(core::CopyJob &job,
    const QMap<core::CopyQuestion::Kind, core::CopyAnswer> &answers, int timeoutMs)
{
    QObject context;
    QObject::connect(&job, &core::CopyJob::questionAsked, &context,
        [&job, answers](const core::CopyQuestion &question) {
            core::CopyAnswer answer = question.kind == core::CopyQuestion::Kind::Conflict
                ? core::CopyAnswer::Overwrite
                : core::CopyAnswer::Yes;
            answer = answers.value(question.kind, answer);
            const int id = question.id;
            QMetaObject::invokeMethod(
                &job, [&job, id, answer] { job.answer(id, answer); }, Qt::QueuedConnection);
        });
    job.start();
    return QTest::qWaitFor([&job] { return job.isFinished(); }, timeoutMs);
}

QStringList TransferHarness::liveHelpers()
{
    QStringList helpers;
    for (const sim::SimMachine *machine : m_api.server().world().machinesOfApp(m_app, true)) {
        const QJsonObject metadata = machine->config.value(QLatin1String("metadata")).toObject();
        if (metadata.contains(QLatin1String(core::helpers::kHelperKey)) && !machine->isDestroyed())
            helpers.append(machine->id);
    }
    return helpers;
}

sim::VirtualFs &TransferHarness::volumeFs(const QString &volumeId)
{
    sim::SimVolume *volume = m_api.server().world().findVolume(m_app, volumeId);
    Q_ASSERT(volume && volume->files);
    return *volume->files;
}

QStringList TransferHarness::volumePaths(const QString &volumeId)
{
    QStringList paths;
    QStringList pending {QStringLiteral("/")};
    sim::VirtualFs &fs = volumeFs(volumeId);
    while (!pending.isEmpty()) {
        const QString dir = pending.takeFirst();
        QList<sim::FileInfo> entries;
        fs.list(dir, &entries);
        for (const sim::FileInfo &entry : entries) {
            const QString path = dir == QLatin1String("/")
                ? QString(QLatin1Char('/') + entry.name)
                : QString(dir + QLatin1Char('/') + entry.name);
            paths.append(path);
            if (entry.isDirectory())
                pending.append(path);
        }
    }
    paths.sort();
    return paths;
}

QByteArray TransferHarness::volumeFile(const QString &volumeId, const QString &path)
{
    QByteArray contents;
    volumeFs(volumeId).readFile(path, &contents);
    return contents;
}

QStringList TransferHarness::leftovers(const QString &volumeId)
{
    QStringList found;
    const QStringList paths = volumePaths(volumeId);
    for (const QString &path : paths) {
        if (path.contains(QLatin1String("/.hangar-")))
            found.append(path);
    }
    return found;
}

QByteArray TransferHarness::execSha256(const QString &machineId, const QString &path)
{
    const auto result = await(client().exec(m_app, machineId, core::scripts::hashOf(path)));
    if (!result.ok() || result->exitCode() != 0)
        return {};
    return core::scripts::parseSha256(result->standardOutput()).value_or(QByteArray());
}

QStringList TransferHarness::execList(const QString &machineId, const QString &dir)
{
    const auto result = await(client().exec(m_app, machineId, core::scripts::listDirectory(dir)));
    QStringList names;
    if (!result.ok())
        return names;
    const auto entries = core::scripts::parseListing(result->standardOutput(), dir);
    for (const auto &entry : entries)
        names.append(entry.name);
    return names;
}

QString writeLocal(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("could not write %s", qPrintable(path));
    return path;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace hangar::tests
