#pragma once

#include "core/configdiff/configdiff.h"
#include "core/configdiff/sidebyside.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QToolButton;

namespace hangar::gui {

class DiffPane;

// Two configs side by side: the old on the left, the new on the right, in two read-only panes
// that scroll together, with line numbers and added/removed/changed lines tinted. "Show only
// changes" (the default, like a code review) folds unchanged runs away; Previous/Next (Alt+Up/
// Alt+Down, Shift+F8/F8, P/N) move from change to change.
class ConfigDiffView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigDiffView)

public:
    explicit ConfigDiffView(QWidget *parent = nullptr);
    ~ConfigDiffView() override;

    // Shows `diff`, at its first change.
    void setDiff(const core::ConfigDiff &diff);
    // What each pane shows, e.g. "Current" and "After applying".
    void setCaptions(const QString &left, const QString &right);

    bool changedOnly() const { return m_changedOnly; }
    void setChangedOnly(bool changedOnly);

    // The lines on screen (folded when showing only changes).
    const QList<core::DiffLine> &lines() const { return m_shown; }
    // The changes (runs of changed lines) and the one moved to last; -1 before any move.
    int changeCount() const { return int(m_changeStarts.size()); }
    int currentChange() const { return m_current; }
    // The line index where the current change starts, or -1.
    int currentLine() const;

public slots:
    void nextChange();
    void previousChange();

signals:
    void currentChangeChanged(int index, int count);

private:
    void showLines();
    void goToChange(int index);
    void updateNavigation();
    void syncScrolling();

    DiffPane *m_left;
    DiffPane *m_right;
    QLabel *m_leftCaption;
    QLabel *m_rightCaption;
    QCheckBox *m_changedOnlyCheck;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_positionLabel;
    QList<core::DiffLine> m_all;
    QList<core::DiffLine> m_shown;
    QList<int> m_changeStarts;
    int m_current = -1;
    bool m_changedOnly = true;
    bool m_hasChanges = false;
    bool m_syncing = false; // one pane is following the other's scrolling
};

} // namespace hangar::gui
