#include "gui/review/configdiffview.h"

#include "gui/review/diffpane.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>

namespace hangar::gui {

using core::DiffKind;

namespace {

QAction *shortcutAction(QWidget *owner, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

ConfigDiffView::ConfigDiffView(QWidget *parent)
    : QWidget(parent)
    , m_left(new DiffPane(DiffPane::Side::Left, this))
    , m_right(new DiffPane(DiffPane::Side::Right, this))
    , m_leftCaption(new QLabel(tr("Before"), this))
    , m_rightCaption(new QLabel(tr("After"), this))
    , m_changedOnlyCheck(new QCheckBox(tr("Show only changes"), this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_positionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("configDiffView"));
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right->setObjectName(QStringLiteral("rightPane"));
    m_left->setAccessibleName(tr("Old config"));
    m_right->setAccessibleName(tr("New config"));
    m_leftCaption->setObjectName(QStringLiteral("leftCaption"));
    m_rightCaption->setObjectName(QStringLiteral("rightCaption"));
    for (QLabel *caption : {m_leftCaption, m_rightCaption}) {
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
    }
    m_changedOnlyCheck->setObjectName(QStringLiteral("changedOnlyCheck"));
    m_changedOnlyCheck->setChecked(m_changedOnly);
    m_changedOnlyCheck->setToolTip(
        tr("Hide unchanged lines, keeping the sections around each change"));
    m_previousButton->setObjectName(QStringLiteral("previousChangeButton"));
    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setToolTip(tr("Previous change (Alt+Up, Shift+F8)"));
    m_previousButton->setAccessibleName(tr("Previous change"));
    m_nextButton->setObjectName(QStringLiteral("nextChangeButton"));
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setToolTip(tr("Next change (Alt+Down, F8)"));
    m_nextButton->setAccessibleName(tr("Next change"));
    m_positionLabel->setObjectName(QStringLiteral("changePositionLabel"));

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_changedOnlyCheck);
    tools->addStretch();
    tools->addWidget(m_positionLabel);
    tools->addWidget(m_previousButton);
    tools->addWidget(m_nextButton);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools, 0, 0, 1, 2);
    layout->addWidget(m_leftCaption, 1, 0);
    layout->addWidget(m_rightCaption, 1, 1);
    layout->addWidget(m_left, 2, 0);
    layout->addWidget(m_right, 2, 1);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(m_changedOnlyCheck, &QCheckBox::toggled, this, &ConfigDiffView::setChangedOnly);
    connect(m_previousButton, &QToolButton::clicked, this, &ConfigDiffView::previousChange);
    connect(m_nextButton, &QToolButton::clicked, this, &ConfigDiffView::nextChange);
    connect(shortcutAction(this,
                {QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_F8),
                    QKeySequence(Qt::Key_N)}),
        &QAction::triggered, this, &ConfigDiffView::nextChange);
    connect(shortcutAction(this,
                {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F8),
                    QKeySequence(Qt::Key_P)}),
        &QAction::triggered, this, &ConfigDiffView::previousChange);
    syncScrolling();
    updateNavigation();
}

ConfigDiffView::~ConfigDiffView() = default;

void ConfigDiffView::setDiff(const core::ConfigDiff &diff)
{
    m_all = core::sideBySide(diff);
    m_hasChanges = diff.hasChanges();
    showLines();
    if (!m_changeStarts.isEmpty())
        goToChange(0);
}

void ConfigDiffView::setCaptions(const QString &left, const QString &right)
{
    m_leftCaption->setText(left);
    m_rightCaption->setText(right);
}

void ConfigDiffView::setChangedOnly(bool changedOnly)
{
    if (changedOnly == m_changedOnly)
        return;
    m_changedOnly = changedOnly;
    m_changedOnlyCheck->setChecked(changedOnly);
    // Stay on the change the user was looking at.
    const int current = m_current;
    showLines();
    if (current >= 0 && current < m_changeStarts.size())
        goToChange(current);
}

int ConfigDiffView::currentLine() const
{
    return m_current >= 0 ? m_changeStarts.at(m_current) : -1;
}

void ConfigDiffView::nextChange()
{
    if (m_current + 1 < m_changeStarts.size())
        goToChange(m_current + 1);
}

void ConfigDiffView::previousChange()
{
    if (m_current > 0)
        goToChange(m_current - 1);
}

void ConfigDiffView::showLines()
{
    // Without changes there is nothing to fold around: the whole config is shown.
    m_shown = m_changedOnly && m_hasChanges ? core::changedOnly(m_all) : m_all;
    m_changedOnlyCheck->setEnabled(m_hasChanges);
    m_changeStarts = core::changeStarts(m_shown);
    m_current = -1;
    m_left->setLines(m_shown);
    m_right->setLines(m_shown);
    updateNavigation();
}

void ConfigDiffView::goToChange(int index)
{
    m_current = index;
    const int first = m_changeStarts.at(index);
    int last = first;
    while (last + 1 < m_shown.size() && m_shown.at(last + 1).kind != DiffKind::Unchanged)
        ++last;
    m_left->setCurrentRange(first, last);
    m_right->setCurrentRange(first, last);
    updateNavigation();
    emit currentChangeChanged(m_current, changeCount());
}

void ConfigDiffView::updateNavigation()
{
    const int count = changeCount();
    if (count == 0)
        m_positionLabel->setText(tr("No changes"));
    else if (m_current < 0)
        m_positionLabel->setText(tr("%n change(s)", nullptr, count));
    else
        m_positionLabel->setText(tr("Change %1 of %2").arg(m_current + 1).arg(count));
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current + 1 < count);
}

void ConfigDiffView::syncScrolling()
{
    // Both panes have the same lines (fillers included), so equal positions face each other.
    // The guard keeps a pane whose range is shorter from clamping the other one back.
    const auto follow = [this](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, to, [this, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->setValue(value);
            m_syncing = false;
        });
    };
    follow(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    follow(m_right->verticalScrollBar(), m_left->verticalScrollBar());
    follow(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    follow(m_right->horizontalScrollBar(), m_left->horizontalScrollBar());
}

} // namespace hangar::gui
