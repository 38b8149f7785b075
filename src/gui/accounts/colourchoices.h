#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace hangar::gui {

// The colours an account can wear, named for people. Red is what production accounts get by
// default.
struct ColourChoice {
    QString name;
    QColor colour;
};

QList<ColourChoice> colourChoices();
QColor productionColour();
// A small rounded square of the colour (an outline when the colour is invalid).
QIcon colourSwatch(const QColor &colour, int size = 16);
// Black or white, whichever reads better on `background`.
QColor textColourOn(const QColor &background);

} // namespace hangar::gui
