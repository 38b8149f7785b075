#include "sim/api/pagination.h"

#include <QByteArray>

namespace hangar::sim {

namespace {
constexpr char kCursorPrefix[] = "after:";
}

QString encodeCursor(const QString &lastKey)
{
    return QString::fromLatin1(
        QByteArray(QByteArray(kCursorPrefix) + lastKey.toUtf8())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageRequest> parsePageRequest(
    const QString &limit, const QString &cursor, int maxLimit, QString *error)
{
    PageRequest page;
    if (!limit.isEmpty()) {
        bool ok = false;
        page.limit = limit.toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > maxLimit) {
            *error = QStringLiteral("limit must be a number between 1 and %1").arg(maxLimit);
            return std::nullopt;
        }
    }
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.startsWith(kCursorPrefix)) {
            *error = QStringLiteral("the cursor is not valid; start again from the first page");
            return std::nullopt;
        }
        page.afterKey = QString::fromUtf8(decoded.decoded.mid(int(sizeof(kCursorPrefix)) - 1));
    }
    return page;
}

} // namespace hangar::sim
