#pragma once

#include "sim/world/actionerror.h"

#include <QObject>

namespace hangar::sim {

class SimWorld;
struct SimSnapshot;
struct SimVolume;

// What a new volume should be; the handler has checked names and ranges already.
struct VolumeSpec {
    QString appName;
    QString name;
    QString region;
    int sizeGb = 3;
    bool encrypted = true;
    QString fstype = QStringLiteral("ext4");
    bool requireUniqueZone = true;
    int snapshotRetention = 5;
    bool autoBackupEnabled = true;
    const SimSnapshot *restoreFrom = nullptr; // snapshot_id
    const SimVolume *forkOf = nullptr; // source_volume_id
};

// Volume placement (zones), state transitions (creating, restoring, hydrating, extending) and
// the rules for extend, snapshot and destroy.
class VolumeLifecycle final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeLifecycle)

public:
    explicit VolumeLifecycle(SimWorld &world, QObject *parent = nullptr);
    ~VolumeLifecycle() override;

    static constexpr int kMinSizeGb = 1;
    static constexpr int kMaxSizeGb = 500;
    static constexpr int kZonesPerRegion = 8;
    static qint64 bytesForGb(int sizeGb);

    // Creates the volume, or explains why not (no zone left for a unique placement).
    SimVolume *create(const VolumeSpec &spec, ActionError *error);
    ActionError extend(SimVolume &volume, int sizeGb, bool *needsRestart);
    SimSnapshot &snapshot(SimVolume &volume);
    ActionError destroy(SimVolume &volume);

    static QString zoneName(const QString &region, int index);

private:
    void settleLater(SimVolume &volume, int baseMs);

    SimWorld &m_world;
};

} // namespace hangar::sim
