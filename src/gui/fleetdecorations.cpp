#include "gui/fleetdecorations.h"

#include "gui/widgets/statebadge.h"
#include "models/modelroles.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace hangar::gui {

FleetDecorations::FleetDecorations(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

FleetDecorations::~FleetDecorations() = default;

QIcon FleetDecorations::stateIcon(const QString &state) const
{
    auto it = m_stateIcons.find(state);
    if (it != m_stateIcons.end())
        return *it;
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(StateBadge::colorFor(state));
        const qreal margin = size * 0.25;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return *m_stateIcons.insert(state, icon);
}

QVariant FleetDecorations::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::ForegroundRole)
        return QIdentityProxyModel::data(index, role);
    const auto kind = models::NodeKind(QIdentityProxyModel::data(index, models::KindRole).toInt());
    const QString state = QIdentityProxyModel::data(index, models::StateRole).toString();
    if (role == Qt::ForegroundRole) {
        if (state == QLatin1String("destroyed") || state == QLatin1String("destroying"))
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    QStyle *style = QApplication::style();
    switch (kind) {
    case models::NodeKind::Account:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case models::NodeKind::App:
        return style->standardIcon(QStyle::SP_DirIcon);
    case models::NodeKind::Region:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case models::NodeKind::Machine:
        return stateIcon(state);
    case models::NodeKind::Volume:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case models::NodeKind::Event:
        break;
    }
    return {};
}

} // namespace hangar::gui
