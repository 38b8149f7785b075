#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace hangar::api {
class App;
}

namespace hangar::core {
struct MachineRecord;
struct VolumeRecord;
} // namespace hangar::core

namespace hangar::models {

// The fields of a machine the models show, read once from its JSON when it arrives (the API
// values parse on every call, which a filter running over 10,000 rows per keystroke cannot
// afford). Comparing two versions of a machine tells which roles a delta really changed.
struct MachineItem {
    QString id;
    QString name;
    QString state;
    QString region;
    QString appName;
    QString image;
    QString privateIp;
    QString cpuKind;
    int cpus = 0;
    int memoryMb = 0;
    QString sizePreset;
    QVariantMap metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool cordoned = false;
    QString health;
    QString searchText;

    static MachineItem fromRecord(const core::MachineRecord &record);

    // The name, or the ID for a machine created without one.
    QString displayName() const { return name.isEmpty() ? id : name; }
    // One of the short-lived machines Hangar starts to copy files into a volume.
    bool isCopyHelper() const;

    // The raw value of a shared role, or an invalid QVariant for a role a machine does not have.
    QVariant roleValue(int role) const;

    // The roles whose raw value differs between two versions of the same machine.
    static QList<int> changedRoles(const MachineItem &before, const MachineItem &after);
};

struct VolumeItem {
    QString id;
    QString name;
    QString state;
    QString region;
    QString appName;
    QString zone;
    int sizeGb = 0;
    bool encrypted = false;
    QString attachedMachineId;
    QDateTime createdAt;
    QString searchText;

    static VolumeItem fromRecord(const core::VolumeRecord &record);

    QString displayName() const { return name.isEmpty() ? id : name; }
    QVariant roleValue(int role) const;
    static QList<int> changedRoles(const VolumeItem &before, const VolumeItem &after);
};

struct AppItem {
    QString name;
    QString status;
    QString organization;

    static AppItem fromApp(const api::App &app);
    QVariant roleValue(int role) const;
    static QList<int> changedRoles(const AppItem &before, const AppItem &after);
};

} // namespace hangar::models
