#include "models/fleetbinding.h"

#include "core/fleet/fleetstore.h"
#include "models/fleettreemodel.h"
#include "models/machinetablemodel.h"
#include "models/regionsummarymodel.h"
#include "models/volumetablemodel.h"

namespace hangar::models {

namespace {

QHash<QString, QString> regionNames(const api::RegionList &regions)
{
    QHash<QString, QString> names;
    for (const api::Region &region : regions.regions)
        names.insert(region.code(), region.name());
    return names;
}

} // namespace

void bindFleetTree(
    FleetTreeModel *model, core::FleetStore *store, const QString &accountId, const QString &label)
{
    model->addAccount(accountId, label, store->snapshot());
    if (!store->regions().regions.isEmpty())
        model->setRegionNames(regionNames(store->regions()));
    QObject::connect(store, &core::FleetStore::deltaReady, model,
        [model, accountId](const core::FleetDelta &delta) { model->applyDelta(accountId, delta); });
    QObject::connect(store, &core::FleetStore::regionsChanged, model,
        [model, store] { model->setRegionNames(regionNames(store->regions())); });
}

void unbindFleetTree(FleetTreeModel *model, core::FleetStore *store, const QString &accountId)
{
    QObject::disconnect(store, nullptr, model, nullptr);
    model->removeAccount(accountId);
}

void bindRegionSummary(RegionSummaryModel *model, core::FleetStore *store, const QString &accountId)
{
    if (!store->regions().regions.isEmpty())
        model->setRegions(store->regions());
    model->addAccount(accountId, store->snapshot());
    QObject::connect(store, &core::FleetStore::deltaReady, model,
        [model, accountId](const core::FleetDelta &delta) { model->applyDelta(accountId, delta); });
    QObject::connect(store, &core::FleetStore::regionsChanged, model,
        [model, store] { model->setRegions(store->regions()); });
}

void unbindRegionSummary(
    RegionSummaryModel *model, core::FleetStore *store, const QString &accountId)
{
    QObject::disconnect(store, nullptr, model, nullptr);
    model->removeAccount(accountId);
}

void bindMachineTable(MachineTableModel *model, core::FleetStore *store, const QString &appName)
{
    model->setSnapshot(store->snapshot(), appName);
    QObject::connect(store, &core::FleetStore::deltaReady, model, &MachineTableModel::applyDelta);
}

void bindVolumeTable(VolumeTableModel *model, core::FleetStore *store, const QString &appName)
{
    model->setSnapshot(store->snapshot(), appName);
    QObject::connect(store, &core::FleetStore::deltaReady, model, &VolumeTableModel::applyDelta);
}

void unbindTable(QObject *tableModel, core::FleetStore *store)
{
    QObject::disconnect(store, nullptr, tableModel, nullptr);
}

} // namespace hangar::models
