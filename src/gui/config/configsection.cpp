#include "gui/config/configsection.h"

#include <QBrush>
#include <QColor>
#include <QTableWidgetItem>
#include <QWidget>

namespace hangar::gui {

ConfigSection::ConfigSection(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
{
}

ConfigSection::~ConfigSection() = default;

void setHelp(QWidget *field, const QString &help)
{
    field->setProperty("hangarHelp", help);
    field->setToolTip(help);
}

void markField(QWidget *field, const QString &reason)
{
    field->setToolTip(reason.isEmpty() ? field->property("hangarHelp").toString() : reason);
    field->setStyleSheet(reason.isEmpty()
            ? QString()
            : QStringLiteral("border: 1px solid #dc2626; border-radius: 2px;"));
    field->setAccessibleDescription(reason);
}

void markItem(QTableWidgetItem *item, const QString &reason)
{
    if (!item)
        return;
    item->setToolTip(reason);
    // A fixed pair rather than palette roles: pale red with dark red text reads in both palettes.
    item->setBackground(reason.isEmpty() ? QBrush() : QBrush(QColor(0xfe, 0xe2, 0xe2)));
    item->setForeground(reason.isEmpty() ? QBrush() : QBrush(QColor(0x99, 0x1b, 0x1b)));
}

} // namespace hangar::gui
