#include "gui/activity/jobitemdelegate.h"

#include "core/jobs/job.h"
#include "models/jobs/joblistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>

namespace hangar::gui {

namespace {

using core::Job;
using models::JobListModel;

constexpr int kMargin = 6;
constexpr int kSpacing = 3;
constexpr int kProgressSteps = 1000;
constexpr int kMinimumWidth = 240;

Job::State stateOf(const QModelIndex &index)
{
    return Job::State(index.data(JobListModel::StateRole).toInt());
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// Breaks text into at most maxLines lines of the given width, eliding the end of the last one.
QString wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines.append(metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

JobItemDelegate::JobItemDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

JobItemDelegate::~JobItemDelegate() = default;

JobItemDelegate::Button JobItemDelegate::buttonFor(const QModelIndex &index)
{
    if (index.data(JobListModel::CanCancelRole).toBool())
        return Button::Cancel;
    if (stateOf(index) == Job::State::Failed)
        return Button::Details;
    return Button::None;
}

QColor JobItemDelegate::errorColor(const QPalette &palette)
{
    const bool darkBackground = palette.color(QPalette::Base).lightness() < 128;
    return darkBackground ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QString JobItemDelegate::statusText(const QModelIndex &index)
{
    switch (stateOf(index)) {
    case Job::State::Queued:
        return tr("Waiting to start");
    case Job::State::Running: {
        const QString step = index.data(JobListModel::StepRole).toString();
        return step.isEmpty() ? tr("Starting…") : step;
    }
    case Job::State::Succeeded: {
        const QString summary = index.data(JobListModel::SummaryRole).toString();
        return summary.isEmpty() ? tr("Done") : summary;
    }
    case Job::State::Failed: {
        const QString error = index.data(JobListModel::ErrorMessageRole).toString();
        return error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(error);
    }
    case Job::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobItemDelegate::noteText(const QModelIndex &index)
{
    const Job::State state = stateOf(index);
    if (state == Job::State::Queued || state == Job::State::Running)
        return {};
    // Failed and cancelled bulk jobs say here how far they got.
    const QString summary = index.data(JobListModel::SummaryRole).toString();
    if (state != Job::State::Succeeded && !summary.isEmpty())
        return summary;
    const QDateTime startedAt = index.data(JobListModel::StartedAtRole).toDateTime();
    if (!startedAt.isValid())
        return {};
    return tr("Started at %1").arg(QLocale().toString(startedAt.time(), QLocale::ShortFormat));
}

QString JobItemDelegate::buttonText(Button button) const
{
    switch (button) {
    case Button::Cancel:
        return tr("Cancel");
    case Button::Details:
        return tr("Details…");
    case Button::None:
        break;
    }
    return {};
}

QSize JobItemDelegate::buttonSize(const QStyleOptionViewItem &option) const
{
    // Both buttons get the width of the wider one, so text columns do not jump.
    QStyleOptionButton button;
    button.fontMetrics = option.fontMetrics;
    button.direction = option.direction;
    const int textWidth = qMax(option.fontMetrics.horizontalAdvance(buttonText(Button::Cancel)),
        option.fontMetrics.horizontalAdvance(buttonText(Button::Details)));
    return styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &button,
        QSize(textWidth, option.fontMetrics.height()), option.widget);
}

JobItemDelegate::RowLayout JobItemDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    RowLayout row;
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int line = option.fontMetrics.height();
    int textRight = area.right();
    row.buttonKind = buttonFor(index);
    if (row.buttonKind != Button::None) {
        const QSize size = buttonSize(option);
        row.button = QRect(
            QPoint(area.right() - size.width() + 1, area.center().y() - size.height() / 2), size);
        textRight = row.button.left() - kMargin;
    }
    const int width = qMax(0, textRight - area.left());
    row.title = QRect(area.left(), area.top(), width, line);
    row.status = QRect(area.left(), row.title.bottom() + 1 + kSpacing, width, line);
    const QRect third(area.left(), row.status.bottom() + 1 + kSpacing, width, line);
    const Job::State state = stateOf(index);
    if (state == Job::State::Running)
        row.progress = third;
    else if (state == Job::State::Failed
        && index.data(JobListModel::SummaryRole).toString().isEmpty())
        row.status = row.status.united(third); // room for the whole error sentence
    else
        row.note = third;
    return row;
}

QSize JobItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int textHeight = 3 * option.fontMetrics.height() + 2 * kSpacing;
    const int height = qMax(textHeight, buttonSize(option).height()) + 2 * kMargin;
    return {kMinimumWidth, height};
}

void JobItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = styleOf(option);
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const RowLayout row = layout(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    constexpr int alignment = Qt::AlignLeft | Qt::AlignVCenter;

    painter->save();
    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    const QString title = index.data(JobListModel::TitleRole).toString();
    style->drawItemText(painter, row.title, alignment, option.palette, true,
        QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, row.title.width()), textRole);

    painter->setFont(option.font);
    QPalette statusPalette = option.palette;
    if (stateOf(index) == Job::State::Failed && !selected)
        statusPalette.setColor(QPalette::Text, errorColor(option.palette));
    const int statusLines = row.status.height() > option.fontMetrics.height() ? 2 : 1;
    style->drawItemText(painter, row.status, Qt::AlignLeft | Qt::AlignTop, statusPalette, true,
        wrapped(statusText(index), option.font, row.status.width(), statusLines), textRole);

    if (row.progress.isValid()) {
        paintProgress(
            painter, option, row.progress, index.data(JobListModel::ProgressRole).toDouble());
    } else if (row.note.isValid()) {
        QPalette notePalette = option.palette;
        if (!selected)
            notePalette.setColor(QPalette::Text, option.palette.color(QPalette::PlaceholderText));
        style->drawItemText(painter, row.note, alignment, notePalette, true,
            option.fontMetrics.elidedText(noteText(index), Qt::ElideRight, row.note.width()),
            textRole);
    }
    paintButton(painter, option, row, index);
    painter->restore();
}

void JobItemDelegate::paintProgress(
    QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, double fraction) const
{
    QStyleOptionProgressBar bar;
    bar.rect = rect;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.direction = option.direction;
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.textAlignment = Qt::AlignCenter;
    if (fraction < 0) {
        bar.maximum = 0; // busy, no known end
        bar.progress = 0;
        bar.textVisible = false;
    } else {
        bar.maximum = kProgressSteps;
        bar.progress = qRound(fraction * kProgressSteps);
        bar.textVisible = true;
        bar.text = tr("%1%").arg(QLocale().toString(qRound(fraction * 100)));
    }
    styleOf(option)->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

void JobItemDelegate::paintButton(QPainter *painter, const QStyleOptionViewItem &option,
    const RowLayout &row, const QModelIndex &index) const
{
    if (row.buttonKind == Button::None)
        return;
    QStyleOptionButton button;
    button.rect = row.button;
    button.text = buttonText(row.buttonKind);
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    button.direction = option.direction;
    button.state = QStyle::State_Enabled;
    button.state |=
        (m_pressed.isValid() && m_pressed == index) ? QStyle::State_Sunken : QStyle::State_Raised;
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    styleOf(option)->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

bool JobItemDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick)
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    const auto *mouse = static_cast<QMouseEvent *>(event);
    const RowLayout row = layout(option, index);
    const bool onButton = mouse->button() == Qt::LeftButton && row.buttonKind != Button::None
        && row.button.contains(mouse->position().toPoint());
    if (type == QEvent::MouseButtonPress && onButton) {
        m_pressed = index;
        if (m_view)
            m_view->viewport()->update(row.button);
        return true;
    }
    if (type == QEvent::MouseButtonDblClick)
        return onButton;
    if (type == QEvent::MouseButtonRelease) {
        const bool clicked = onButton && m_pressed.isValid() && m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (m_view)
            m_view->viewport()->update(row.button);
        if (clicked) {
            if (row.buttonKind == Button::Cancel)
                emit cancelRequested(index);
            else
                emit detailsRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace hangar::gui
