#include "gui/map/mapstyle.h"

#include <QPalette>

namespace hangar::gui::map {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

QColor StateColors::color(models::StateBucket bucket) const
{
    switch (bucket) {
    case models::StateBucket::Started:
        return started;
    case models::StateBucket::Stopped:
        return stopped;
    case models::StateBucket::Suspended:
        return suspended;
    case models::StateBucket::Failed:
        return failed;
    case models::StateBucket::Other:
        break;
    }
    return changing;
}

StateColors StateColors::defaults()
{
    return {QColor(0x1f, 0x9d, 0x55), QColor(0x6b, 0x72, 0x80), QColor(0x25, 0x63, 0xeb),
        QColor(0xdc, 0x26, 0x26), QColor(0xd9, 0x77, 0x06)};
}

MapStyle MapStyle::fromPalette(const QPalette &palette, const StateColors &states)
{
    MapStyle style;
    style.states = states;
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    style.dark = window.lightness() < 128;
    const QColor base = palette.color(QPalette::Base);
    if (style.dark) {
        style.sea = mix(base, QColor(0x1e, 0x3a, 0x5f), 0.35);
        style.land = mix(window, QColor(0x9c, 0xa3, 0xaf), 0.18);
        style.coast = mix(style.land, QColor(0xd1, 0xd5, 0xdb), 0.25);
        style.graticule = withAlpha(QColor(0x9c, 0xa3, 0xaf), 28);
        style.volumeBadge = QColor(0x22, 0xa6, 0xc4);
        // Stopped grey disappears on dark land; lift it a little.
        style.states.stopped = mix(states.stopped, QColor(0xe5, 0xe7, 0xeb), 0.3);
    } else {
        style.sea = mix(base, QColor(0xc7, 0xdd, 0xf2), 0.55);
        style.land = mix(base, QColor(0xd4, 0xd8, 0xde), 0.9);
        style.coast = mix(style.land, QColor(0x6b, 0x72, 0x80), 0.35);
        style.graticule = withAlpha(QColor(0x4b, 0x55, 0x63), 26);
        style.volumeBadge = QColor(0x0e, 0x74, 0x90);
    }
    style.text = text;
    style.halo = withAlpha(style.sea, 220);
    style.faint = withAlpha(text, style.dark ? 110 : 95);
    style.selection = palette.color(QPalette::Highlight);
    style.leader = withAlpha(text, 120);
    style.volumeBadgeText = QColor(Qt::white);
    style.markerCenter =
        style.dark ? mix(style.land, QColor(Qt::black), 0.35) : QColor(0xff, 0xff, 0xff);
    return style;
}

} // namespace hangar::gui::map
