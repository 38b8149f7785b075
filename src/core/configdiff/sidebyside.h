#pragma once

#include "core/configdiff/configdiff.h"

#include <QList>
#include <QString>

namespace hangar::core {

// One row of a side-by-side view: the old text on the left, the new on the right, aligned so
// that unchanged lines face each other. A side without text (an added line's left) is a filler.
struct DiffLine {
    DiffKind kind = DiffKind::Unchanged;
    QString left;
    QString right;
    int leftNumber = 0; // 1-based line of the left text; 0 for a filler
    int rightNumber = 0;
    QString path; // the diff entry this line shows
    // An unchanged line kept when showing only the changes: the brackets around a change and
    // the identity fields of a changed element ("protocol", "internal_port"), for orientation.
    bool context = false;
    int folded = 0; // > 0: stands for that many unchanged lines hidden by changedOnly()

    bool hasLeft() const { return leftNumber > 0; }
    bool hasRight() const { return rightNumber > 0; }
    // ' ', '+', '-', '~', or '⋯' for folded lines.
    QChar marker() const;

    friend bool operator==(const DiffLine &a, const DiffLine &b)
    {
        return a.kind == b.kind && a.left == b.left && a.right == b.right
            && a.leftNumber == b.leftNumber && a.rightNumber == b.rightNumber && a.path == b.path
            && a.context == b.context && a.folded == b.folded;
    }
    friend bool operator!=(const DiffLine &a, const DiffLine &b) { return !(a == b); }
};

// The whole of both values, line by line.
QList<DiffLine> sideBySide(const ConfigDiff &diff);

// Only the changes and their context; each run of two or more other lines becomes one folded
// line.
QList<DiffLine> changedOnly(const QList<DiffLine> &lines);

// The index of the first line of each change (a run of lines that are not unchanged).
QList<int> changeStarts(const QList<DiffLine> &lines);

} // namespace hangar::core
