#pragma once

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

namespace hangar::gui::map {

// The world's land as polygon rings in degrees (x = longitude, y = latitude), read from the
// embedded Natural Earth 1:110m outlines (resources/map/land-110m.bin, made by
// scripts/make-world-map.py). Antarctica is not in it.
class WorldLand final {
public:
    // Reads a file in the format the script writes; empty when it is missing or malformed.
    static WorldLand fromFile(const QString &path);
    // The embedded outlines, read once and shared (immutable, so safe to share).
    static const WorldLand &embedded();

    const QList<QPolygonF> &rings() const { return m_rings; }
    bool isEmpty() const { return m_rings.isEmpty(); }
    int pointCount() const;
    // Every ring as one path in degrees with y pointing south (y = -latitude), ready to be
    // mapped to the screen with a projection's transform. Odd-even fill keeps lakes open.
    const QPainterPath &path() const { return m_path; }

private:
    QList<QPolygonF> m_rings;
    QPainterPath m_path;
};

} // namespace hangar::gui::map
