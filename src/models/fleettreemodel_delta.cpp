// Applying a FleetDelta to the tree as exact row inserts, removals and dataChanged.
#include "core/fleet/fleetrecords.h"
#include "models/deltarecords.h"
#include "models/fleetlabels.h"
#include "models/fleettree.h"
#include "models/fleettreemodel.h"
#include "models/keyedrows.h"

#include <algorithm>

namespace hangar::models {

namespace {

QList<int> withToolTip(QList<int> roles)
{
    roles.append(Qt::ToolTipRole);
    return roles;
}

// Sorts a delta's machines (or volumes) by what happens to their rows: removed ones leave; a
// leaf that stays in its groups is updated in place; one whose app or region changed leaves
// and arrives anew; an unknown one arrives. Leaves of a removed app are already gone.
template<typename Item, typename Record>
void routeLeaves(const QList<const Record *> &records, const QStringList &removedIds,
    const QHash<QString, FleetNode *> &leaves, const QSet<QString> &removedApps,
    QList<FleetNode *> &leaving, QList<std::pair<FleetNode *, Item>> &updates,
    FleetTree::NodeList &arriving)
{
    const QSet<QString> removed(removedIds.begin(), removedIds.end());
    for (const QString &id : removedIds) {
        if (FleetNode *leaf = leaves.value(id))
            leaving.append(leaf);
    }
    for (const Record *record : records) {
        Item item = Item::fromRecord(*record);
        if (item.id.isEmpty() || removed.contains(item.id) || removedApps.contains(item.appName))
            continue;
        FleetNode *leaf = leaves.value(item.id);
        const Item *current = leaf ? std::get_if<Item>(&leaf->payload) : nullptr;
        if (current && current->region == item.region && current->appName == item.appName) {
            updates.append({leaf, std::move(item)});
            continue;
        }
        if (leaf)
            leaving.append(leaf);
        arriving.push_back(FleetTree::makeLeaf(std::move(item)));
    }
}

} // namespace

void FleetTreeModel::applyDelta(const QString &accountId, const core::FleetDelta &delta)
{
    FleetNode *account = m_tree->account(accountId);
    if (!account || delta.isEmpty())
        return;
    AccountData &data = *account->accountData();
    m_tree->beginCountTracking();

    applyAppChanges(account, delta);
    QSet<FleetNode *> emptied;
    removeApps(account, delta.appsRemoved, emptied);
    const QSet<QString> removedApps(delta.appsRemoved.begin(), delta.appsRemoved.end());

    QList<FleetNode *> leaving;
    FleetTree::NodeList arriving;
    QList<std::pair<FleetNode *, MachineItem>> machineUpdates;
    QList<std::pair<FleetNode *, VolumeItem>> volumeUpdates;
    routeLeaves(newestMachines(delta), delta.machinesRemoved, data.machines, removedApps, leaving,
        machineUpdates, arriving);
    routeLeaves(newestVolumes(delta), delta.volumesRemoved, data.volumes, removedApps, leaving,
        volumeUpdates, arriving);

    removeNodes(collapseIntoGroups(leaving), &emptied);
    for (auto &[leaf, item] : machineUpdates)
        updateLeafInPlace(leaf, std::move(item));
    for (auto &[leaf, item] : volumeUpdates)
        updateLeafInPlace(leaf, std::move(item));
    insertLeaves(account, std::move(arriving));
    // After the inserts, so a group emptied and refilled by the same delta stays.
    pruneEmptyGroups(emptied);

    const QList<int> countChangeRoles = withToolTip(countRoles());
    for (const FleetNode *node : m_tree->endCountTracking())
        emitDataChanged(node, countChangeRoles);
}

void FleetTreeModel::applyAppChanges(FleetNode *account, const core::FleetDelta &delta)
{
    AccountData &data = *account->accountData();
    const bool appFirst = m_tree->grouping() == Grouping::AppRegion;
    NodeList newAppRows;
    const auto apply = [&](const api::App &app) {
        const AppItem item = AppItem::fromApp(app);
        if (item.name.isEmpty())
            return;
        data.apps.insert(item.name, item);
        QList<FleetNode *> rows;
        if (appFirst) {
            if (FleetNode *row = account->groupChildren.value(item.name))
                rows.append(row);
            else if (std::none_of(newAppRows.begin(), newAppRows.end(),
                         [&](const auto &node) { return node->key == item.name; }))
                newAppRows.push_back(m_tree->makeGroup(*account, NodeKind::App, item.name));
        } else {
            for (const auto &region : account->children) {
                if (FleetNode *row = region->groupChildren.value(item.name))
                    rows.append(row);
            }
        }
        for (FleetNode *row : std::as_const(rows)) {
            const QList<int> roles = AppItem::changedRoles(*row->app(), item);
            if (roles.isEmpty())
                continue;
            FleetTree::updateApp(row, item);
            emitDataChanged(row, withToolTip(roles));
        }
    };
    for (const api::App &app : delta.appsAdded)
        apply(app);
    for (const api::App &app : delta.appsChanged)
        apply(app);
    appendRows(account, std::move(newAppRows));
}

void FleetTreeModel::removeApps(
    FleetNode *account, const QStringList &appNames, QSet<FleetNode *> &emptied)
{
    if (appNames.isEmpty())
        return;
    AccountData &data = *account->accountData();
    QList<FleetNode *> rows;
    for (const QString &name : appNames) {
        data.apps.remove(name);
        if (m_tree->grouping() == Grouping::AppRegion) {
            if (FleetNode *row = account->groupChildren.value(name))
                rows.append(row);
            continue;
        }
        for (const auto &region : account->children) {
            if (FleetNode *row = region->groupChildren.value(name))
                rows.append(row);
        }
    }
    removeNodes(collapseIntoGroups(rows), &emptied);
}

void FleetTreeModel::updateLeafInPlace(FleetNode *leaf, MachineItem machine)
{
    QList<int> roles = MachineItem::changedRoles(*leaf->machine(), machine);
    if (roles.isEmpty())
        return;
    const QString titleBefore = labels::machineTitle(*leaf->machine());
    const QString toolTipBefore = labels::machineToolTip(*leaf->machine());
    m_tree->updateMachine(leaf, std::move(machine));
    if (roles.contains(NameRole) || labels::machineTitle(*leaf->machine()) != titleBefore)
        roles << Qt::DisplayRole << SortValueRole;
    if (labels::machineToolTip(*leaf->machine()) != toolTipBefore)
        roles << Qt::ToolTipRole;
    emitDataChanged(leaf, roles);
}

void FleetTreeModel::updateLeafInPlace(FleetNode *leaf, VolumeItem volume)
{
    QList<int> roles = VolumeItem::changedRoles(*leaf->volume(), volume);
    if (roles.isEmpty())
        return;
    const QString toolTipBefore = labels::volumeToolTip(*leaf->volume(), {});
    m_tree->updateVolume(leaf, std::move(volume));
    if (roles.contains(NameRole))
        roles << Qt::DisplayRole << SortValueRole;
    if (labels::volumeToolTip(*leaf->volume(), {}) != toolTipBefore)
        roles << Qt::ToolTipRole;
    emitDataChanged(leaf, roles);
}

void FleetTreeModel::insertLeaves(FleetNode *account, NodeList leaves)
{
    if (leaves.empty())
        return;
    NodeList newOuterRows;
    for (auto &[outerKey, byInnerKey] : m_tree->groupLeaves(std::move(leaves))) {
        FleetNode *outer = account->groupChildren.value(outerKey);
        if (!outer) {
            // A new outer group goes in whole: one row, its subtree already inside.
            auto group = m_tree->makeGroup(*account, m_tree->outerGroupKind(), outerKey);
            for (auto &[innerKey, innerLeaves] : byInnerKey) {
                NodeList inner;
                inner.push_back(m_tree->makeGroup(*account, m_tree->innerGroupKind(), innerKey));
                m_tree->append(inner.back().get(), std::move(innerLeaves));
                m_tree->append(group.get(), std::move(inner));
            }
            newOuterRows.push_back(std::move(group));
            continue;
        }
        NodeList newInnerRows;
        for (auto &[innerKey, innerLeaves] : byInnerKey) {
            if (FleetNode *inner = outer->groupChildren.value(innerKey)) {
                appendRows(inner, std::move(innerLeaves));
                continue;
            }
            newInnerRows.push_back(m_tree->makeGroup(*account, m_tree->innerGroupKind(), innerKey));
            m_tree->append(newInnerRows.back().get(), std::move(innerLeaves));
        }
        appendRows(outer, std::move(newInnerRows));
    }
    appendRows(account, std::move(newOuterRows));
}

void FleetTreeModel::appendRows(FleetNode *parent, NodeList nodes)
{
    if (nodes.empty())
        return;
    const int first = parent->childCount();
    beginInsertRows(indexOf(parent), first, first + int(nodes.size()) - 1);
    m_tree->append(parent, std::move(nodes));
    endInsertRows();
}

void FleetTreeModel::removeNodes(const QList<FleetNode *> &nodes, QSet<FleetNode *> *emptied)
{
    QHash<FleetNode *, QList<int>> rowsByParent;
    for (const FleetNode *node : nodes)
        rowsByParent[node->parent].append(node->row);
    for (auto it = rowsByParent.cbegin(); it != rowsByParent.cend(); ++it) {
        FleetNode *parent = it.key();
        for (const auto &[first, last] : descendingRuns(it.value())) {
            beginRemoveRows(indexOf(parent), first, last);
            const NodeList taken = m_tree->take(parent, first, last);
            endRemoveRows();
        }
        if (emptied && parent->children.empty())
            emptied->insert(parent);
    }
}

QList<FleetNode *> FleetTreeModel::collapseIntoGroups(const QList<FleetNode *> &leaving) const
{
    QSet<FleetNode *> removing(leaving.begin(), leaving.end());
    for (bool collapsed = true; collapsed;) {
        collapsed = false;
        QHash<FleetNode *, int> leavingPerParent;
        for (const FleetNode *node : std::as_const(removing))
            ++leavingPerParent[node->parent];
        for (auto it = leavingPerParent.cbegin(); it != leavingPerParent.cend(); ++it) {
            FleetNode *parent = it.key();
            if (it.value() != parent->childCount() || !m_tree->prunesWhenEmpty(*parent))
                continue;
            for (const auto &child : parent->children)
                removing.remove(child.get());
            removing.insert(parent);
            collapsed = true;
        }
    }
    return QList<FleetNode *>(removing.begin(), removing.end());
}

void FleetTreeModel::pruneEmptyGroups(QSet<FleetNode *> candidates)
{
    while (!candidates.isEmpty()) {
        QList<FleetNode *> prunable;
        for (FleetNode *node : std::as_const(candidates)) {
            if (m_tree->isPrunable(*node))
                prunable.append(node);
        }
        QSet<FleetNode *> parents;
        removeNodes(prunable, &parents);
        candidates = parents;
    }
}

} // namespace hangar::models
