#pragma once

class QString;
class QWidget;

namespace hangar::gui {

// The page the main window shows when there is no panel: one centred, wrapped sentence that
// says what to do next ("Select an app, a machine or a volume in the tree.").
QWidget *makeEmptyPage(QWidget *parent);
void setEmptyPageText(QWidget *page, const QString &text);

} // namespace hangar::gui
