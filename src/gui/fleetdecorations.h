#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

namespace hangar::gui {

// Adds what the QtCore models leave to the view: an icon for every kind of row, a coloured dot
// for a machine's state, and dimmed text for things on their way out.
class FleetDecorations final : public QIdentityProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetDecorations)

public:
    explicit FleetDecorations(QObject *parent = nullptr);
    ~FleetDecorations() override;

    QVariant data(const QModelIndex &index, int role) const override;

    // A dot in the state's colour (cached).
    QIcon stateIcon(const QString &state) const;

private:
    mutable QHash<QString, QIcon> m_stateIcons;
};

} // namespace hangar::gui
