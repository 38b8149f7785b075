#pragma once

#include <QBrush>
#include <QColor>

class QPalette;

namespace hangar::gui {

// The diff's colours, derived from the palette so that they read on light and dark themes:
// tints of green, red and amber over the base colour (stronger for the changed characters of a
// changed line), and a hatch for fillers.
struct DiffColors {
    QColor added;
    QColor removed;
    QColor changed;
    QColor addedStrong;
    QColor removedStrong;
    QColor changedStrong;
    QBrush filler;
    QColor gutter; // gutter background
    QColor lineNumber;
    QColor fold; // text of a folded line

    static DiffColors forPalette(const QPalette &palette);
};

} // namespace hangar::gui
