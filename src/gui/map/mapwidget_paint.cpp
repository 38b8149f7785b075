// MapWidget: drawing the sea, the land, the markers and their labels.
#include "gui/map/mapcontrols.h"
#include "gui/map/mapwidget.h"
#include "gui/map/markerpainter.h"

#include <QEvent>
#include <QFocusEvent>
#include <QLineF>
#include <QPainter>
#include <QResizeEvent>

#include <algorithm>

namespace hangar::gui::map {

namespace {

} // namespace

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_style.sea);
    painter.setRenderHint(QPainter::Antialiasing);
    paintGraticule(painter);
    painter.setPen(QPen(m_style.coast, 0.8));
    painter.setBrush(m_style.land);
    painter.drawPath(landPath());
    paintMarkers(painter);
    if (m_markers.isEmpty()) {
        painter.setPen(m_style.text);
        painter.drawText(rect(), Qt::AlignCenter, tr("No regions to show yet"));
    }
    if (hasFocus() && m_keyboardFocus) {
        // Keyboard users zoom and pan the map itself: show them that it has the focus.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(m_style.selection, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapWidget::paintGraticule(QPainter &painter) const
{
    painter.save();
    painter.setClipRect(m_projection.mapRect());
    painter.setPen(QPen(m_style.graticule, 1.0));
    for (int longitude = -150; longitude <= 150; longitude += 30) {
        painter.drawLine(m_projection.toScreen(longitude, MapProjection::kNorthLatitude),
            m_projection.toScreen(longitude, MapProjection::kSouthLatitude));
    }
    for (int latitude = -30; latitude <= 60; latitude += 30) {
        painter.drawLine(
            m_projection.toScreen(-180, latitude), m_projection.toScreen(180, latitude));
    }
    painter.restore();
}

void MapWidget::paintMarkers(QPainter &painter) const
{
    const MarkerLayout &placedMarkers = layout();
    const QList<PlacedMarker> &placed = placedMarkers.placed();

    // Leader lines from crowded markers back to their true places.
    painter.setPen(QPen(m_style.leader, 1.0));
    for (const PlacedMarker &marker : placed) {
        if (!marker.isDisplaced())
            continue;
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(marker.anchor, marker.center);
        painter.setBrush(m_style.leader);
        painter.drawEllipse(marker.anchor, 1.6, 1.6);
    }

    // The hovered and selected markers go last, on top of their neighbours.
    QList<int> order = placedMarkers.drawOrder();
    for (const QString &code : {m_hovered, m_selected}) {
        for (int i = 0; i < order.size(); ++i) {
            if (!code.isEmpty() && placed.at(order.at(i)).code == code) {
                order.append(order.takeAt(i));
                break;
            }
        }
    }
    auto lookOf = [this](const PlacedMarker &marker, const RegionMarker &region) {
        MarkerLook look;
        look.hovered = marker.code == m_hovered;
        look.selected = marker.code == m_selected;
        look.disabled = !m_deprecatedSelectable && region.deprecated;
        const auto pulse = m_pulses.constFind(marker.code);
        if (pulse != m_pulses.cend()) {
            look.pulse = std::min(1.0, double(pulse->clock.elapsed()) / kPulseMs);
            look.pulseColor = pulse->color;
        }
        return look;
    };
    for (int i : std::as_const(order)) {
        const PlacedMarker &marker = placed.at(i);
        const RegionMarker &region = m_markers.at(marker.marker);
        markerpainter::paintMarker(
            painter, marker.center, marker.radius, region, m_style, lookOf(marker, region));
    }
    for (int i : std::as_const(order)) {
        const PlacedMarker &marker = placed.at(i);
        const RegionMarker &region = m_markers.at(marker.marker);
        markerpainter::paintMarkerBadge(
            painter, marker.center, marker.radius, region, m_style, lookOf(marker, region));
    }

    painter.setPen(QPen(m_style.leader, 1.0));
    for (const PlacedMarker &marker : placed) {
        if (marker.label.isNull() || !marker.labelLeader)
            continue;
        // From the marker's edge to the nearest point of its label.
        const QPointF target(
            std::clamp(marker.center.x(), marker.label.left(), marker.label.right()),
            std::clamp(marker.center.y(), marker.label.top(), marker.label.bottom()));
        const QLineF line(marker.center, target);
        if (line.length() > marker.radius + 1)
            painter.drawLine(line.pointAt((marker.radius + 1) / line.length()), target);
    }
    painter.setFont(labelFont());
    for (const PlacedMarker &marker : placed) {
        if (!marker.label.isNull())
            markerpainter::paintLabel(painter, marker.label, marker.code, m_style, marker.faint);
    }
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    m_projection.setViewport(event->size());
    placeControls();
    viewUpdated();
    QWidget::resizeEvent(event);
}

void MapWidget::focusInEvent(QFocusEvent *event)
{
    m_keyboardFocus = event->reason() == Qt::TabFocusReason
        || event->reason() == Qt::BacktabFocusReason || event->reason() == Qt::ShortcutFocusReason;
    update();
    QWidget::focusInEvent(event);
}

void MapWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void MapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_style = MapStyle::fromPalette(palette(), m_stateColors);
        update();
    } else if (event->type() == QEvent::FontChange) {
        placeControls();
        invalidateLayout();
    }
    QWidget::changeEvent(event);
}

} // namespace hangar::gui::map
