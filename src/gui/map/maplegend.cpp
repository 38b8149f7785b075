#include "gui/map/maplegend.h"

#include "gui/map/markerpainter.h"
#include "gui/map/regionmarker.h"

#include <QEvent>
#include <QPainter>

#include <limits>

namespace hangar::gui::map {

namespace {

constexpr int kSwatchWidth = 16;
constexpr int kSizeSwatchWidth = 30;
constexpr int kTextGap = 4;
constexpr int kEntryGap = 14;
constexpr int kRowGap = 4;

} // namespace

MapLegend::MapLegend(QWidget *parent)
    : QWidget(parent)
    , m_style(MapStyle::fromPalette(palette(), m_stateColors))
{
    setObjectName(QStringLiteral("mapLegend"));
    setAccessibleName(tr("Map legend"));
    setAccessibleDescription(entries().join(QStringLiteral("; ")));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

MapLegend::~MapLegend() = default;

void MapLegend::setStateColors(const StateColors &colors)
{
    m_stateColors = colors;
    m_style = MapStyle::fromPalette(palette(), m_stateColors);
    update();
}

void MapLegend::setDeprecatedShown(bool shown)
{
    m_deprecatedShown = shown;
    setAccessibleDescription(entries().join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QStringList MapLegend::entries() const
{
    QStringList texts;
    for (const Entry &entry : entryList())
        texts.append(entry.text);
    return texts;
}

QList<MapLegend::Entry> MapLegend::entryList() const
{
    QList<Entry> list {
        {Swatch::Started, tr("Started")},
        {Swatch::Stopped, tr("Stopped")},
        {Swatch::Suspended, tr("Suspended")},
        {Swatch::Failed, tr("Failed")},
        {Swatch::Changing, tr("Changing state")},
        {Swatch::Size, tr("Size: number of machines")},
        {Swatch::Volumes, tr("Volumes")},
        {Swatch::Empty, tr("Nothing there")},
    };
    if (m_deprecatedShown)
        list.append({Swatch::Deprecated, tr("Deprecated")});
    return list;
}

QList<QRect> MapLegend::arrange(int width) const
{
    const QFontMetrics metrics(font());
    const int rowHeight = std::max(metrics.height(), kSwatchWidth);
    QList<QRect> rects;
    int x = 0;
    int y = 0;
    for (const Entry &entry : entryList()) {
        const int swatch = entry.swatch == Swatch::Size ? kSizeSwatchWidth : kSwatchWidth;
        const int entryWidth = swatch + kTextGap + metrics.horizontalAdvance(entry.text);
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            y += rowHeight + kRowGap;
        }
        rects.append(QRect(x, y, entryWidth, rowHeight));
        x += entryWidth + kEntryGap;
    }
    return rects;
}

QSize MapLegend::sizeHint() const
{
    const QList<QRect> rects = arrange(std::numeric_limits<int>::max() / 2);
    return {rects.isEmpty() ? 0 : rects.last().right() + 1, heightForWidth(QWIDGETSIZE_MAX)};
}

QSize MapLegend::minimumSizeHint() const
{
    return {100, heightForWidth(100)};
}

int MapLegend::heightForWidth(int width) const
{
    const QList<QRect> rects = arrange(width);
    return rects.isEmpty() ? 0 : rects.last().bottom() + 1;
}

void MapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Entry> list = entryList();
    const QList<QRect> rects = arrange(width());
    for (int i = 0; i < list.size(); ++i) {
        const QRect rect = rects.at(i);
        const int swatch = list.at(i).swatch == Swatch::Size ? kSizeSwatchWidth : kSwatchWidth;
        paintSwatch(
            painter, list.at(i).swatch, QRectF(rect.left(), rect.top(), swatch, rect.height()));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect.adjusted(swatch + kTextGap, 0, 0, 0),
            Qt::AlignVCenter | Qt::AlignLeft, list.at(i).text);
    }
}

void MapLegend::paintSwatch(QPainter &painter, Swatch swatch, const QRectF &box) const
{
    const QPointF center = box.center();
    auto dot = [&](const QColor &color, double radius) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(center, radius, radius);
    };
    switch (swatch) {
    case Swatch::Started:
        dot(m_style.states.started, 5.5);
        break;
    case Swatch::Stopped:
        dot(m_style.states.stopped, 5.5);
        break;
    case Swatch::Suspended:
        dot(m_style.states.suspended, 5.5);
        break;
    case Swatch::Failed:
        dot(m_style.states.failed, 5.5);
        break;
    case Swatch::Changing:
        dot(m_style.states.changing, 5.5);
        break;
    case Swatch::Volumes:
        markerpainter::paintVolumeBadge(painter, center, 2, m_style);
        break;
    case Swatch::Empty:
        dot(m_style.faint, 3.5);
        break;
    case Swatch::Deprecated: {
        MarkerLook look;
        look.disabled = true;
        markerpainter::paintMarker(painter, center, 4.0, RegionMarker(), m_style, look);
        break;
    }
    case Swatch::Size: {
        // A small and a larger ring: more machines, bigger marker.
        RegionMarker few;
        few.counts.addMachine(models::StateBucket::Started, 1);
        RegionMarker many = few;
        many.counts.addMachine(models::StateBucket::Started, 8);
        markerpainter::paintMarker(painter, QPointF(box.left() + 5, center.y()), 4.5, few, m_style);
        markerpainter::paintMarker(
            painter, QPointF(box.right() - 8, center.y()), 7.5, many, m_style);
        break;
    }
    }
}

void MapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_style = MapStyle::fromPalette(palette(), m_stateColors);
        update();
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace hangar::gui::map
