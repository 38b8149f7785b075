#include "sim/world/volumelifecycle.h"

#include "sim/world/simworld.h"

#include <QCryptographicHash>
#include <QTimer>

namespace hangar::sim {

namespace {
constexpr int kCreate = 500;
constexpr int kRestore = 1500;
constexpr int kHydrate = 1500;
constexpr int kExtend = 800;
} // namespace

VolumeLifecycle::VolumeLifecycle(SimWorld &world, QObject *parent)
    : QObject(parent)
    , m_world(world)
{
}

VolumeLifecycle::~VolumeLifecycle() = default;

qint64 VolumeLifecycle::bytesForGb(int sizeGb)
{
    return qint64(sizeGb) * 1024 * 1024 * 1024;
}

QString VolumeLifecycle::zoneName(const QString &region, int index)
{
    const QByteArray hash = QCryptographicHash::hash(
        (region + QString::number(index)).toUtf8(), QCryptographicHash::Md5);
    return QString::fromLatin1(hash.toHex().left(4));
}

void VolumeLifecycle::settleLater(SimVolume &volume, int baseMs)
{
    const quint64 token = ++volume.transitionToken;
    const QString appName = volume.appName;
    const QString id = volume.id;
    QTimer::singleShot(m_world.scaledMs(baseMs), this, [this, appName, id, token] {
        SimVolume *current = m_world.findVolume(appName, id);
        if (!current || current->transitionToken != token || current->isDestroyed())
            return;
        current->state = QStringLiteral("created");
        m_world.notifyChanged();
    });
}

SimVolume *VolumeLifecycle::create(const VolumeSpec &spec, ActionError *error)
{
    QStringList usedZones;
    if (spec.requireUniqueZone) {
        for (const SimVolume *other : m_world.volumesOfApp(spec.appName, false)) {
            if (other->name == spec.name && other->region == spec.region)
                usedZones.append(other->zone);
        }
    }
    QStringList freeZones;
    for (int i = 0; i < kZonesPerRegion; ++i) {
        const QString zone = zoneName(spec.region, i);
        if (!usedZones.contains(zone))
            freeZones.append(zone);
    }
    if (freeZones.isEmpty()) {
        *error = {422,
            QStringLiteral("no host in %1 has room for another volume named %2 in a "
                           "separate zone; pass require_unique_zone=false to allow sharing")
                .arg(spec.region, spec.name)};
        return nullptr;
    }
    auto volume = std::make_unique<SimVolume>();
    volume->id = m_world.ids().volumeId();
    volume->appName = spec.appName;
    volume->name = spec.name;
    volume->region = spec.region;
    volume->zone = freeZones.at(m_world.ids().bounded(0, int(freeZones.size())));
    volume->sizeGb = spec.sizeGb;
    volume->encrypted = spec.encrypted;
    volume->fstype = spec.fstype;
    volume->snapshotRetention = spec.snapshotRetention;
    volume->autoBackupEnabled = spec.autoBackupEnabled;
    volume->createdAtMs = m_world.nowMs();
    volume->files = std::make_shared<VirtualFs>(bytesForGb(spec.sizeGb));
    int settleMs = kCreate;
    if (spec.restoreFrom) {
        *volume->files = spec.restoreFrom->contents;
        volume->files->setCapacity(bytesForGb(spec.sizeGb));
        volume->state = QStringLiteral("restoring");
        settleMs = kRestore;
    } else if (spec.forkOf) {
        *volume->files = *spec.forkOf->files;
        volume->files->setCapacity(bytesForGb(spec.sizeGb));
        volume->state = QStringLiteral("hydrating"); // already mountable while it copies
        settleMs = kHydrate;
    } else {
        volume->state = QStringLiteral("creating");
    }
    SimVolume &stored = m_world.addVolume(std::move(volume));
    settleLater(stored, settleMs);
    *error = ActionError::none();
    return &stored;
}

ActionError VolumeLifecycle::extend(SimVolume &volume, int sizeGb, bool *needsRestart)
{
    if (sizeGb <= volume.sizeGb)
        return {400,
            QStringLiteral("volume %1 is %2 GB; extend it to a larger size (volumes "
                           "cannot shrink)")
                .arg(volume.id)
                .arg(volume.sizeGb)};
    if (sizeGb > kMaxSizeGb)
        return {400, QStringLiteral("volumes can be at most %1 GB").arg(kMaxSizeGb)};
    volume.sizeGb = sizeGb;
    volume.files->setCapacity(bytesForGb(sizeGb));
    const SimMachine *machine = m_world.findMachine(volume.appName, volume.attachedMachineId);
    // A running machine sees the new space only after a restart.
    *needsRestart = machine && machine->state == QLatin1String("started");
    volume.state = QStringLiteral("extending");
    m_world.notifyChanged();
    settleLater(volume, kExtend);
    return ActionError::none();
}

SimSnapshot &VolumeLifecycle::snapshot(SimVolume &volume)
{
    SimSnapshot snapshot;
    snapshot.id = m_world.ids().snapshotId();
    snapshot.createdAtMs = m_world.nowMs();
    snapshot.contents = *volume.files;
    snapshot.sizeBytes = volume.files->usedBytes();
    snapshot.volumeSizeGb = volume.sizeGb;
    snapshot.retentionDays = volume.snapshotRetention;
    snapshot.digest = QString::fromLatin1(
        QCryptographicHash::hash((volume.id + snapshot.id).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
    volume.snapshots.append(snapshot);
    m_world.notifyChanged();
    return volume.snapshots.last();
}

ActionError VolumeLifecycle::destroy(SimVolume &volume)
{
    if (!volume.attachedMachineId.isEmpty())
        return {412,
            QStringLiteral("volume %1 is attached to machine %2; destroy that machine "
                           "first")
                .arg(volume.id, volume.attachedMachineId)};
    ++volume.transitionToken;
    volume.state = QStringLiteral("destroyed");
    m_world.notifyChanged();
    return ActionError::none();
}

} // namespace hangar::sim
