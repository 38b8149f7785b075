#include "gui/config/configsection.h"

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

} // namespace hangar::gui
