#pragma once

#include <QString>

class QAction;
class QObject;

namespace hangar::gui {

// An action with the object name tests and menus find it by, and one sentence shown both as its
// tooltip and in the status bar.
QAction *makeNamedAction(
    QObject *parent, const QString &text, const QString &objectName, const QString &toolTip);

} // namespace hangar::gui
