#include "gui/accounts/colourchoices.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace hangar::gui {

namespace {

QString colourName(const char *name)
{
    return QCoreApplication::translate("hangar::gui::ColourChoice", name);
}

} // namespace

QList<ColourChoice> colourChoices()
{
    return {
        {colourName(QT_TRANSLATE_NOOP("hangar::gui::ColourChoice", "Blue")), QColor(0x2f6fde)},
        {colourName(QT_TRANSLATE_NOOP("hangar::gui::ColourChoice", "Teal")), QColor(0x13897f)},
        {colourName(QT_TRANSLATE_NOOP("hangar::gui::ColourChoice", "Green")), QColor(0x2e9d57)},
        {colourName(QT_TRANSLATE_NOOP("hangar::gui::ColourChoice", "Purple")), QColor(0x7b4fd0)},
        {colourName(QT_TRANSLATE_NOOP("hangar::gui::ColourChoice", "Pink")), QColor(0xc8407d)},
        {colourName(QT_TRANSLATE_NOOP("hangar::gui::ColourChoice", "Orange")), QColor(0xd9822b)},
        {colourName(QT_TRANSLATE_NOOP("hangar::gui::ColourChoice", "Red")), productionColour()},
        {colourName(QT_TRANSLATE_NOOP("hangar::gui::ColourChoice", "Grey")), QColor(0x6b7280)},
    };
}

QColor productionColour()
{
    return QColor(0xd0342c);
}

QIcon colourSwatch(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF square = QRectF(pixmap.rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(QPen(colour.isValid() ? colour.darker(130) : QColor(Qt::gray), 1));
    painter.setBrush(colour.isValid() ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(square, 3, 3);
    return QIcon(pixmap);
}

QColor textColourOn(const QColor &background)
{
    // Relative luminance, roughly: enough to pick black or white.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace hangar::gui
