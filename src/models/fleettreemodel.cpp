#include "models/fleettreemodel.h"

#include "core/fleet/fleetrecords.h"
#include "models/fleettree.h"

#include <utility>

namespace hangar::models {

FleetTreeModel::FleetTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_tree(std::make_unique<FleetTree>())
{
}

FleetTreeModel::~FleetTreeModel() = default;

FleetTreeModel::Grouping FleetTreeModel::grouping() const
{
    return m_tree->grouping();
}

void FleetTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_tree->grouping())
        return;
    beginResetModel();
    m_tree->setGrouping(grouping);
    endResetModel();
}

void FleetTreeModel::addAccount(
    const QString &accountId, const QString &label, const core::FleetSnapshot &snapshot)
{
    removeAccount(accountId);

    QList<AppItem> apps;
    apps.reserve(snapshot.apps.size());
    for (const api::App &app : snapshot.apps)
        apps.append(AppItem::fromApp(app));
    QList<MachineItem> machines;
    machines.reserve(snapshot.machines.size());
    for (const core::MachineRecord &record : snapshot.machines)
        machines.append(MachineItem::fromRecord(record));
    QList<VolumeItem> volumes;
    volumes.reserve(snapshot.volumes.size());
    for (const core::VolumeRecord &record : snapshot.volumes)
        volumes.append(VolumeItem::fromRecord(record));

    NodeList accounts;
    accounts.push_back(
        m_tree->buildAccount(accountId, label, apps, std::move(machines), std::move(volumes)));
    appendRows(m_tree->root(), std::move(accounts));
}

void FleetTreeModel::removeAccount(const QString &accountId)
{
    if (FleetNode *account = m_tree->account(accountId))
        removeNodes({account}, nullptr);
}

void FleetTreeModel::setAccountLabel(const QString &accountId, const QString &label)
{
    FleetNode *account = m_tree->account(accountId);
    if (!account || account->accountData()->label == label)
        return;
    account->accountData()->label = label;
    emitDataChanged(account, {Qt::DisplayRole, Qt::ToolTipRole, NameRole, SortValueRole});
}

QStringList FleetTreeModel::accountIds() const
{
    QStringList ids;
    for (const auto &account : m_tree->root()->children)
        ids.append(account->key);
    return ids;
}

void FleetTreeModel::setRegionNames(const QHash<QString, QString> &namesByCode)
{
    const QHash<QString, QString> previous = std::exchange(m_regionNames, namesByCode);
    const QList<int> roles {Qt::DisplayRole, Qt::ToolTipRole, RegionNameRole};
    const auto announce = [&](const FleetNode *region) {
        if (previous.value(region->key) != m_regionNames.value(region->key))
            emitDataChanged(region, roles);
    };
    for (const auto &account : m_tree->root()->children) {
        for (const auto &outer : account->children) {
            if (outer->kind == NodeKind::Region) {
                announce(outer.get());
                continue;
            }
            for (const auto &inner : outer->children)
                announce(inner.get());
        }
    }
}

QModelIndex FleetTreeModel::indexForAccount(const QString &accountId) const
{
    return indexOf(m_tree->account(accountId));
}

QModelIndex FleetTreeModel::indexForApp(const QString &accountId, const QString &appName) const
{
    const FleetNode *account = m_tree->account(accountId);
    if (!account)
        return {};
    if (m_tree->grouping() == Grouping::AppRegion)
        return indexOf(account->groupChildren.value(appName));
    for (const auto &region : account->children) {
        if (const FleetNode *app = region->groupChildren.value(appName))
            return indexOf(app);
    }
    return {};
}

QModelIndex FleetTreeModel::indexForRegion(
    const QString &accountId, const QString &regionCode, const QString &appName) const
{
    const FleetNode *account = m_tree->account(accountId);
    if (!account)
        return {};
    if (m_tree->grouping() == Grouping::RegionApp)
        return indexOf(account->groupChildren.value(regionCode));
    if (!appName.isEmpty()) {
        const FleetNode *app = account->groupChildren.value(appName);
        return app ? indexOf(app->groupChildren.value(regionCode)) : QModelIndex();
    }
    for (const auto &app : account->children) {
        if (const FleetNode *region = app->groupChildren.value(regionCode))
            return indexOf(region);
    }
    return {};
}

QModelIndex FleetTreeModel::indexForMachine(
    const QString &accountId, const QString &machineId) const
{
    const FleetNode *account = m_tree->account(accountId);
    return account ? indexOf(account->accountData()->machines.value(machineId)) : QModelIndex();
}

QModelIndex FleetTreeModel::indexForVolume(const QString &accountId, const QString &volumeId) const
{
    const FleetNode *account = m_tree->account(accountId);
    return account ? indexOf(account->accountData()->volumes.value(volumeId)) : QModelIndex();
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const FleetNode *parentNode = parent.isValid() ? nodeOf(parent) : m_tree->root();
    if (!parentNode || row >= parentNode->childCount())
        return {};
    return createIndex(row, 0, parentNode->child(row));
}

QModelIndex FleetTreeModel::parent(const QModelIndex &child) const
{
    const FleetNode *node = nodeOf(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int FleetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_tree->root()->childCount();
    if (parent.column() != 0)
        return 0;
    const FleetNode *node = nodeOf(parent);
    return node ? node->childCount() : 0;
}

int FleetTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool FleetTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant FleetTreeModel::data(const QModelIndex &index, int role) const
{
    const FleetNode *node = nodeOf(index);
    return node ? nodeData(*node, role) : QVariant();
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Fleet");
    return {};
}

Qt::ItemFlags FleetTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags itemFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->isLeaf())
        itemFlags |= Qt::ItemNeverHasChildren;
    return itemFlags;
}

QHash<int, QByteArray> FleetTreeModel::roleNames() const
{
    return sharedRoleNames();
}

FleetNode *FleetTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<FleetNode *>(index.internalPointer());
}

QModelIndex FleetTreeModel::indexOf(const FleetNode *node) const
{
    if (!node || node->isRoot)
        return {};
    return createIndex(node->row, 0, const_cast<FleetNode *>(node));
}

void FleetTreeModel::emitDataChanged(const FleetNode *node, const QList<int> &roles)
{
    const QModelIndex index = indexOf(node);
    emit dataChanged(index, index, roles);
}

} // namespace hangar::models
