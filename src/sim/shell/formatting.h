#pragma once

#include <QString>
#include <QtGlobal>

namespace hangar::sim {

// Machines run in UTC, so every time is shown in UTC.

// "2024-01-02 15:04:05.000000000 +0000", as stat's %y prints it.
QString formatStatTime(qint64 secondsSinceEpoch);

// `ls -l`'s date column: "Jan  2 15:04" within the last six months, "Jan  2  2023" otherwise.
QString formatListingTime(qint64 secondsSinceEpoch, qint64 now);

// GNU's -h sizes: powers of 1024, rounded up, one decimal below 10 ("1.5K", "12M", "512").
QString humanReadableSize(qint64 bytes);

// Pads `text` with spaces to `width`, on the left (right-aligned) or the right.
QString padLeft(const QString &text, qsizetype width);
QString padRight(const QString &text, qsizetype width);

} // namespace hangar::sim
