#pragma once

#include "models/fleetnode.h"

#include <QList>
#include <QtGlobal>

#include <map>
#include <utility>

namespace hangar::models {

// The node store behind FleetTreeModel: it builds, links and unlinks nodes, keeps every
// container's counts and each account's ID lookups current, and knows nothing of model
// notifications (the model brackets each structural call with the matching begin/end).
class FleetTree {
public:
    using NodeList = std::vector<std::unique_ptr<FleetNode>>;
    // Leaves by outer group key, then inner group key; ordered, so new groups come in a stable
    // order.
    using GroupedLeaves = std::map<QString, std::map<QString, NodeList>>;

    explicit FleetTree(FleetGrouping grouping = FleetGrouping::AppRegion);
    ~FleetTree();
    Q_DISABLE_COPY_MOVE(FleetTree)

    FleetGrouping grouping() const { return m_grouping; }
    FleetNode *root() const { return m_root.get(); }
    FleetNode *account(const QString &accountId) const;

    // The kinds of the groups below an account, outer first, for the current grouping.
    NodeKind outerGroupKind() const;
    NodeKind innerGroupKind() const;
    // The keys of the outer and inner groups a leaf belongs in.
    std::pair<QString, QString> groupKeys(const FleetNode &leaf) const;
    // Whether a group leaves the tree once it is empty. An app the account lists keeps its node
    // below the account (AppRegion) even without machines, so new apps show up at once.
    bool prunesWhenEmpty(const FleetNode &group) const;
    bool isPrunable(const FleetNode &group) const
    {
        return group.children.empty() && prunesWhenEmpty(group);
    }

    // Detached nodes, to be filled and then appended.
    std::unique_ptr<FleetNode> makeAccount(const QString &accountId, const QString &label) const;
    std::unique_ptr<FleetNode> makeGroup(
        const FleetNode &account, NodeKind kind, const QString &key) const;
    static std::unique_ptr<FleetNode> makeLeaf(MachineItem machine);
    static std::unique_ptr<FleetNode> makeLeaf(VolumeItem volume);

    // A complete account subtree. Apps are listed first so that (AppRegion) each gets a node.
    std::unique_ptr<FleetNode> buildAccount(const QString &accountId, const QString &label,
        const QList<AppItem> &apps, QList<MachineItem> machines, QList<VolumeItem> volumes);
    // Regroups every account (the caller resets the model around this).
    void setGrouping(FleetGrouping grouping);

    // Appends nodes below `parent`; every ancestor's counts follow, and leaves are entered in
    // their account's lookups.
    void append(FleetNode *parent, NodeList nodes);
    // Unlinks rows first..last of `parent` and returns them.
    NodeList take(FleetNode *parent, int first, int last);
    GroupedLeaves groupLeaves(NodeList leaves) const;

    // Replace a leaf's or app's values; the counts above follow a state or size change.
    void updateMachine(FleetNode *leaf, MachineItem machine);
    void updateVolume(FleetNode *leaf, VolumeItem volume);
    static void updateApp(FleetNode *app, const AppItem &item) { app->payload = item; }

    // Between these calls every node attached to the root remembers its counts before their
    // first change; the end returns those (still in the tree) whose counts differ now.
    void beginCountTracking();
    QList<FleetNode *> endCountTracking();

private:
    void addCounts(FleetNode *from, const FleetCounts &counts, int sign);
    void forgetTracked(const FleetNode *node);
    static void registerLeaves(AccountData &account, FleetNode *node);
    static void unregisterLeaves(AccountData &account, const FleetNode *node);

    FleetGrouping m_grouping;
    std::unique_ptr<FleetNode> m_root;
    bool m_tracking = false;
    QHash<FleetNode *, FleetCounts> m_countsBefore;
};

} // namespace hangar::models
