#pragma once

#include <QString>

class QObject;

namespace hangar::core {
class FleetStore;
}

namespace hangar::models {

class FleetTreeModel;
class MachineTableModel;
class RegionSummaryModel;
class VolumeTableModel;

// Hook a model to an account's FleetStore: the model takes the store's snapshot now, then every
// delta the store announces (and, for region-aware models, every new region list). The model is
// the context of each connection, so destroying either side ends the binding; unbind() ends it
// early and takes the account out of the model.

void bindFleetTree(
    FleetTreeModel *model, core::FleetStore *store, const QString &accountId, const QString &label);
void unbindFleetTree(FleetTreeModel *model, core::FleetStore *store, const QString &accountId);

void bindRegionSummary(
    RegionSummaryModel *model, core::FleetStore *store, const QString &accountId);
void unbindRegionSummary(
    RegionSummaryModel *model, core::FleetStore *store, const QString &accountId);

// `appName` empty: every machine (volume) of the account.
void bindMachineTable(
    MachineTableModel *model, core::FleetStore *store, const QString &appName = {});
void bindVolumeTable(VolumeTableModel *model, core::FleetStore *store, const QString &appName = {});
// Disconnects a table from a store (the table keeps its rows).
void unbindTable(QObject *tableModel, core::FleetStore *store);

} // namespace hangar::models
