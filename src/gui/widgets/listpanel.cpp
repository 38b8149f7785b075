#include "gui/widgets/listpanel.h"

#include "gui/widgets/jobdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hangar::gui {

ListPanel::ListPanel(const QStringList &headers, QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_buttons(new QHBoxLayout)
{
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(headers);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(100);
    m_busy->hide();

    auto *top = new QHBoxLayout;
    top->addLayout(m_buttons);
    top->addStretch(1);
    top->addWidget(m_busy);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
}

ListPanel::~ListPanel() = default;

QPushButton *ListPanel::addButton(
    const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    m_buttons->addWidget(button);
    return button;
}

void ListPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void ListPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette colours = palette();
    if (problem)
        colours.setColor(QPalette::WindowText, problemTextColor(this));
    m_message->setPalette(colours);
}

} // namespace hangar::gui
