#include "fleetfixtures.h"

#include <QJsonArray>

namespace fleetfixtures {

using namespace Qt::StringLiterals;
using hangar::core::MachineRecord;
using hangar::core::VolumeRecord;

MachineBuilder::MachineBuilder(const QString &appName, const QString &id)
    : m_appName(appName)
{
    m_machine = QJsonObject {
        {u"id"_s, id},
        {u"name"_s, id},
        {u"state"_s, u"started"_s},
        {u"region"_s, u"lhr"_s},
        {u"instance_id"_s, u"01HV0000000000000000000000"_s},
        {u"version"_s, u"01HV0000000000000000000000"_s},
        {u"private_ip"_s, u"fdaa:0:1::2"_s},
        {u"created_at"_s, u"2024-05-01T12:00:00Z"_s},
        {u"updated_at"_s, u"2024-05-01T12:00:00Z"_s},
    };
    m_config = QJsonObject {{u"image"_s, u"nginx:latest"_s}};
    m_guest = QJsonObject {{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 256}};
}

MachineBuilder &MachineBuilder::name(const QString &name)
{
    m_machine.insert(u"name"_s, name);
    return *this;
}

MachineBuilder &MachineBuilder::state(const QString &state)
{
    m_machine.insert(u"state"_s, state);
    return *this;
}

MachineBuilder &MachineBuilder::region(const QString &region)
{
    m_machine.insert(u"region"_s, region);
    return *this;
}

MachineBuilder &MachineBuilder::image(const QString &image)
{
    m_config.insert(u"image"_s, image);
    return *this;
}

MachineBuilder &MachineBuilder::privateIp(const QString &ip)
{
    m_machine.insert(u"private_ip"_s, ip);
    return *this;
}

MachineBuilder &MachineBuilder::guest(const QString &cpuKind, int cpus, int memoryMb)
{
    m_guest = QJsonObject {{u"cpu_kind"_s, cpuKind}, {u"cpus"_s, cpus}, {u"memory_mb"_s, memoryMb}};
    return *this;
}

MachineBuilder &MachineBuilder::metadata(const QString &key, const QString &value)
{
    m_metadata.insert(key, value);
    return *this;
}

MachineBuilder &MachineBuilder::updatedAt(const QString &rfc3339)
{
    m_machine.insert(u"updated_at"_s, rfc3339);
    return *this;
}

MachineBuilder &MachineBuilder::cordoned(bool cordoned)
{
    m_machine.insert(u"cordoned"_s, cordoned);
    return *this;
}

MachineBuilder &MachineBuilder::field(const QString &key, const QJsonValue &value)
{
    m_machine.insert(key, value);
    return *this;
}

MachineRecord MachineBuilder::record() const
{
    QJsonObject config = m_config;
    config.insert(u"guest"_s, m_guest);
    if (!m_metadata.isEmpty())
        config.insert(u"metadata"_s, m_metadata);
    QJsonObject machineObject = m_machine;
    machineObject.insert(u"config"_s, config);
    return MachineRecord {m_appName, hangar::api::Machine(machineObject)};
}

MachineBuilder machine(const QString &appName, const QString &id)
{
    return MachineBuilder(appName, id);
}

MachineBuilder machine(const MachineRecord &record)
{
    MachineBuilder builder(record.appName, record.machine.id());
    const QJsonObject json = record.machine.json();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != "config"_L1)
            builder.field(it.key(), it.value());
    }
    const QJsonObject config = json.value("config"_L1).toObject();
    builder.image(config.value("image"_L1).toString());
    const QJsonObject guest = config.value("guest"_L1).toObject();
    builder.guest(guest.value("cpu_kind"_L1).toString(), guest.value("cpus"_L1).toInt(),
        guest.value("memory_mb"_L1).toInt());
    const QJsonObject metadata = config.value("metadata"_L1).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        builder.metadata(it.key(), it.value().toString());
    return builder;
}

VolumeRecord volume(const QString &appName, const QString &id, const QString &name,
    const QString &region, int sizeGb, const QString &attachedMachineId)
{
    QJsonObject object {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"state"_s, u"created"_s},
        {u"size_gb"_s, sizeGb},
        {u"region"_s, region},
        {u"zone"_s, u"a1b2"_s},
        {u"encrypted"_s, true},
        {u"created_at"_s, u"2024-05-01T11:00:00.000Z"_s},
        {u"attached_machine_id"_s,
            attachedMachineId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(attachedMachineId)},
    };
    return VolumeRecord {appName, hangar::api::Volume(object)};
}

hangar::api::App app(const QString &name, const QString &status, const QString &org)
{
    return hangar::api::App(QJsonObject {
        {u"id"_s, name},
        {u"name"_s, name},
        {u"status"_s, status},
        {u"organization"_s, QJsonObject {{u"name"_s, org}, {u"slug"_s, org}}},
    });
}

ModelSpies::ModelSpies(const QAbstractItemModel *model)
    : rowsInserted(model, &QAbstractItemModel::rowsInserted)
    , rowsRemoved(model, &QAbstractItemModel::rowsRemoved)
    , rowsMoved(model, &QAbstractItemModel::rowsMoved)
    , dataChanged(model, &QAbstractItemModel::dataChanged)
    , modelReset(model, &QAbstractItemModel::modelReset)
    , layoutChanged(model, &QAbstractItemModel::layoutChanged)
    , columnsInserted(model, &QAbstractItemModel::columnsInserted)
    , columnsRemoved(model, &QAbstractItemModel::columnsRemoved)
{
}

int ModelSpies::structuralCount() const
{
    return int(rowsInserted.count() + rowsRemoved.count() + rowsMoved.count() + modelReset.count()
        + layoutChanged.count() + columnsInserted.count() + columnsRemoved.count());
}

void ModelSpies::clear()
{
    for (QSignalSpy *spy : {&rowsInserted, &rowsRemoved, &rowsMoved, &dataChanged, &modelReset,
             &layoutChanged, &columnsInserted, &columnsRemoved})
        spy->clear();
}

QModelIndex changedIndex(const QList<QVariant> &emission)
{
    return emission.at(0).value<QModelIndex>();
}

QList<int> changedRoles(const QList<QVariant> &emission)
{
    return emission.at(2).value<QList<int>>();
}

} // namespace fleetfixtures
