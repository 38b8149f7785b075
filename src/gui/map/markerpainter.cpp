#include "gui/map/markerpainter.h"

#include "gui/map/mapstyle.h"
#include "gui/map/regionmarker.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace hangar::gui::map::markerpainter {

namespace {

constexpr models::StateBucket kBuckets[] = {models::StateBucket::Started,
    models::StateBucket::Stopped, models::StateBucket::Suspended, models::StateBucket::Failed,
    models::StateBucket::Other};

QRectF circleRect(const QPointF &center, double radius)
{
    return QRectF(center.x() - radius, center.y() - radius, radius * 2, radius * 2);
}

void paintRing(QPainter &painter, const QPointF &center, double radius, const QColor &color,
    double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(center, radius, radius);
}

// The machine ring: one arc per state, clockwise from twelve o'clock in bucket order.
void paintStateRing(QPainter &painter, const QPointF &center, double radius,
    const models::FleetCounts &counts, const MapStyle &style)
{
    const int total = counts.machines();
    const QRectF bounds = circleRect(center, radius);
    painter.setPen(Qt::NoPen);
    int startAngle = 90 * 16;
    int drawn = 0;
    for (models::StateBucket bucket : kBuckets) {
        const int n = counts.machinesIn(bucket);
        if (n <= 0)
            continue;
        drawn += n;
        // Whole-circle rounding goes to the last segment so the ring always closes.
        const int endAngle = 90 * 16 - int(std::lround(360.0 * 16 * drawn / total));
        painter.setBrush(style.states.color(bucket));
        painter.drawPie(bounds, startAngle, endAngle - startAngle);
        startAngle = endAngle;
    }
    const double inner = std::max(radius * 0.58, radius - 6.0);
    painter.setBrush(style.markerCenter);
    painter.drawEllipse(center, inner, inner);
    if (inner >= 4.5) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::clamp(int(inner * 1.05), 7, 14));
        painter.setFont(font);
        painter.setPen(style.text);
        const QString text = total > 999 ? QStringLiteral("999+") : QString::number(total);
        painter.drawText(circleRect(center, inner), Qt::AlignCenter, text);
    }
    // A hairline edge keeps neighbouring rings apart where they touch.
    paintRing(painter, center, radius, style.halo, 1.0);
}

} // namespace

void paintVolumeBadge(QPainter &painter, const QPointF &center, int volumes, const MapStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(9);
    const QFontMetricsF metrics(font);
    const QString text = QString::number(volumes);
    const double height = 11.0;
    const double width = std::max(height, metrics.horizontalAdvance(text) + 6.0);
    const QRectF rect(center.x() - width / 2, center.y() - height / 2, width, height);
    painter.setPen(QPen(style.halo, 1.0));
    painter.setBrush(style.volumeBadge);
    painter.drawRoundedRect(rect, 3.0, 3.0);
    painter.setFont(font);
    painter.setPen(style.volumeBadgeText);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

void paintMarker(QPainter &painter, const QPointF &center, double radius,
    const RegionMarker &marker, const MapStyle &style, const MarkerLook &look)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (look.pulse >= 0.0 && look.pulse <= 1.0) {
        QColor color = look.pulseColor.isValid() ? look.pulseColor : style.selection;
        color.setAlphaF(float(0.75 * (1.0 - look.pulse)));
        paintRing(painter, center, radius + 3.0 + 14.0 * look.pulse, color, 2.0);
    }
    if (look.selected)
        paintRing(painter, center, radius + 3.5, style.selection, 2.5);
    else if (look.hovered)
        paintRing(painter, center, radius + 2.5, style.text, 1.5);

    if (look.disabled) {
        paintRing(painter, center, std::max(radius, 4.0), style.faint, 1.2, Qt::DotLine);
    } else if (marker.counts.machines() > 0) {
        paintStateRing(painter, center, radius, marker.counts, style);
    } else if (marker.counts.volumes > 0) {
        painter.setPen(QPen(style.states.stopped, 2.0));
        painter.setBrush(style.markerCenter);
        painter.drawEllipse(center, radius - 1.0, radius - 1.0);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.faint);
        painter.drawEllipse(center, radius, radius);
    }
    painter.restore();
}

void paintMarkerBadge(QPainter &painter, const QPointF &center, double radius,
    const RegionMarker &marker, const MapStyle &style, const MarkerLook &look)
{
    if (look.disabled || marker.counts.volumes <= 0)
        return;
    const double offset = marker.counts.machines() > 0 ? radius * 0.78 : radius * 0.9;
    paintVolumeBadge(painter, center + QPointF(offset, offset), marker.counts.volumes, style);
}

void paintLabel(
    QPainter &painter, const QRectF &rect, const QString &text, const MapStyle &style, bool faint)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const QFontMetricsF metrics(painter.font());
    const QPointF baseline(rect.left() + 1, rect.top() + metrics.ascent());
    path.addText(baseline, painter.font(), text);
    QPainterPathStroker stroker;
    stroker.setWidth(3.0);
    stroker.setJoinStyle(Qt::RoundJoin);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.halo);
    painter.drawPath(stroker.createStroke(path));
    painter.setBrush(faint ? style.faint : style.text);
    painter.drawPath(path);
    painter.restore();
}

} // namespace hangar::gui::map::markerpainter
