#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hangar::sim {

// Cursor pagination over a list sorted by a stable key (IDs or names): the cursor names the
// last key of the previous page. Without a limit the whole list is one page.
struct PageRequest {
    int limit = 0; // 0 = no limit
    QString afterKey;
};

// Parses `limit` and `cursor`; returns an error sentence for a malformed value.
std::optional<PageRequest> parsePageRequest(
    const QString &limit, const QString &cursor, int maxLimit, QString *error);
QString encodeCursor(const QString &lastKey);

template<typename T, typename KeyOf>
QList<T> takePage(const QList<T> &sorted, const PageRequest &page, KeyOf keyOf, QString *nextCursor)
{
    QList<T> result;
    nextCursor->clear();
    qsizetype start = 0;
    if (!page.afterKey.isEmpty()) {
        while (start < sorted.size() && !(page.afterKey < keyOf(sorted.at(start))))
            ++start;
    }
    const qsizetype end = page.limit > 0 ? qMin(sorted.size(), start + page.limit) : sorted.size();
    for (qsizetype i = start; i < end; ++i)
        result.append(sorted.at(i));
    if (end < sorted.size() && !result.isEmpty())
        *nextCursor = encodeCursor(keyOf(result.last()));
    return result;
}

} // namespace hangar::sim
