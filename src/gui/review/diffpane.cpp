#include "gui/review/diffpane.h"

#include "core/configdiff/textdiff.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace hangar::gui {

using core::DiffKind;
using core::DiffLine;
using namespace Qt::StringLiterals;

namespace {

// Lines kept above a change moved to, so that what leads up to it stays visible.
constexpr int kLinesAboveChange = 3;
constexpr int kGutterPadding = 6;
constexpr int kCurrentBarWidth = 3;

// Paints the pane's gutter; all knowledge stays in the pane.
class DiffGutter final : public QWidget {
    Q_DISABLE_COPY_MOVE(DiffGutter)

public:
    explicit DiffGutter(DiffPane *pane)
        : QWidget(pane)
        , m_pane(pane)
    {
        setObjectName(QStringLiteral("diffGutter"));
    }

    QSize sizeHint() const override { return {m_pane->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_pane->paintGutter(this, event->rect()); }

private:
    DiffPane *m_pane;
};

} // namespace

DiffPane::DiffPane(Side side, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_side(side)
    , m_gutter(new DiffGutter(this))
    , m_colors(DiffColors::forPalette(palette()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    placeGutter();
}

DiffPane::~DiffPane() = default;

void DiffPane::setLines(const QList<DiffLine> &lines)
{
    m_lines = lines;
    m_currentFirst = -1;
    m_currentLast = -1;
    rebuild();
}

void DiffPane::setCurrentRange(int first, int last)
{
    m_currentFirst = first;
    m_currentLast = last;
    const QTextBlock block = document()->findBlockByNumber(first);
    if (block.isValid()) {
        QTextCursor cursor(block);
        setTextCursor(cursor);
        // Without wrapping the vertical scroll bar counts lines.
        verticalScrollBar()->setValue(std::max(0, first - kLinesAboveChange));
    }
    m_gutter->update();
}

int DiffPane::gutterWidth() const
{
    int largest = 1;
    for (const DiffLine &line : m_lines)
        largest = std::max(largest, m_side == Side::Left ? line.leftNumber : line.rightNumber);
    const QFontMetrics metrics(font());
    const int digits = int(QString::number(largest).size());
    return kCurrentBarWidth + kGutterPadding + metrics.horizontalAdvance(u'9') * (digits + 2)
        + kGutterPadding;
}

QColor DiffPane::tint(const DiffLine &line) const
{
    switch (line.kind) {
    case DiffKind::Added:
        return m_colors.added;
    case DiffKind::Removed:
        return m_colors.removed;
    case DiffKind::Changed:
        return m_colors.changed;
    case DiffKind::Unchanged:
        break;
    }
    return {};
}

void DiffPane::paintGutter(QWidget *gutter, const QRect &area)
{
    QPainter painter(gutter);
    painter.fillRect(area, m_colors.gutter);
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const int markerWidth = metrics.horizontalAdvance(u'9') * 2;
    const int numberRight = gutter->width() - kGutterPadding - markerWidth;

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= area.bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int index = block.blockNumber();
        if (block.isVisible() && top + height >= area.top() && index < m_lines.size()) {
            const DiffLine &line = m_lines.at(index);
            const bool present = m_side == Side::Left ? line.hasLeft() : line.hasRight();
            const QColor lineTint = tint(line);
            if (present && lineTint.isValid())
                painter.fillRect(0, top, gutter->width(), height, lineTint);
            if (index >= m_currentFirst && index <= m_currentLast)
                painter.fillRect(
                    0, top, kCurrentBarWidth, height, palette().color(QPalette::Highlight));
            if (present) {
                const int number = m_side == Side::Left ? line.leftNumber : line.rightNumber;
                painter.setPen(m_colors.lineNumber);
                painter.drawText(0, top, numberRight, height, Qt::AlignRight | Qt::AlignVCenter,
                    QString::number(number));
                if (line.kind != DiffKind::Unchanged) {
                    painter.setPen(palette().color(QPalette::Text));
                    painter.drawText(numberRight, top, markerWidth, height, Qt::AlignCenter,
                        QString(line.marker()));
                }
            }
        }
        block = block.next();
        top += height;
    }
}

void DiffPane::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeGutter();
}

void DiffPane::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_colors = DiffColors::forPalette(palette());
        rebuild();
    } else if (event->type() == QEvent::FontChange) {
        placeGutter();
    }
}

void DiffPane::placeGutter()
{
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), width, contents.height());
}

void DiffPane::rebuild()
{
    const int scroll = verticalScrollBar()->value();
    document()->clear();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    QTextCharFormat plain;
    QTextCharFormat fold;
    fold.setForeground(m_colors.fold);
    fold.setFontItalic(true);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const DiffLine &line = m_lines.at(i);
        if (i > 0)
            cursor.insertBlock();
        const bool present = m_side == Side::Left ? line.hasLeft() : line.hasRight();
        QTextBlockFormat block;
        if (line.folded > 0) {
            block.setBackground(m_colors.gutter);
            cursor.setBlockFormat(block);
            cursor.insertText(
                QString(u"  "_s + tr("⋯ %n unchanged line(s)", nullptr, line.folded)), fold);
            continue;
        }
        if (!present)
            block.setBackground(m_colors.filler);
        else if (const QColor lineTint = tint(line); lineTint.isValid())
            block.setBackground(lineTint);
        cursor.setBlockFormat(block);
        const QString &text = m_side == Side::Left ? line.left : line.right;
        if (line.kind != DiffKind::Changed || !line.hasLeft() || !line.hasRight()) {
            cursor.insertText(text, plain);
            continue;
        }
        // Within a changed line, what differs stands out.
        const auto [prefix, suffix] = core::textdiff::commonAffixes(line.left, line.right);
        QTextCharFormat strong;
        strong.setBackground(m_colors.changedStrong);
        cursor.insertText(text.left(prefix), plain);
        cursor.insertText(text.mid(prefix, text.size() - prefix - suffix), strong);
        cursor.insertText(text.right(suffix), plain);
    }
    cursor.endEditBlock();
    placeGutter();
    verticalScrollBar()->setValue(scroll);
}

} // namespace hangar::gui
