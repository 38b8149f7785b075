#include "gui/widgets/statebadge.h"

#include <QPainter>
#include <QPainterPath>

namespace hangar::gui {

StateBadge::StateBadge(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stateBadge"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StateBadge::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    setAccessibleName(labelFor(state));
    setToolTip(labelFor(state));
    updateGeometry();
    update();
}

QColor StateBadge::colorFor(const QString &state)
{
    if (state == QLatin1String("started"))
        return QColor(0x1f, 0x9d, 0x55);
    if (state == QLatin1String("stopped") || state == QLatin1String("destroyed"))
        return QColor(0x6b, 0x72, 0x80);
    if (state == QLatin1String("suspended"))
        return QColor(0x25, 0x63, 0xeb);
    if (state == QLatin1String("failed") || state == QLatin1String("launch_failed"))
        return QColor(0xdc, 0x26, 0x26);
    if (state == QLatin1String("created"))
        return QColor(0x8b, 0x5c, 0xf6);
    return QColor(0xd9, 0x77, 0x06); // starting, stopping, replacing...
}

QString StateBadge::labelFor(const QString &state)
{
    if (state == QLatin1String("started"))
        return tr("Started");
    if (state == QLatin1String("stopped"))
        return tr("Stopped");
    if (state == QLatin1String("suspended"))
        return tr("Suspended");
    if (state == QLatin1String("created"))
        return tr("Created");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("destroyed"))
        return tr("Destroyed");
    if (state == QLatin1String("starting"))
        return tr("Starting…");
    if (state == QLatin1String("stopping"))
        return tr("Stopping…");
    if (state == QLatin1String("restarting"))
        return tr("Restarting…");
    if (state == QLatin1String("suspending"))
        return tr("Suspending…");
    if (state == QLatin1String("replacing") || state == QLatin1String("updating"))
        return tr("Updating…");
    if (state == QLatin1String("destroying"))
        return tr("Destroying…");
    if (state.isEmpty())
        return tr("Unknown");
    return state;
}

QSize StateBadge::sizeHint() const
{
    // The dot and a gap on the left, the text, and as much room on the right as the pill's
    // rounded end takes (half its height): see paintEvent.
    const QFontMetrics metrics(font());
    const int height = metrics.height() + 6;
    return {height + 2 + metrics.horizontalAdvance(labelFor(m_state)) + height / 2 + 2, height};
}

void StateBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor color = colorFor(m_state);
    QPainterPath pill;
    pill.addRoundedRect(area, area.height() / 2, area.height() / 2);
    QColor fill = color;
    fill.setAlpha(40);
    painter.fillPath(pill, fill);
    painter.setPen(QPen(color, 1));
    painter.drawPath(pill);
    const qreal dot = area.height() * 0.38;
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(
        area.left() + area.height() / 2 - dot / 2 + 2, area.center().y() - dot / 2, dot, dot));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(area.adjusted(area.height() + 2, 0, -area.height() / 2, 0),
        Qt::AlignVCenter | Qt::AlignLeft, labelFor(m_state));
}

} // namespace hangar::gui
