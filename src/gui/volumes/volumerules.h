#pragma once

#include <QString>

namespace hangar::gui {

// Fly's rules for volumes, checked as the user types. Each check returns an empty string when
// the value is fine, otherwise a translated sentence saying what is wrong and how to fix it.
namespace volumerules {

constexpr int kMinSizeGb = 1;
constexpr int kMaxSizeGb = 500;
constexpr int kMaxNameLength = 30;

// Lowercase letters, digits and underscores, 1 to 30 characters.
QString nameProblem(const QString &name);
// 1..500 GB, and at least `minimumGb` (the snapshot's or source volume's size) when given.
QString sizeProblem(int sizeGb, int minimumGb = kMinSizeGb);
// Volumes only grow: the new size must be larger than the current one and at most 500 GB.
QString extendProblem(int currentGb, int newGb);
// Whole gigabytes needed to hold `bytes` (a snapshot's volume_size), at least 1.
int gbForBytes(qint64 bytes);

} // namespace volumerules

} // namespace hangar::gui
