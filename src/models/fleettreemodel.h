#pragma once

#include "models/fleetnode.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>

namespace hangar::core {
struct FleetDelta;
struct FleetSnapshot;
} // namespace hangar::core

namespace hangar::models {

class FleetTree;

// The fleet of one or more accounts as a tree: account → app → region → machines and volumes,
// or account → region → app → machines and volumes. Deltas become exact row inserts, removals
// and dataChanged for the roles that changed; only adding or removing an account inserts or
// removes an account row, and only a grouping change resets the model.
//
// App, region and account rows carry the counts of what is below them (MachineCountRole,
// StartedCountRole, ..., VolumeCountRole); when a delta changes those counts the row gets one
// dataChanged with the count roles (and ToolTipRole). Empty region rows are pruned, and so are
// empty app rows in RegionApp grouping; in AppRegion grouping an app stays until it is removed.
// A group whose last rows leave goes in the same step: one removal of the group, not of each
// row. Removing an app removes its rows and everything below them.
class FleetTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTreeModel)

public:
    using Grouping = FleetGrouping;

    explicit FleetTreeModel(QObject *parent = nullptr);
    ~FleetTreeModel() override;

    Grouping grouping() const;
    // Regroups every account; resets the model.
    void setGrouping(Grouping grouping);

    // Adds an account row with everything in the snapshot below it (replaces an account with
    // the same ID).
    void addAccount(
        const QString &accountId, const QString &label, const core::FleetSnapshot &snapshot);
    void removeAccount(const QString &accountId);
    void setAccountLabel(const QString &accountId, const QString &label);
    void applyDelta(const QString &accountId, const core::FleetDelta &delta);
    QStringList accountIds() const;

    // Region names by code, for "lhr · London, United Kingdom" labels.
    void setRegionNames(const QHash<QString, QString> &namesByCode);

    QModelIndex indexForAccount(const QString &accountId) const;
    // In RegionApp grouping an app has a row under each of its regions: this is the first.
    QModelIndex indexForApp(const QString &accountId, const QString &appName) const;
    QModelIndex indexForRegion(
        const QString &accountId, const QString &regionCode, const QString &appName = {}) const;
    QModelIndex indexForMachine(const QString &accountId, const QString &machineId) const;
    QModelIndex indexForVolume(const QString &accountId, const QString &volumeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    using NodeList = std::vector<std::unique_ptr<FleetNode>>;

    FleetNode *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const FleetNode *node) const;
    QVariant nodeData(const FleetNode &node, int role) const;

    // The steps of applyDelta (fleettreemodel_delta.cpp).
    void applyAppChanges(FleetNode *account, const core::FleetDelta &delta);
    void removeApps(FleetNode *account, const QStringList &appNames, QSet<FleetNode *> &emptied);
    void updateLeafInPlace(FleetNode *leaf, MachineItem machine);
    void updateLeafInPlace(FleetNode *leaf, VolumeItem volume);
    void insertLeaves(FleetNode *account, NodeList leaves);
    void appendRows(FleetNode *parent, NodeList nodes);
    // Removes nodes (any parents), one beginRemoveRows per contiguous run; their parents
    // that are left empty go into `emptied`.
    void removeNodes(const QList<FleetNode *> &nodes, QSet<FleetNode *> *emptied);
    // Replaces a group whose every child is leaving (and which would then be pruned) by the
    // group itself, up the tree, so that a region losing its last machine is one removal.
    QList<FleetNode *> collapseIntoGroups(const QList<FleetNode *> &leaving) const;
    // Removes the prunable nodes among `candidates`, then their parents left empty, and so on.
    void pruneEmptyGroups(QSet<FleetNode *> candidates);
    void emitDataChanged(const FleetNode *node, const QList<int> &roles);

    std::unique_ptr<FleetTree> m_tree;
    QHash<QString, QString> m_regionNames;
};

} // namespace hangar::models
