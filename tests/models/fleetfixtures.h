#pragma once

#include "core/fleet/fleetrecords.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QString>

// Synthetic fleet data for the model tests: JSON shaped like the Machines API's, no network.
namespace fleetfixtures {

// A machine as GET /apps/{app}/machines lists it, built field by field.
class MachineBuilder {
public:
    MachineBuilder(const QString &appName, const QString &id);

    MachineBuilder &name(const QString &name);
    MachineBuilder &state(const QString &state);
    MachineBuilder &region(const QString &region);
    MachineBuilder &image(const QString &image);
    MachineBuilder &privateIp(const QString &ip);
    MachineBuilder &guest(const QString &cpuKind, int cpus, int memoryMb);
    MachineBuilder &metadata(const QString &key, const QString &value);
    MachineBuilder &updatedAt(const QString &rfc3339);
    MachineBuilder &cordoned(bool cordoned);
    // Any other top-level field (e.g. "version"), for changes no model shows.
    MachineBuilder &field(const QString &key, const QJsonValue &value);

    hangar::core::MachineRecord record() const;
    operator hangar::core::MachineRecord() const { return record(); }

private:
    QString m_appName;
    QJsonObject m_machine;
    QJsonObject m_config;
    QJsonObject m_guest;
    QJsonObject m_metadata;
};

MachineBuilder machine(const QString &appName, const QString &id);
// The same machine with one field replaced (the builder of an existing record).
MachineBuilder machine(const hangar::core::MachineRecord &record);

hangar::core::VolumeRecord volume(const QString &appName, const QString &id, const QString &name,
    const QString &region, int sizeGb, const QString &attachedMachineId = {});
hangar::api::App app(const QString &name, const QString &status = QStringLiteral("deployed"),
    const QString &org = QStringLiteral("personal"));

// Every change notification a model can send, one spy each.
struct ModelSpies {
    explicit ModelSpies(const QAbstractItemModel *model);

    // Rows inserted/removed, resets, layout changes and moves (not dataChanged).
    int structuralCount() const;
    int totalCount() const { return structuralCount() + int(dataChanged.count()); }
    void clear();

    QSignalSpy rowsInserted;
    QSignalSpy rowsRemoved;
    QSignalSpy rowsMoved;
    QSignalSpy dataChanged;
    QSignalSpy modelReset;
    QSignalSpy layoutChanged;
    QSignalSpy columnsInserted;
    QSignalSpy columnsRemoved;
};

// The index a dataChanged emission (one QSignalSpy entry) started at, and its roles.
QModelIndex changedIndex(const QList<QVariant> &emission);
QList<int> changedRoles(const QList<QVariant> &emission);

} // namespace fleetfixtures
