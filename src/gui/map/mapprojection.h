#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace hangar::gui::map {

// An equirectangular (plate carrée) view of the world in a viewport: longitude and latitude map
// linearly to x and y. At zoom 1 the whole map area (every longitude, latitudes from
// kSouthLatitude to kNorthLatitude) fits the viewport, centred; zooming keeps the point under
// an anchor still, and the view never drifts off the map. Plain value type, no widgets.
class MapProjection final {
public:
    // The map's extent: above Cape Horn and the rest of land, below Greenland's tip.
    static constexpr double kNorthLatitude = 84.0;
    static constexpr double kSouthLatitude = -57.0;
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 32.0;

    MapProjection() = default;
    explicit MapProjection(const QSizeF &viewport);

    QSizeF viewport() const { return m_viewport; }
    void setViewport(const QSizeF &viewport);

    double zoom() const { return m_zoom; }
    // Longitude and latitude at the viewport's centre.
    QPointF center() const { return m_center; }
    // Pixels per degree (the same along both axes).
    double scale() const;

    QPointF toScreen(double longitude, double latitude) const;
    QPointF toScreen(const QPointF &lonLat) const { return toScreen(lonLat.x(), lonLat.y()); }
    // (longitude, latitude) under a viewport point.
    QPointF toGeo(const QPointF &screen) const;
    // Maps a path in degrees with y = -latitude (see WorldLand::path) to the viewport.
    QTransform degreesToScreen() const;
    // The whole map area in viewport pixels.
    QRectF mapRect() const;

    // Multiplies the zoom by `factor` (clamped), keeping the place under `anchor` still.
    void zoomAt(const QPointF &anchor, double factor);
    // Zooms to `zoom` with `lonLat` at the centre.
    void centerOn(const QPointF &lonLat, double zoom);
    // Moves the map by a distance in pixels (the map follows the mouse).
    void panBy(const QPointF &pixels);
    void reset();

    bool operator==(const MapProjection &other) const
    {
        return m_viewport == other.m_viewport && m_zoom == other.m_zoom
            && m_center == other.m_center;
    }
    bool operator!=(const MapProjection &other) const { return !(*this == other); }

private:
    void clampCenter();

    QSizeF m_viewport;
    double m_zoom = 1.0;
    QPointF m_center {0.0, (kNorthLatitude + kSouthLatitude) / 2};
};

} // namespace hangar::gui::map
