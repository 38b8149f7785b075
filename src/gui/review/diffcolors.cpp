#include "gui/review/diffcolors.h"

#include <QPalette>

namespace hangar::gui {

namespace {

QColor mix(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (tint.redF() - base.redF()) * amount),
        float(base.greenF() + (tint.greenF() - base.greenF()) * amount),
        float(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

} // namespace

DiffColors DiffColors::forPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    // Dark themes need more of the tint for the same contrast against the base colour.
    const qreal light = dark ? 0.24 : 0.16;
    const qreal strong = dark ? 0.45 : 0.36;
    const QColor green = dark ? QColor(0x2e, 0xa0, 0x43) : QColor(0x1a, 0x9f, 0x3c);
    const QColor red = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xe5, 0x34, 0x3e);
    const QColor amber = dark ? QColor(0xd2, 0x99, 0x22) : QColor(0xe8, 0xa3, 0x00);

    DiffColors colors;
    colors.added = mix(base, green, light);
    colors.removed = mix(base, red, light);
    colors.changed = mix(base, amber, light);
    colors.addedStrong = mix(base, green, strong);
    colors.removedStrong = mix(base, red, strong);
    colors.changedStrong = mix(base, amber, strong + 0.06);
    colors.filler = QBrush(mix(base, text, dark ? 0.16 : 0.12), Qt::BDiagPattern);
    colors.gutter = mix(base, text, 0.04);
    colors.lineNumber = mix(base, text, 0.5);
    colors.fold = mix(base, text, 0.6);
    return colors;
}

} // namespace hangar::gui
