#include "gui/map/markerlayout.h"

#include "gui/map/mapprojection.h"
#include "gui/map/regionmarker.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace hangar::gui::map {

namespace {

constexpr int kSpreadRounds = 80;
constexpr int kSpringRounds = 60; // the last rounds only separate, so no overlap is left
constexpr double kSpring = 0.06;
constexpr double kDisplacedPixels = 2.5;

constexpr double kFarLabel = 11.0; // how much further out the second ring of label spots is

// Eight spots for a label around a circle: beside, above and below first, then diagonally.
QList<QRectF> candidatesAround(const QPointF &c, double r, double width, double height)
{
    const double d = r * 0.72; // the diagonal spots sit on the circle, not its box
    return {
        QRectF(c.x() + r, c.y() - height / 2, width, height), // right
        QRectF(c.x() - r - width, c.y() - height / 2, width, height), // left
        QRectF(c.x() - width / 2, c.y() - r - height, width, height), // above
        QRectF(c.x() - width / 2, c.y() + r, width, height), // below
        QRectF(c.x() + d, c.y() - d - height, width, height), // above right
        QRectF(c.x() + d, c.y() + d, width, height), // below right
        QRectF(c.x() - d - width, c.y() - d - height, width, height), // above left
        QRectF(c.x() - d - width, c.y() + d, width, height), // below left
    };
}

// Roughly where markerpainter draws the volume badge (its exact width depends on the digits).
QRectF badgeArea(const PlacedMarker &placed, const RegionMarker &marker)
{
    const double offset = placed.radius * (marker.counts.machines() > 0 ? 0.78 : 0.9);
    const QPointF center = placed.center + QPointF(offset, offset);
    return QRectF(center.x() - 8, center.y() - 6, 16, 12);
}

bool circleIntersectsRect(const QPointF &center, double radius, const QRectF &rect)
{
    const double x = std::clamp(center.x(), rect.left(), rect.right());
    const double y = std::clamp(center.y(), rect.top(), rect.bottom());
    return QLineF(center, QPointF(x, y)).length() < radius;
}

// Label priority: the selection, then regions by machines, volumes, code; empty ones last.
bool labelsBefore(const RegionMarker &a, const RegionMarker &b, const QString &selected)
{
    const bool aSelected = a.code == selected;
    const bool bSelected = b.code == selected;
    if (aSelected != bSelected)
        return aSelected;
    if (a.counts.machines() != b.counts.machines())
        return a.counts.machines() > b.counts.machines();
    if (a.counts.volumes != b.counts.volumes)
        return a.counts.volumes > b.counts.volumes;
    return a.code < b.code;
}

} // namespace

bool PlacedMarker::isDisplaced() const
{
    return QLineF(anchor, center).length() > kDisplacedPixels;
}

MarkerLayout MarkerLayout::compute(const QList<RegionMarker> &markers,
    const MapProjection &projection, const QFontMetricsF &labelMetrics, const Options &options)
{
    MarkerLayout layout;
    for (int i = 0; i < markers.size(); ++i) {
        const RegionMarker &marker = markers.at(i);
        if (!marker.hasLocation)
            continue;
        PlacedMarker placed;
        placed.marker = i;
        placed.code = marker.code;
        placed.anchor = projection.toScreen(marker.longitude, marker.latitude);
        placed.center = placed.anchor;
        placed.radius = markerRadius(marker);
        placed.faint = !marker.hasResources();
        layout.m_placed.append(placed);
    }
    layout.spread(options);
    layout.placeLabels(
        markers, labelMetrics, QRectF(QPointF(0, 0), projection.viewport()), options);

    for (int i = 0; i < layout.m_placed.size(); ++i)
        layout.m_drawOrder.append(i);
    const QList<PlacedMarker> &placed = layout.m_placed;
    std::stable_sort(layout.m_drawOrder.begin(), layout.m_drawOrder.end(), [&placed](int a, int b) {
        if (placed.at(a).faint != placed.at(b).faint)
            return placed.at(a).faint;
        return placed.at(a).radius > placed.at(b).radius;
    });
    return layout;
}

void MarkerLayout::spread(const Options &options)
{
    const int count = int(m_placed.size());
    for (int round = 0; round < kSpreadRounds; ++round) {
        for (int i = 0; i < count; ++i) {
            for (int j = i + 1; j < count; ++j) {
                PlacedMarker &a = m_placed[i];
                PlacedMarker &b = m_placed[j];
                QPointF delta = b.center - a.center;
                double distance = std::hypot(delta.x(), delta.y());
                const double needed = a.radius + b.radius + options.gap;
                if (distance >= needed)
                    continue;
                if (distance < 1e-6) {
                    // Same place: part them in a direction that depends only on their order.
                    const double angle = 2.39996 * (i + 1) + 0.7 * j;
                    delta = QPointF(std::cos(angle), std::sin(angle));
                    distance = 1.0;
                }
                const QPointF direction = delta / distance;
                // The bigger marker moves less: it is the one people look for.
                const double massA = a.radius * a.radius;
                const double massB = b.radius * b.radius;
                const double push = (needed - distance) * 0.5;
                a.center -= direction * push * 2 * massB / (massA + massB);
                b.center += direction * push * 2 * massA / (massA + massB);
            }
        }
        if (round < kSpringRounds) {
            for (PlacedMarker &placed : m_placed)
                placed.center += (placed.anchor - placed.center) * kSpring;
        }
    }
}

void MarkerLayout::placeLabels(const QList<RegionMarker> &markers, const QFontMetricsF &metrics,
    const QRectF &viewport, const Options &options)
{
    QList<int> order;
    for (int i = 0; i < m_placed.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return labelsBefore(
            markers.at(m_placed.at(a).marker), markers.at(m_placed.at(b).marker), options.selected);
    });

    // Labels stay off other labels, the reserved areas and every volume badge.
    QList<QRectF> taken = options.reserved;
    for (const PlacedMarker &placed : std::as_const(m_placed)) {
        if (markers.at(placed.marker).counts.volumes > 0)
            taken.append(badgeArea(placed, markers.at(placed.marker)));
    }
    const double height = metrics.height();
    for (int i : std::as_const(order)) {
        PlacedMarker &placed = m_placed[i];
        if (!viewport.contains(placed.center))
            continue;
        const double width = metrics.horizontalAdvance(placed.code) + 2;
        // Right beside the marker first; for a busy region also a little further out, where a
        // short line ties the label to its marker.
        const double near = placed.radius + options.labelPadding;
        QList<double> distances {near};
        if (!placed.faint)
            distances.append(near + kFarLabel);
        for (double distance : std::as_const(distances)) {
            for (const QRectF &candidate :
                candidatesAround(placed.center, distance, width, height)) {
                if (!viewport.contains(candidate))
                    continue;
                const bool overlapsLabel = std::any_of(taken.cbegin(), taken.cend(),
                    [&candidate](const QRectF &other) { return other.intersects(candidate); });
                if (overlapsLabel)
                    continue;
                const bool overlapsMarker = std::any_of(
                    m_placed.cbegin(), m_placed.cend(), [&candidate](const PlacedMarker &other) {
                        return circleIntersectsRect(other.center, other.radius + 1, candidate);
                    });
                if (overlapsMarker)
                    continue;
                placed.label = candidate;
                placed.labelLeader = distance > near;
                taken.append(candidate);
                break;
            }
            if (!placed.label.isNull())
                break;
        }
    }
}

const PlacedMarker *MarkerLayout::find(const QString &code) const
{
    for (const PlacedMarker &placed : m_placed) {
        if (placed.code == code)
            return &placed;
    }
    return nullptr;
}

const PlacedMarker *MarkerLayout::hitTest(const QPointF &point, double tolerance) const
{
    const PlacedMarker *best = nullptr;
    double bestDistance = 0.0;
    for (const PlacedMarker &placed : m_placed) {
        const double distance = QLineF(point, placed.center).length();
        if (distance > placed.radius + tolerance)
            continue;
        if (!best || distance < bestDistance) {
            best = &placed;
            bestDistance = distance;
        }
    }
    if (best)
        return best;
    for (const PlacedMarker &placed : m_placed) {
        if (!placed.label.isNull() && placed.label.contains(point))
            return &placed;
    }
    return nullptr;
}

} // namespace hangar::gui::map
