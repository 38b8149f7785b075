#include "gui/accounts/orgreachtree.h"

#include "core/accounts/tokencheck.h"

#include <QHeaderView>

namespace hangar::gui {

namespace {

constexpr int kSlugRole = Qt::UserRole;

} // namespace

OrgReachTree::OrgReachTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("orgTree"));
    setColumnCount(1);
    header()->hide();
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setMinimumHeight(110);
}

OrgReachTree::~OrgReachTree() = default;

void OrgReachTree::showReach(const QList<core::OrgReach> &orgs, const QStringList &selected)
{
    clear();
    m_fromCheck = true;
    for (const core::OrgReach &org : orgs) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, kSlugRole, org.slug);
        const QString apps =
            org.apps.isEmpty() ? tr("all apps") : tr("%n app(s)", nullptr, int(org.apps.size()));
        item->setText(0,
            org.name.isEmpty() || org.name == org.slug
                ? tr("%1 · %2").arg(org.slug, apps)
                : tr("%1 (%2) · %3").arg(org.slug, org.name, apps));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(
            0, selected.isEmpty() || selected.contains(org.slug) ? Qt::Checked : Qt::Unchecked);
        for (const QString &app : org.apps) {
            auto *child = new QTreeWidgetItem(item, QStringList {app});
            child->setFlags(Qt::ItemIsEnabled);
        }
    }
    expandAll();
}

void OrgReachTree::showSaved(const QStringList &orgSlugs)
{
    clear();
    m_fromCheck = false;
    if (orgSlugs.isEmpty()) {
        showNote(tr("Every organization the token reaches. Check the token to choose."));
        return;
    }
    for (const QString &slug : orgSlugs) {
        auto *item = new QTreeWidgetItem(this, QStringList {slug});
        item->setData(0, kSlugRole, slug);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setToolTip(0, tr("Check the token to see its apps here."));
    }
}

void OrgReachTree::showNote(const QString &text)
{
    clear();
    auto *note = new QTreeWidgetItem(this, QStringList {text});
    note->setFlags(Qt::ItemIsEnabled);
    note->setToolTip(0, text);
}

QList<QTreeWidgetItem *> OrgReachTree::orgItems() const
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (!item->data(0, kSlugRole).toString().isEmpty())
            items.append(item);
    }
    return items;
}

QStringList OrgReachTree::selectedOrgSlugs() const
{
    QStringList slugs;
    const QList<QTreeWidgetItem *> items = orgItems();
    for (QTreeWidgetItem *item : items) {
        if (item->checkState(0) == Qt::Checked)
            slugs.append(item->data(0, kSlugRole).toString());
    }
    if (m_fromCheck && slugs.size() == items.size())
        return {};
    return slugs;
}

bool OrgReachTree::hasSelection() const
{
    const QList<QTreeWidgetItem *> items = orgItems();
    return items.isEmpty() || std::any_of(items.cbegin(), items.cend(), [](QTreeWidgetItem *item) {
        return item->checkState(0) == Qt::Checked;
    });
}

} // namespace hangar::gui
