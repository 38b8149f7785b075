#pragma once

#include <QList>
#include <QStringList>

#include <utility>

// Line diffs for the parts of the config diff that are text: a file's content, or a value whose
// type changed. A longest common subsequence, so that an inserted line does not shift the rest.
namespace hangar::core::textdiff {

enum class Op { Same, Removed, Added };

struct Step {
    Op op = Op::Same;
    int oldIndex = -1; // in the old lines; -1 for Added
    int newIndex = -1; // in the new lines; -1 for Removed
};

// The steps that turn `oldLines` into `newLines`. Very large inputs (where the table would not
// be cheap) fall back to removing all common-prefix/suffix-trimmed lines and adding the new.
QList<Step> diffLines(const QStringList &oldLines, const QStringList &newLines);

// How many characters two lines share at the start and at the end (not overlapping), so that a
// view can emphasise only what changed within a changed line.
std::pair<int, int> commonAffixes(const QString &a, const QString &b);

} // namespace hangar::core::textdiff
