#pragma once

#include "core/configdiff/sidebyside.h"
#include "gui/review/diffcolors.h"

#include <QPlainTextEdit>

namespace hangar::gui {

// One side of the side-by-side diff: read-only text with a gutter of line numbers and change
// markers, each line tinted by its kind and fillers hatched where the other side has a line.
class DiffPane final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffPane)

public:
    enum class Side { Left, Right };

    explicit DiffPane(Side side, QWidget *parent = nullptr);
    ~DiffPane() override;

    void setLines(const QList<core::DiffLine> &lines);
    // Marks lines first..last as the change moved to (a bar in the gutter) and scrolls there.
    void setCurrentRange(int first, int last);

    // For the gutter widget.
    int gutterWidth() const;
    void paintGutter(QWidget *gutter, const QRect &area);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void placeGutter();
    QColor tint(const core::DiffLine &line) const;

    Side m_side;
    QWidget *m_gutter;
    QList<core::DiffLine> m_lines;
    DiffColors m_colors;
    int m_currentFirst = -1;
    int m_currentLast = -1;
};

} // namespace hangar::gui
