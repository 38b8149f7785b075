#pragma once

#include <QTreeWidget>

namespace hangar::core {
struct OrgReach;
}

namespace hangar::gui {

// What a token reaches, as a tree: each organization (ticked to be shown in Hangar) with the
// apps the token names there. Also the organization picker of the account dialog.
class OrgReachTree final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgReachTree)

public:
    explicit OrgReachTree(QWidget *parent = nullptr);
    ~OrgReachTree() override;

    // What a check found. An organization is ticked when it is in `selected`, or when
    // `selected` is empty (everything the token reaches).
    void showReach(const QList<core::OrgReach> &orgs, const QStringList &selected);
    // A saved profile's organizations, before its token was checked: slugs only.
    void showSaved(const QStringList &orgSlugs);
    // No organizations: one line of text instead.
    void showNote(const QString &text);

    // What to save: the ticked slugs; empty when the check's every organization is ticked (the
    // account then follows whatever the token reaches).
    QStringList selectedOrgSlugs() const;
    // False when organizations are listed and none is ticked.
    bool hasSelection() const;

private:
    QList<QTreeWidgetItem *> orgItems() const;

    bool m_fromCheck = false;
};

} // namespace hangar::gui
