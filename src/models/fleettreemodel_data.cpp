// What each kind of fleet tree row answers for each role.
#include "models/fleetlabels.h"
#include "models/fleettreemodel.h"

namespace hangar::models {

using namespace Qt::StringLiterals;

namespace {

using RegionNames = QHash<QString, QString>;

QVariant accountData(const FleetNode &node, int role)
{
    const QString label =
        node.accountData()->label.isEmpty() ? node.key : node.accountData()->label;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
    case SortValueRole:
        return label;
    case Qt::ToolTipRole:
        return QString(label + u'\n' + labels::counts(node.counts));
    case IdRole:
    case AccountIdRole:
        return node.key;
    case KindRole:
        return int(NodeKind::Account);
    default:
        return node.counts.roleValue(role);
    }
}

QVariant appData(const FleetNode &node, int role)
{
    const AppItem &app = *node.app();
    switch (role) {
    case Qt::DisplayRole:
    case SortValueRole:
        return app.name;
    case Qt::ToolTipRole: {
        QString text = app.name;
        if (!app.status.isEmpty())
            text += u" ("_s + app.status + u')';
        return QString(text + u'\n' + labels::counts(node.counts));
    }
    case RegionRole: // RegionApp: the region this app row is in
        return node.parent->kind == NodeKind::Region ? QVariant(node.parent->key) : QVariant();
    default: {
        const QVariant value = app.roleValue(role);
        return value.isValid() ? value : node.counts.roleValue(role);
    }
    }
}

QVariant regionData(const FleetNode &node, int role, const QString &regionName)
{
    switch (role) {
    case Qt::DisplayRole:
        return labels::region(node.key, regionName);
    case Qt::ToolTipRole:
        return QString(labels::region(node.key, regionName) + u'\n' + labels::counts(node.counts));
    case IdRole:
    case NameRole:
    case RegionRole:
    case SortValueRole:
        return node.key;
    case RegionNameRole:
        return regionName;
    case KindRole:
        return int(NodeKind::Region);
    case AppNameRole: // AppRegion: the app this region row is in
        return node.parent->kind == NodeKind::App ? QVariant(node.parent->key) : QVariant();
    default:
        return node.counts.roleValue(role);
    }
}

QVariant machineData(const MachineItem &machine, int role, const RegionNames &regionNames)
{
    switch (role) {
    case Qt::DisplayRole:
        return labels::machineTitle(machine);
    case SortValueRole:
        return machine.displayName();
    case Qt::ToolTipRole:
        return labels::machineToolTip(machine);
    case RegionNameRole:
        return regionNames.value(machine.region);
    default:
        return machine.roleValue(role);
    }
}

QVariant volumeData(const FleetNode &node, int role, const RegionNames &regionNames)
{
    const VolumeItem &volume = *node.volume();
    switch (role) {
    case Qt::DisplayRole:
    case SortValueRole:
        return volume.displayName();
    case Qt::ToolTipRole: {
        QString attachedName;
        if (const FleetNode *account = node.owningAccount()) {
            if (const FleetNode *attached =
                    account->accountData()->machines.value(volume.attachedMachineId))
                attachedName = attached->machine()->displayName();
        }
        return labels::volumeToolTip(volume, attachedName);
    }
    case RegionNameRole:
        return regionNames.value(volume.region);
    default:
        return volume.roleValue(role);
    }
}

} // namespace

QVariant FleetTreeModel::nodeData(const FleetNode &node, int role) const
{
    if (role == AccountIdRole) {
        const FleetNode *account = node.owningAccount();
        return account ? account->key : QString();
    }
    switch (node.kind) {
    case NodeKind::Account:
        return accountData(node, role);
    case NodeKind::App:
        return appData(node, role);
    case NodeKind::Region:
        return regionData(node, role, m_regionNames.value(node.key));
    case NodeKind::Machine:
        return machineData(*node.machine(), role, m_regionNames);
    case NodeKind::Volume:
        return volumeData(node, role, m_regionNames);
    case NodeKind::Event:
        break;
    }
    return {};
}

} // namespace hangar::models
