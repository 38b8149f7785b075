#pragma once

#include "sim/shell/virtualfs.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace hangar::sim {

struct SimOrg {
    QString slug;
    QString name;
    qint64 internalNumericId = 0;
};

struct SimSecret {
    QString name;
    QString value;
    QString digest;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

struct SimApp {
    QString id;
    QString name;
    QString orgSlug;
    QString network = QStringLiteral("default");
    qint64 internalNumericId = 0;
    int networkId = 0;
    qint64 createdAtMs = 0;
    QMap<QString, SimSecret> secrets;
    qint64 secretsVersion = 0;
};

struct SimEvent {
    QString id;
    QString type;
    QString status;
    QString source;
    qint64 timestampMs = 0;
    QJsonObject request;
};

struct SimLease {
    QString nonce;
    qint64 expiresAtSecs = 0;
    QString owner;
    QString description;
    QString version;
};

struct SimMachineVersion {
    QString version;
    QJsonObject config;
};

struct SimMachine {
    QString id;
    QString appName;
    QString name;
    QString region;
    QString state;
    QString version;
    QString privateIp;
    QString hostZone;
    QJsonObject config;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    bool cordoned = false;
    std::optional<SimLease> lease;
    QList<SimEvent> events; // newest first
    QList<SimMachineVersion> versions; // newest first
    QString creationNonce;
    // A check status the demo fleet forces (e.g. "critical"); empty means "follow the state".
    QString checkStatusOverride;
    VirtualFs rootFs;
    qint64 startedAtMs = 0;
    int restartCount = 0;
    // Bumped on every transition so that timers scheduled for an older transition do nothing.
    quint64 transitionToken = 0;

    QString mountedVolumeId() const;
    QString mountPath() const;
    bool isDestroyed() const { return state == QLatin1String("destroyed"); }
};

struct SimSnapshot {
    QString id;
    qint64 createdAtMs = 0;
    qint64 sizeBytes = 0;
    int volumeSizeGb = 0;
    QString digest;
    QString status = QStringLiteral("created");
    int retentionDays = 5;
    VirtualFs contents;
};

struct SimVolume {
    QString id;
    QString appName;
    QString name;
    QString region;
    QString zone;
    QString state = QStringLiteral("created");
    QString fstype = QStringLiteral("ext4");
    QString attachedMachineId;
    int sizeGb = 1;
    bool encrypted = true;
    bool autoBackupEnabled = true;
    int snapshotRetention = 5;
    qint64 createdAtMs = 0;
    QList<SimSnapshot> snapshots; // oldest first
    // Shared with the MachineFs of the machine that mounts it, so exec writes land here.
    std::shared_ptr<VirtualFs> files;
    quint64 transitionToken = 0;

    bool isDestroyed() const;
};

} // namespace hangar::sim
