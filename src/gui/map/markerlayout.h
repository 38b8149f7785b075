#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace hangar::gui::map {

class MapProjection;
struct RegionMarker;

// Where one marker and its label go on screen.
struct PlacedMarker {
    int marker = -1; // index into the marker list the layout was computed from
    QString code;
    QPointF anchor; // the region's true place
    QPointF center; // where the marker is drawn: moved off its neighbours when they overlap
    double radius = 0.0;
    QRectF label; // null when no free spot was found for the code
    bool labelLeader = false; // the label sits a little away: a short line joins them
    bool faint = false; // no machines or volumes

    bool isDisplaced() const;
};

// Lays markers out so dense areas (Europe, the US east coast) stay readable at any zoom:
// overlapping markers push each other apart (a leader line joins each to its true place) and
// each code label takes the first free spot around its marker, busiest regions first; a label
// that fits nowhere is left out (the tooltip and the table still say everything). Pure
// geometry, deterministic, recomputed when the view or the data changes.
class MarkerLayout final {
public:
    struct Options {
        QString selected; // labelled first
        QList<QRectF> reserved; // areas labels must avoid (overlay buttons)
        double gap = 2.0; // between marker edges
        double labelPadding = 3.0;
    };

    static MarkerLayout compute(const QList<RegionMarker> &markers, const MapProjection &projection,
        const QFontMetricsF &labelMetrics, const Options &options);

    const QList<PlacedMarker> &placed() const { return m_placed; }
    // In drawing order: faint markers first, then large to small (small ones stay clickable).
    const QList<int> &drawOrder() const { return m_drawOrder; }
    const PlacedMarker *find(const QString &code) const;
    // The marker under a point (its disc grown by `tolerance`, or its label); null for none.
    // Among overlapping discs the one whose centre is nearest wins.
    const PlacedMarker *hitTest(const QPointF &point, double tolerance = 3.0) const;

private:
    void spread(const Options &options);
    void placeLabels(const QList<RegionMarker> &markers, const QFontMetricsF &metrics,
        const QRectF &viewport, const Options &options);

    QList<PlacedMarker> m_placed;
    QList<int> m_drawOrder;
};

} // namespace hangar::gui::map
