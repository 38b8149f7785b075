#include "models/fleettree.h"

#include <QSet>

#include <algorithm>

namespace hangar::models {

FleetNode *FleetNode::owningAccount()
{
    for (FleetNode *node = this; node && !node->isRoot; node = node->parent) {
        if (node->kind == NodeKind::Account)
            return node;
    }
    return nullptr;
}

const FleetNode *FleetNode::owningAccount() const
{
    return const_cast<FleetNode *>(this)->owningAccount();
}

FleetCounts FleetNode::contribution() const
{
    if (const MachineItem *item = machine()) {
        FleetCounts single;
        single.addMachine(stateBucket(item->state));
        return single;
    }
    if (const VolumeItem *item = volume()) {
        FleetCounts single;
        single.addVolume(item->sizeGb);
        return single;
    }
    return counts;
}

FleetTree::FleetTree(FleetGrouping grouping)
    : m_grouping(grouping)
    , m_root(std::make_unique<FleetNode>())
{
    m_root->isRoot = true;
}

FleetTree::~FleetTree() = default;

FleetNode *FleetTree::account(const QString &accountId) const
{
    return m_root->groupChildren.value(accountId);
}

NodeKind FleetTree::outerGroupKind() const
{
    return m_grouping == FleetGrouping::AppRegion ? NodeKind::App : NodeKind::Region;
}

NodeKind FleetTree::innerGroupKind() const
{
    return m_grouping == FleetGrouping::AppRegion ? NodeKind::Region : NodeKind::App;
}

std::pair<QString, QString> FleetTree::groupKeys(const FleetNode &leaf) const
{
    QString appName;
    QString region;
    if (const MachineItem *machine = leaf.machine()) {
        appName = machine->appName;
        region = machine->region;
    } else if (const VolumeItem *volume = leaf.volume()) {
        appName = volume->appName;
        region = volume->region;
    }
    if (m_grouping == FleetGrouping::AppRegion)
        return {appName, region};
    return {region, appName};
}

bool FleetTree::prunesWhenEmpty(const FleetNode &group) const
{
    if (group.isRoot || group.isLeaf() || group.kind == NodeKind::Account)
        return false;
    if (group.kind == NodeKind::App && m_grouping == FleetGrouping::AppRegion) {
        const FleetNode *accountNode = group.owningAccount();
        return !accountNode || !accountNode->accountData()->apps.contains(group.key);
    }
    return true;
}

std::unique_ptr<FleetNode> FleetTree::makeAccount(
    const QString &accountId, const QString &label) const
{
    auto node = std::make_unique<FleetNode>();
    node->kind = NodeKind::Account;
    node->key = accountId;
    node->payload = AccountData {label, {}, {}, {}};
    return node;
}

std::unique_ptr<FleetNode> FleetTree::makeGroup(
    const FleetNode &account, NodeKind kind, const QString &key) const
{
    auto node = std::make_unique<FleetNode>();
    node->kind = kind;
    node->key = key;
    if (kind == NodeKind::App)
        node->payload = account.accountData()->apps.value(key, AppItem {key, {}, {}});
    return node;
}

std::unique_ptr<FleetNode> FleetTree::makeLeaf(MachineItem machine)
{
    auto node = std::make_unique<FleetNode>();
    node->kind = NodeKind::Machine;
    node->key = machine.id;
    node->payload = std::move(machine);
    return node;
}

std::unique_ptr<FleetNode> FleetTree::makeLeaf(VolumeItem volume)
{
    auto node = std::make_unique<FleetNode>();
    node->kind = NodeKind::Volume;
    node->key = volume.id;
    node->payload = std::move(volume);
    return node;
}

std::unique_ptr<FleetNode> FleetTree::buildAccount(const QString &accountId, const QString &label,
    const QList<AppItem> &apps, QList<MachineItem> machines, QList<VolumeItem> volumes)
{
    std::unique_ptr<FleetNode> accountNode = makeAccount(accountId, label);
    AccountData &data = *accountNode->accountData();
    for (const AppItem &app : apps)
        data.apps.insert(app.name, app);
    if (m_grouping == FleetGrouping::AppRegion) {
        NodeList appNodes;
        QSet<QString> seen;
        for (const AppItem &app : apps) {
            if (!seen.contains(app.name)) {
                seen.insert(app.name);
                appNodes.push_back(makeGroup(*accountNode, NodeKind::App, app.name));
            }
        }
        append(accountNode.get(), std::move(appNodes));
    }
    // Group first, then link each group's leaves in one go: no per-leaf walks up the tree.
    NodeList leaves;
    leaves.reserve(size_t(machines.size() + volumes.size()));
    QSet<QString> seen;
    for (MachineItem &machine : machines) {
        if (!seen.contains(machine.id)) {
            seen.insert(machine.id);
            leaves.push_back(makeLeaf(std::move(machine)));
        }
    }
    seen.clear();
    for (VolumeItem &volume : volumes) {
        if (!seen.contains(volume.id)) {
            seen.insert(volume.id);
            leaves.push_back(makeLeaf(std::move(volume)));
        }
    }
    for (auto &[outerKey, byInnerKey] : groupLeaves(std::move(leaves))) {
        FleetNode *outer = accountNode->groupChildren.value(outerKey);
        if (!outer) {
            NodeList group;
            group.push_back(makeGroup(*accountNode, outerGroupKind(), outerKey));
            outer = group.back().get();
            append(accountNode.get(), std::move(group));
        }
        NodeList innerGroups;
        for (auto &[innerKey, innerLeaves] : byInnerKey) {
            innerGroups.push_back(makeGroup(*accountNode, innerGroupKind(), innerKey));
            append(innerGroups.back().get(), std::move(innerLeaves));
        }
        append(outer, std::move(innerGroups));
    }
    return accountNode;
}

void FleetTree::setGrouping(FleetGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    for (auto &accountNode : m_root->children) {
        const AccountData &data = *accountNode->accountData();
        QList<MachineItem> machines;
        QList<VolumeItem> volumes;
        machines.reserve(data.machines.size());
        volumes.reserve(data.volumes.size());
        // Walk in row order, not hash order, so the regrouped rows come out in a stable order.
        const auto collect = [&](const auto &self, const FleetNode &node) -> void {
            for (const auto &child : node.children) {
                if (const MachineItem *machine = child->machine())
                    machines.append(*machine);
                else if (const VolumeItem *volume = child->volume())
                    volumes.append(*volume);
                else
                    self(self, *child);
            }
        };
        collect(collect, *accountNode);
        QList<AppItem> apps = data.apps.values();
        std::sort(apps.begin(), apps.end(),
            [](const AppItem &a, const AppItem &b) { return a.name < b.name; });
        std::unique_ptr<FleetNode> rebuilt = buildAccount(
            accountNode->key, data.label, apps, std::move(machines), std::move(volumes));
        rebuilt->parent = m_root.get();
        rebuilt->row = accountNode->row;
        m_root->groupChildren.insert(rebuilt->key, rebuilt.get());
        accountNode = std::move(rebuilt);
    }
}

void FleetTree::append(FleetNode *parent, NodeList nodes)
{
    if (nodes.empty())
        return;
    FleetNode *accountNode = parent->owningAccount();
    AccountData *accountData = accountNode ? accountNode->accountData() : nullptr;
    FleetCounts added;
    int row = parent->childCount();
    parent->children.reserve(parent->children.size() + nodes.size());
    for (auto &node : nodes) {
        node->parent = parent;
        node->row = row++;
        if (!node->isLeaf())
            parent->groupChildren.insert(node->key, node.get());
        if (accountData)
            registerLeaves(*accountData, node.get());
        if (!parent->isRoot)
            added.add(node->contribution());
        parent->children.push_back(std::move(node));
    }
    addCounts(parent, added, 1);
}

FleetTree::NodeList FleetTree::take(FleetNode *parent, int first, int last)
{
    Q_ASSERT(first >= 0 && first <= last && last < parent->childCount());
    const auto begin = parent->children.begin() + first;
    const auto end = parent->children.begin() + last + 1;
    NodeList taken(std::make_move_iterator(begin), std::make_move_iterator(end));
    parent->children.erase(begin, end);
    for (int row = first; row < parent->childCount(); ++row)
        parent->child(row)->row = row;

    FleetNode *accountNode = parent->owningAccount();
    FleetCounts removed;
    for (const auto &node : taken) {
        if (!node->isLeaf())
            parent->groupChildren.remove(node->key);
        if (accountNode)
            unregisterLeaves(*accountNode->accountData(), node.get());
        if (m_tracking)
            forgetTracked(node.get());
        if (!parent->isRoot)
            removed.add(node->contribution());
        node->parent = nullptr;
    }
    addCounts(parent, removed, -1);
    return taken;
}

FleetTree::GroupedLeaves FleetTree::groupLeaves(NodeList leaves) const
{
    GroupedLeaves groups;
    for (auto &leaf : leaves) {
        const auto [outerKey, innerKey] = groupKeys(*leaf);
        groups[outerKey][innerKey].push_back(std::move(leaf));
    }
    return groups;
}

void FleetTree::updateMachine(FleetNode *leaf, MachineItem machine)
{
    const FleetCounts before = leaf->contribution();
    leaf->payload = std::move(machine);
    const FleetCounts after = leaf->contribution();
    if (before != after) {
        addCounts(leaf->parent, before, -1);
        addCounts(leaf->parent, after, 1);
    }
}

void FleetTree::updateVolume(FleetNode *leaf, VolumeItem volume)
{
    const FleetCounts before = leaf->contribution();
    leaf->payload = std::move(volume);
    const FleetCounts after = leaf->contribution();
    if (before != after) {
        addCounts(leaf->parent, before, -1);
        addCounts(leaf->parent, after, 1);
    }
}

void FleetTree::beginCountTracking()
{
    m_tracking = true;
    m_countsBefore.clear();
}

QList<FleetNode *> FleetTree::endCountTracking()
{
    QList<FleetNode *> changed;
    for (auto it = m_countsBefore.cbegin(); it != m_countsBefore.cend(); ++it) {
        if (it.key()->counts != it.value())
            changed.append(it.key());
    }
    m_countsBefore.clear();
    m_tracking = false;
    return changed;
}

void FleetTree::addCounts(FleetNode *from, const FleetCounts &counts, int sign)
{
    if (!from || counts == FleetCounts())
        return;
    bool attached = false;
    if (m_tracking) {
        const FleetNode *top = from;
        while (top->parent)
            top = top->parent;
        attached = top->isRoot;
    }
    for (FleetNode *node = from; node && !node->isRoot; node = node->parent) {
        if (attached && !m_countsBefore.contains(node))
            m_countsBefore.insert(node, node->counts);
        node->counts.add(counts, sign);
    }
}

void FleetTree::forgetTracked(const FleetNode *node)
{
    if (node->isLeaf())
        return;
    m_countsBefore.remove(const_cast<FleetNode *>(node));
    for (const auto &child : node->children)
        forgetTracked(child.get());
}

void FleetTree::registerLeaves(AccountData &account, FleetNode *node)
{
    if (node->kind == NodeKind::Machine) {
        account.machines.insert(node->key, node);
        return;
    }
    if (node->kind == NodeKind::Volume) {
        account.volumes.insert(node->key, node);
        return;
    }
    for (const auto &child : node->children)
        registerLeaves(account, child.get());
}

void FleetTree::unregisterLeaves(AccountData &account, const FleetNode *node)
{
    if (node->kind == NodeKind::Machine) {
        account.machines.remove(node->key);
        return;
    }
    if (node->kind == NodeKind::Volume) {
        account.volumes.remove(node->key);
        return;
    }
    for (const auto &child : node->children)
        unregisterLeaves(account, child.get());
}

} // namespace hangar::models
