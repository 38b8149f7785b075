#pragma once

#include <QColor>

class QPainter;
class QPointF;
class QRectF;
class QString;

namespace hangar::gui::map {

struct MapStyle;
struct RegionMarker;

// How one marker is drawn beyond its data.
struct MarkerLook {
    bool hovered = false;
    bool selected = false;
    bool disabled = false; // cannot be picked (a deprecated region in a picker)
    double pulse = -1.0; // 0..1 while a change is being shown, else negative
    QColor pulseColor;
};

// Draws region markers: a ring split by machine state with the machine count in its middle, a
// volume badge, faint dots for empty regions; the selection, hover and change pulse on top.
// Shared by the map and its legend so the two always look alike.
namespace markerpainter {

void paintMarker(QPainter &painter, const QPointF &center, double radius,
    const RegionMarker &marker, const MapStyle &style, const MarkerLook &look = {});
// The volume badge on a marker's lower right (nothing without volumes). Drawn after every
// marker, so a crowded neighbour never hides it.
void paintMarkerBadge(QPainter &painter, const QPointF &center, double radius,
    const RegionMarker &marker, const MapStyle &style, const MarkerLook &look = {});
// The code beside a marker, with a halo so it reads on land and sea alike.
void paintLabel(
    QPainter &painter, const QRectF &rect, const QString &text, const MapStyle &style, bool faint);
// The small volume badge (count on a rounded tag), centred at `center`.
void paintVolumeBadge(QPainter &painter, const QPointF &center, int volumes, const MapStyle &style);

} // namespace markerpainter
} // namespace hangar::gui::map
