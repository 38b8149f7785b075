#include "gui/map/mapwidget.h"

#include "gui/map/mapcontrols.h"
#include "gui/map/worldland.h"

#include <QAbstractItemModel>
#include <QTimer>
#include <QToolButton>

namespace hangar::gui::map {

namespace {

constexpr int kPulseFrameMs = 33;

// The colour that best says what changed: a state that gained machines, else one that lost
// them, else the volume badge's.
QColor changeColor(const RegionMarker &before, const RegionMarker &after, const MapStyle &style)
{
    using models::StateBucket;
    const StateBucket buckets[] = {StateBucket::Failed, StateBucket::Started,
        StateBucket::Suspended, StateBucket::Stopped, StateBucket::Other};
    for (StateBucket bucket : buckets) {
        if (after.counts.machinesIn(bucket) > before.counts.machinesIn(bucket))
            return style.states.color(bucket);
    }
    for (StateBucket bucket : buckets) {
        if (after.counts.machinesIn(bucket) < before.counts.machinesIn(bucket))
            return style.states.color(bucket);
    }
    return style.volumeBadge;
}

} // namespace

MapWidget::MapWidget(QWidget *parent)
    : QWidget(parent)
    , m_controls(new MapControls(this))
    , m_pulseTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("regionMap"));
    setAccessibleName(tr("World map of regions"));
    setAccessibleDescription(tr("Where your machines and volumes are. The region table next to "
                                "the map has the same numbers."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    grabGesture(Qt::PinchGesture);
    m_style = MapStyle::fromPalette(palette(), m_stateColors);
    m_pulseTimer->setInterval(kPulseFrameMs);
    connect(m_pulseTimer, &QTimer::timeout, this, &MapWidget::advancePulses);
    connect(m_controls->zoomInButton(), &QToolButton::clicked, this, &MapWidget::zoomIn);
    connect(m_controls->zoomOutButton(), &QToolButton::clicked, this, &MapWidget::zoomOut);
    connect(m_controls->resetButton(), &QToolButton::clicked, this, &MapWidget::resetView);
}

MapWidget::~MapWidget() = default;

void MapWidget::setModel(QAbstractItemModel *model)
{
    // A destroyed model has already nulled m_model: still drop its markers.
    if (model && model == m_model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        auto reloadAll = [this] { reload(); };
        m_modelConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, reloadAll),
            connect(model, &QAbstractItemModel::rowsInserted, this, reloadAll),
            connect(model, &QAbstractItemModel::rowsRemoved, this, reloadAll),
            connect(model, &QAbstractItemModel::rowsMoved, this, reloadAll),
            connect(model, &QAbstractItemModel::layoutChanged, this, reloadAll),
            connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    reloadRows(topLeft.row(), bottomRight.row());
                }),
            connect(model, &QObject::destroyed, this, [this] { setModel(nullptr); }),
        };
    }
    reload();
}

void MapWidget::setStateColors(const StateColors &colors)
{
    m_stateColors = colors;
    m_style = MapStyle::fromPalette(palette(), m_stateColors);
    update();
}

void MapWidget::setCapacities(const QHash<QString, int> &capacities)
{
    m_capacities = capacities;
    for (RegionMarker &marker : m_markers) {
        const auto it = m_capacities.constFind(marker.code);
        marker.capacity =
            it == m_capacities.cend() ? std::optional<int>() : std::optional<int>(it.value());
    }
}

void MapWidget::setDeprecatedSelectable(bool selectable)
{
    m_deprecatedSelectable = selectable;
    if (!m_selected.isEmpty() && !isSelectable(m_selected))
        setSelectedRegion(QString());
    update();
}

bool MapWidget::isSelectable(const QString &code) const
{
    const std::optional<RegionMarker> found = marker(code);
    return found && (m_deprecatedSelectable || !found->deprecated);
}

void MapWidget::setSelectedRegion(const QString &code)
{
    const QString selected = code.isEmpty() || isSelectable(code) ? code : QString();
    if (selected == m_selected)
        return;
    m_selected = selected;
    invalidateLayout(); // the selection is labelled first
    if (!selected.isEmpty())
        ensureVisible(selected);
    emit selectedRegionChanged(m_selected);
}

void MapWidget::zoomIn()
{
    zoomAt(QRectF(rect()).center(), kZoomStep);
}

void MapWidget::zoomOut()
{
    zoomAt(QRectF(rect()).center(), 1.0 / kZoomStep);
}

void MapWidget::resetView()
{
    m_projection.reset();
    m_projection.setViewport(size());
    viewUpdated();
}

void MapWidget::zoomAt(const QPointF &anchor, double factor)
{
    m_projection.zoomAt(anchor, factor);
    viewUpdated();
}

void MapWidget::panBy(const QPointF &pixels)
{
    m_projection.panBy(pixels);
    viewUpdated();
}

void MapWidget::zoomToRegion(const QString &code)
{
    const std::optional<RegionMarker> found = marker(code);
    if (!found || !found->hasLocation)
        return;
    m_projection.centerOn(QPointF(found->longitude, found->latitude), zoom() * kDoubleClickZoom);
    viewUpdated();
}

void MapWidget::ensureVisible(const QString &code)
{
    const std::optional<RegionMarker> found = marker(code);
    if (!found || !found->hasLocation || size().isEmpty())
        return;
    const QRectF inner = QRectF(rect()).adjusted(40, 40, -40, -40);
    if (inner.contains(m_projection.toScreen(found->longitude, found->latitude)))
        return;
    m_projection.centerOn(QPointF(found->longitude, found->latitude), zoom());
    viewUpdated();
}

std::optional<RegionMarker> MapWidget::marker(const QString &code) const
{
    const int index = m_markerByCode.value(code, -1);
    if (index < 0)
        return std::nullopt;
    return m_markers.at(index);
}

std::optional<QPointF> MapWidget::markerCenter(const QString &code) const
{
    const PlacedMarker *placed = layout().find(code);
    if (!placed)
        return std::nullopt;
    return placed->center;
}

bool MapWidget::isLabelShown(const QString &code) const
{
    const PlacedMarker *placed = layout().find(code);
    return placed && !placed->label.isNull();
}

QString MapWidget::regionAt(const QPointF &position) const
{
    const PlacedMarker *placed = layout().hitTest(position);
    return placed ? placed->code : QString();
}

QString MapWidget::toolTipAt(const QPointF &position) const
{
    const PlacedMarker *placed = layout().hitTest(position);
    if (!placed)
        return {};
    return markerToolTip(m_markers.at(placed->marker), isSelectable(placed->code));
}

const MarkerLayout &MapWidget::layout() const
{
    if (!m_layout) {
        MarkerLayout::Options options;
        options.selected = m_selected;
        if (!m_controls->isHidden())
            options.reserved.append(QRectF(m_controls->geometry()).adjusted(-4, -4, 4, 4));
        m_layout =
            MarkerLayout::compute(m_markers, m_projection, QFontMetricsF(labelFont()), options);
    }
    return *m_layout;
}

QSize MapWidget::sizeHint() const
{
    return {720, 380};
}

QSize MapWidget::minimumSizeHint() const
{
    return {260, 150};
}

void MapWidget::reload()
{
    m_markers.clear();
    m_markerByCode.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        RegionMarker marker = RegionMarker::fromIndex(m_model->index(row, 0));
        const auto capacity = m_capacities.constFind(marker.code);
        if (capacity != m_capacities.cend())
            marker.capacity = capacity.value();
        m_markerByCode.insert(marker.code, int(m_markers.size()));
        m_markers.append(marker);
    }
    if (!m_selected.isEmpty() && !m_markerByCode.contains(m_selected)) {
        m_selected.clear();
        emit selectedRegionChanged(m_selected);
    }
    if (!m_markerByCode.contains(m_hovered))
        m_hovered.clear();
    invalidateLayout();
}

void MapWidget::reloadRows(int first, int last)
{
    if (!m_model || first < 0 || last >= m_markers.size()) {
        reload();
        return;
    }
    for (int row = first; row <= last; ++row) {
        RegionMarker marker = RegionMarker::fromIndex(m_model->index(row, 0));
        RegionMarker &old = m_markers[row];
        if (marker.code != old.code) {
            reload();
            return;
        }
        marker.capacity = old.capacity;
        if (marker.counts != old.counts && isVisible())
            startPulse(marker.code, changeColor(old, marker, m_style));
        old = marker;
    }
    invalidateLayout();
}

void MapWidget::startPulse(const QString &code, const QColor &color)
{
    Pulse pulse;
    pulse.clock.start();
    pulse.color = color;
    m_pulses.insert(code, pulse);
    if (!m_pulseTimer->isActive())
        m_pulseTimer->start();
}

void MapWidget::advancePulses()
{
    for (auto it = m_pulses.begin(); it != m_pulses.end();) {
        if (it->clock.elapsed() >= kPulseMs)
            it = m_pulses.erase(it);
        else
            ++it;
    }
    if (m_pulses.isEmpty())
        m_pulseTimer->stop();
    update();
}

void MapWidget::viewUpdated()
{
    invalidateLayout();
    emit viewChanged();
}

void MapWidget::invalidateLayout()
{
    m_layout.reset();
    update();
}

void MapWidget::setHovered(const QString &code)
{
    if (code == m_hovered)
        return;
    m_hovered = code;
    setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

QFont MapWidget::labelFont() const
{
    QFont labelFont = font();
    labelFont.setBold(true);
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    return labelFont;
}

const QPainterPath &MapWidget::landPath() const
{
    // Projected once per view, not per paint: hover and pulses repaint often.
    if (!m_landPathView || *m_landPathView != m_projection) {
        m_landPath = m_projection.degreesToScreen().map(WorldLand::embedded().path());
        m_landPathView = m_projection;
    }
    return m_landPath;
}

void MapWidget::placeControls()
{
    m_controls->adjustSize();
    m_controls->move(width() - m_controls->width() - 8, 8);
}

} // namespace hangar::gui::map
