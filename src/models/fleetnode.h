#pragma once

#include "models/fleetcounts.h"
#include "models/fleetitems.h"
#include "models/modelroles.h"

#include <QHash>
#include <QString>

#include <memory>
#include <variant>
#include <vector>

namespace hangar::models {

// How the fleet tree nests its groups below each account.
enum class FleetGrouping {
    AppRegion, // account → app → region → machines and volumes
    RegionApp, // account → region → app → machines and volumes
};

struct FleetNode;

// What an account node holds besides its subtree: ID → leaf lookups, so that a delta finds its
// rows without scanning, and the account's apps, so app nodes can be made wherever they go.
struct AccountData {
    QString label;
    QHash<QString, FleetNode *> machines;
    QHash<QString, FleetNode *> volumes;
    QHash<QString, AppItem> apps;
};

// One row of the fleet tree. Nodes own their children; the model's internal pointers point at
// nodes, and `row` is kept current so that index() and parent() never search.
struct FleetNode {
    using Payload = std::variant<std::monostate, AccountData, AppItem, MachineItem, VolumeItem>;

    NodeKind kind = NodeKind::Account;
    bool isRoot = false;
    QString key; // account ID, app name, region code, machine or volume ID
    FleetNode *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<FleetNode>> children;
    QHash<QString, FleetNode *> groupChildren; // app and region children, by key
    FleetCounts counts; // of everything below a container
    Payload payload; // Region nodes need none: their key is the code

    bool isLeaf() const { return kind == NodeKind::Machine || kind == NodeKind::Volume; }
    FleetNode *child(int index) const { return children[size_t(index)].get(); }
    int childCount() const { return int(children.size()); }

    const MachineItem *machine() const { return std::get_if<MachineItem>(&payload); }
    const VolumeItem *volume() const { return std::get_if<VolumeItem>(&payload); }
    const AppItem *app() const { return std::get_if<AppItem>(&payload); }
    AccountData *accountData() { return std::get_if<AccountData>(&payload); }
    const AccountData *accountData() const { return std::get_if<AccountData>(&payload); }

    // The account this node belongs to (itself for an account), or nullptr above or outside one.
    FleetNode *owningAccount();
    const FleetNode *owningAccount() const;

    // What this node adds to its ancestors' counts.
    FleetCounts contribution() const;
};

} // namespace hangar::models
