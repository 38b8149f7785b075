#include "gui/map/mapcontrols.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hangar::gui::map {

namespace {

enum class Glyph { Plus, Minus, Fit };

// Draws a glyph with the pen colour of the button that shows it.
class GlyphIconEngine final : public QIconEngine {
public:
    GlyphIconEngine(Glyph glyph, QWidget *owner)
        : m_glyph(glyph)
        , m_owner(owner)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = m_owner ? m_owner->palette() : QPalette();
        const QColor color = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        const QRectF box = QRectF(rect).adjusted(
            rect.width() * 0.2, rect.height() * 0.2, -rect.width() * 0.2, -rect.height() * 0.2);
        QPainterPath path;
        const QPointF c = box.center();
        switch (m_glyph) {
        case Glyph::Plus:
            path.moveTo(c.x(), box.top());
            path.lineTo(c.x(), box.bottom());
            path.moveTo(box.left(), c.y());
            path.lineTo(box.right(), c.y());
            break;
        case Glyph::Minus:
            path.moveTo(box.left(), c.y());
            path.lineTo(box.right(), c.y());
            break;
        case Glyph::Fit: {
            // Four corners: "the whole world".
            const double arm = box.width() * 0.35;
            for (const QPointF &corner :
                {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()}) {
                const double dx = corner.x() < c.x() ? arm : -arm;
                const double dy = corner.y() < c.y() ? arm : -arm;
                path.moveTo(corner.x() + dx, corner.y());
                path.lineTo(corner);
                path.lineTo(corner.x(), corner.y() + dy);
            }
            break;
        }
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(
            color, std::max(1.5, rect.width() / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph, m_owner); }

private:
    Glyph m_glyph;
    QPointer<QWidget> m_owner;
};

QToolButton *makeButton(QWidget *parent, Glyph glyph, const QString &objectName,
    const QString &toolTip, const QString &accessibleName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(QIcon(new GlyphIconEngine(glyph, button)));
    button->setIconSize(QSize(16, 16));
    button->setToolTip(toolTip);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(false);
    button->setCursor(Qt::ArrowCursor);
    return button;
}

} // namespace

MapControls::MapControls(QWidget *parent)
    : QWidget(parent)
    , m_zoomIn(makeButton(this, Glyph::Plus, QStringLiteral("mapZoomInButton"),
          tr("Zoom in (+, wheel, pinch)"), tr("Zoom in")))
    , m_zoomOut(makeButton(this, Glyph::Minus, QStringLiteral("mapZoomOutButton"),
          tr("Zoom out (−, wheel, pinch)"), tr("Zoom out")))
    , m_reset(makeButton(this, Glyph::Fit, QStringLiteral("mapResetButton"),
          tr("Show the whole world (0)"), tr("Reset the map view")))
{
    setObjectName(QStringLiteral("mapControls"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_zoomIn);
    layout->addWidget(m_zoomOut);
    layout->addSpacing(4);
    layout->addWidget(m_reset);
}

MapControls::~MapControls() = default;

} // namespace hangar::gui::map
