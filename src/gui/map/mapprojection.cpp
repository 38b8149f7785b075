#include "gui/map/mapprojection.h"

#include <algorithm>

namespace hangar::gui::map {

namespace {

constexpr double kWidthDegrees = 360.0;
constexpr double kHeightDegrees = MapProjection::kNorthLatitude - MapProjection::kSouthLatitude;

} // namespace

MapProjection::MapProjection(const QSizeF &viewport)
    : m_viewport(viewport)
{
}

void MapProjection::setViewport(const QSizeF &viewport)
{
    m_viewport = viewport;
    clampCenter();
}

double MapProjection::scale() const
{
    if (m_viewport.isEmpty())
        return 0.0;
    const double fit =
        std::min(m_viewport.width() / kWidthDegrees, m_viewport.height() / kHeightDegrees);
    return fit * m_zoom;
}

QPointF MapProjection::toScreen(double longitude, double latitude) const
{
    const double s = scale();
    return {m_viewport.width() / 2 + (longitude - m_center.x()) * s,
        m_viewport.height() / 2 - (latitude - m_center.y()) * s};
}

QPointF MapProjection::toGeo(const QPointF &screen) const
{
    const double s = scale();
    if (s <= 0.0)
        return m_center;
    return {m_center.x() + (screen.x() - m_viewport.width() / 2) / s,
        m_center.y() - (screen.y() - m_viewport.height() / 2) / s};
}

QTransform MapProjection::degreesToScreen() const
{
    // x' = w/2 + (x - cx)·s, y' = h/2 + (y + cy)·s for y = -latitude.
    const double s = scale();
    return QTransform(s, 0, 0, s, m_viewport.width() / 2 - m_center.x() * s,
        m_viewport.height() / 2 + m_center.y() * s);
}

QRectF MapProjection::mapRect() const
{
    return QRectF(toScreen(-180.0, kNorthLatitude), toScreen(180.0, kSouthLatitude));
}

void MapProjection::zoomAt(const QPointF &anchor, double factor)
{
    const QPointF geo = toGeo(anchor);
    m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    // Put `geo` back under the anchor.
    const QPointF drift = toScreen(geo) - anchor;
    const double s = scale();
    if (s > 0.0)
        m_center += QPointF(drift.x() / s, -drift.y() / s);
    clampCenter();
}

void MapProjection::centerOn(const QPointF &lonLat, double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_center = lonLat;
    clampCenter();
}

void MapProjection::panBy(const QPointF &pixels)
{
    const double s = scale();
    if (s <= 0.0)
        return;
    m_center -= QPointF(pixels.x() / s, -pixels.y() / s);
    clampCenter();
}

void MapProjection::reset()
{
    m_zoom = 1.0;
    m_center = QPointF(0.0, (kNorthLatitude + kSouthLatitude) / 2);
}

void MapProjection::clampCenter()
{
    const double s = scale();
    if (s <= 0.0)
        return;
    // Along each axis: when the map is larger than the viewport, keep the viewport on the map;
    // when it is smaller, keep it centred.
    const double halfWidth = m_viewport.width() / 2 / s;
    const double halfHeight = m_viewport.height() / 2 / s;
    if (halfWidth * 2 >= kWidthDegrees)
        m_center.setX(0.0);
    else
        m_center.setX(std::clamp(m_center.x(), -180.0 + halfWidth, 180.0 - halfWidth));
    if (halfHeight * 2 >= kHeightDegrees)
        m_center.setY((kNorthLatitude + kSouthLatitude) / 2);
    else
        m_center.setY(
            std::clamp(m_center.y(), kSouthLatitude + halfHeight, kNorthLatitude - halfHeight));
}

} // namespace hangar::gui::map
