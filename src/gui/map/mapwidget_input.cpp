// MapWidget: mouse, wheel, pinch and keyboard.
#include "gui/map/mapwidget.h"

#include <QApplication>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace hangar::gui::map {

namespace {

// One wheel notch (120 eighths of a degree) zooms by this much.
constexpr double kWheelNotchZoom = 1.25;

} // namespace

bool MapWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            const PlacedMarker *placed = layout().hitTest(help->pos());
            const double r = placed->radius + 3.0;
            const QRect area =
                QRectF(placed->center - QPointF(r, r), QSizeF(2 * r, 2 * r)).toAlignedRect();
            QToolTip::showText(help->globalPos(), text, this, area);
        }
        return true;
    }
    case QEvent::Gesture:
        if (handleGesture(static_cast<QGestureEvent *>(event)))
            return true;
        break;
    case QEvent::NativeGesture: {
        // Trackpad pinch on macOS (and libinput): value() is the change of scale.
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(gesture->position(), 1.0 + gesture->value());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

bool MapWidget::handleGesture(QGestureEvent *event)
{
    auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture));
    if (!pinch)
        return false;
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
        zoomAt(mapFromGlobal(pinch->centerPoint()), pinch->scaleFactor());
    if (pinch->changeFlags() & QPinchGesture::CenterPointChanged)
        panBy(pinch->centerPoint() - pinch->lastCenterPoint());
    event->accept(pinch);
    return true;
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_keyboardFocus = false;
    m_pressPosition = event->position();
    m_lastDragPosition = event->position();
    event->accept();
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging
            && (event->position() - m_pressPosition).manhattanLength()
                >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (m_dragging) {
            panBy(event->position() - m_lastDragPosition);
            m_lastDragPosition = event->position();
        }
        return;
    }
    setHovered(regionAt(event->position()));
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool wasDrag = m_dragging;
    m_pressed = false;
    m_dragging = false;
    if (std::exchange(m_ignoreRelease, false))
        return;
    if (wasDrag) {
        const QString hovered = regionAt(event->position());
        m_hovered.clear();
        setHovered(hovered);
        return;
    }
    const QString code = regionAt(event->position());
    if (!code.isEmpty() && !isSelectable(code))
        return; // a deprecated region in a picker: look, don't pick
    setSelectedRegion(code);
    emit regionClicked(code);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    // The release that follows must not act as a click where the zoom has moved things.
    m_ignoreRelease = true;
    m_pressed = true;
    const QString code = regionAt(event->position());
    if (code.isEmpty())
        zoomAt(event->position(), kDoubleClickZoom);
    else
        zoomToRegion(code);
    emit regionDoubleClicked(code);
}

void MapWidget::leaveEvent(QEvent *event)
{
    setHovered(QString());
    QWidget::leaveEvent(event);
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), std::pow(kWheelNotchZoom, delta.y() / 120.0));
    event->accept();
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const QPointF step(width() / 8.0, height() / 8.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_Left:
        panBy(QPointF(step.x(), 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step.x(), 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step.y()));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step.y()));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_keyboardFocus = true;
    event->accept();
}

} // namespace hangar::gui::map
