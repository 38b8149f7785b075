#pragma once

#include "gui/map/mapprojection.h"
#include "gui/map/mapstyle.h"
#include "gui/map/markerlayout.h"
#include "gui/map/regionmarker.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPainterPath>
#include <QPointer>
#include <QWidget>

#include <optional>

class QGestureEvent;
class QTimer;

namespace hangar::gui::map {

class MapControls;

// A world map of Fly regions. Land comes from the embedded Natural Earth outlines; every row of
// the model (the shared roles of RegionSummaryModel: code, name, latitude/longitude, counts,
// flags) is a marker whose size says how many machines are there, whose ring is split by their
// states, with a badge for volumes; empty regions are faint dots. It follows the model live and
// briefly pulses a marker whose counts change.
//
// Mouse: hover for details, click to select (the sea clears the selection), double-click to
// zoom in, drag to pan, wheel or pinch to zoom. Keyboard: + and − zoom, arrows pan, 0 resets.
// The buttons in the corner do the same. Screen-reader users get the same numbers from the
// region table that goes with it (RegionTableModel).
class MapWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapWidget)

public:
    static constexpr double kZoomStep = 1.5; // buttons and keys
    static constexpr double kDoubleClickZoom = 2.0;
    static constexpr int kPulseMs = 1200; // how long a changed marker pulses

    explicit MapWidget(QWidget *parent = nullptr);
    ~MapWidget() override;

    // The regions to show (not owned): a RegionSummaryModel or any list model answering the
    // same roles.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setStateColors(const StateColors &colors);
    // Free capacity per region code, where the API gave it (shown in the tooltip).
    void setCapacities(const QHash<QString, int> &capacities);
    // Off in a region picker: deprecated regions are drawn dotted and cannot be selected.
    void setDeprecatedSelectable(bool selectable);
    bool isSelectable(const QString &code) const;

    QString selectedRegion() const { return m_selected; }
    // Selects a region ("" for none), bringing it into view; emits selectedRegionChanged.
    void setSelectedRegion(const QString &code);

    const MapProjection &projection() const { return m_projection; }
    double zoom() const { return m_projection.zoom(); }
    void zoomIn();
    void zoomOut();
    void resetView();
    void zoomAt(const QPointF &anchor, double factor);
    void panBy(const QPointF &pixels);
    // Centres the region and zooms in by kDoubleClickZoom.
    void zoomToRegion(const QString &code);
    // Pans just enough to show the region's marker.
    void ensureVisible(const QString &code);

    // What is where, as drawn (for tests and for whoever wants to explain the map).
    const QList<RegionMarker> &markers() const { return m_markers; }
    std::optional<RegionMarker> marker(const QString &code) const;
    // The centre of a region's marker in widget pixels (moved off its neighbours when crowded),
    // or nullopt when the region is unknown or has no coordinates.
    std::optional<QPointF> markerCenter(const QString &code) const;
    bool isLabelShown(const QString &code) const;
    QString regionAt(const QPointF &position) const;
    QString toolTipAt(const QPointF &position) const;
    bool isPulsing(const QString &code) const { return m_pulses.contains(code); }
    const MarkerLayout &layout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectedRegionChanged(const QString &code);
    // A click on a selectable region, or on the sea (empty code).
    void regionClicked(const QString &code);
    void regionDoubleClicked(const QString &code);
    void viewChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Pulse {
        QElapsedTimer clock;
        QColor color;
    };

    void reload();
    void reloadRows(int first, int last);
    void startPulse(const QString &code, const QColor &color);
    void advancePulses();
    void viewUpdated();
    void invalidateLayout();
    void setHovered(const QString &code);
    bool handleGesture(QGestureEvent *event);
    QFont labelFont() const;
    const QPainterPath &landPath() const;
    void paintGraticule(QPainter &painter) const;
    void paintMarkers(QPainter &painter) const;
    void placeControls();

    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<RegionMarker> m_markers;
    QHash<QString, int> m_markerByCode;
    QHash<QString, int> m_capacities;
    StateColors m_stateColors = StateColors::defaults();
    MapStyle m_style;
    bool m_deprecatedSelectable = true;
    QString m_selected;
    QString m_hovered;
    MapProjection m_projection;
    MapControls *m_controls;

    mutable std::optional<MarkerLayout> m_layout;
    mutable QPainterPath m_landPath;
    mutable std::optional<MapProjection> m_landPathView;

    QHash<QString, Pulse> m_pulses;
    QTimer *m_pulseTimer;

    QPointF m_pressPosition;
    QPointF m_lastDragPosition;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_ignoreRelease = false;
    bool m_keyboardFocus = false; // focus came by Tab or keys are in use: draw the focus frame
};

} // namespace hangar::gui::map
