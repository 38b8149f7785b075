#pragma once

#include "models/modelroles.h"

#include <QColor>

class QPalette;

namespace hangar::gui::map {

// The colour of each machine state bucket on the map. The defaults match StateBadge (the app's
// state colours); RegionsPanel passes StateBadge's own so the two never drift apart.
struct StateColors {
    QColor started;
    QColor stopped;
    QColor suspended;
    QColor failed;
    QColor changing; // created, starting, stopping, replacing, ...

    QColor color(models::StateBucket bucket) const;
    static StateColors defaults();
};

// The map's colours for a palette: light or dark from the palette's window colour, tuned so the
// land reads against the sea and markers read against both.
struct MapStyle {
    QColor sea;
    QColor land;
    QColor coast;
    QColor graticule;
    QColor text;
    QColor halo; // behind label text
    QColor faint; // markers of regions without resources
    QColor selection;
    QColor leader; // the line from a moved marker to its true place
    QColor volumeBadge;
    QColor volumeBadgeText;
    QColor markerCenter; // the hole of a marker's ring
    StateColors states = StateColors::defaults();
    bool dark = false;

    static MapStyle fromPalette(const QPalette &palette, const StateColors &states);
};

} // namespace hangar::gui::map
