#include "core/configdiff/textdiff.h"

#include <algorithm>
#include <vector>

namespace hangar::core::textdiff {

namespace {

// Above this many table cells the middle part is not aligned line by line.
constexpr qsizetype kMaxCells = 4'000'000;

} // namespace

QList<Step> diffLines(const QStringList &oldLines, const QStringList &newLines)
{
    // Common head and tail first: most edits touch a few lines of a long text.
    int head = 0;
    const int oldCount = int(oldLines.size());
    const int newCount = int(newLines.size());
    while (head < oldCount && head < newCount && oldLines.at(head) == newLines.at(head))
        ++head;
    int tail = 0;
    while (tail < oldCount - head && tail < newCount - head
        && oldLines.at(oldCount - 1 - tail) == newLines.at(newCount - 1 - tail))
        ++tail;

    QList<Step> steps;
    for (int i = 0; i < head; ++i)
        steps.append({Op::Same, i, i});

    const int n = oldCount - head - tail;
    const int m = newCount - head - tail;
    if (qsizetype(n + 1) * qsizetype(m + 1) > kMaxCells) {
        for (int i = 0; i < n; ++i)
            steps.append({Op::Removed, head + i, -1});
        for (int j = 0; j < m; ++j)
            steps.append({Op::Added, -1, head + j});
    } else {
        // lcs[i][j]: the longest common subsequence of the middle parts from i and j on.
        std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
        const auto at = [m](int i, int j) { return size_t(i) * size_t(m + 1) + size_t(j); };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = oldLines.at(head + i) == newLines.at(head + j)
                    ? lcs[at(i + 1, j + 1)] + 1
                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && oldLines.at(head + i) == newLines.at(head + j)) {
                steps.append({Op::Same, head + i++, head + j++});
            } else if (j < m && (i == n || lcs[at(i, j + 1)] > lcs[at(i + 1, j)])) {
                steps.append({Op::Added, -1, head + j++});
            } else {
                steps.append({Op::Removed, head + i++, -1});
            }
        }
    }
    for (int k = 0; k < tail; ++k)
        steps.append({Op::Same, oldCount - tail + k, newCount - tail + k});
    return steps;
}

std::pair<int, int> commonAffixes(const QString &a, const QString &b)
{
    const int shorter = int(std::min(a.size(), b.size()));
    int prefix = 0;
    while (prefix < shorter && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    return {prefix, suffix};
}

} // namespace hangar::core::textdiff
