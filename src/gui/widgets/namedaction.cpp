#include "gui/widgets/namedaction.h"

#include <QAction>

namespace hangar::gui {

QAction *makeNamedAction(
    QObject *parent, const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

} // namespace hangar::gui
