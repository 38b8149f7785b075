#include "gui/widgets/emptypage.h"

#include <QLabel>
#include <QString>
#include <QVBoxLayout>
#include <QWidget>

namespace hangar::gui {

QWidget *makeEmptyPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("emptyPage"));
    auto *label = new QLabel(page);
    label->setObjectName(QStringLiteral("emptyPageLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    return page;
}

void setEmptyPageText(QWidget *page, const QString &text)
{
    page->findChild<QLabel *>(QStringLiteral("emptyPageLabel"))->setText(text);
}

} // namespace hangar::gui
