// ApiTransport's answers: parsing bodies (large ones off the GUI thread) and following pages.
#include "api/apierror.h"
#include "api/apitransport.h"
#include "api/apitransport_p.h"
#include "api/background.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hangar::api {

ApiTransport::ParsedBody ApiTransport::parseBody(const QByteArray &body)
{
    ParsedBody parsed;
    if (body.trimmed().isEmpty())
        return parsed;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parsed.problem =
            QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return parsed;
    }
    parsed.value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return parsed;
}

void ApiTransport::finishPage(Entry &entry, int status, const QByteArray &body)
{
    if (body.size() < kBackgroundParseBytes) {
        acceptPage(entry, status, parseBody(body));
        return;
    }
    // Thousands of machines are megabytes of JSON: parse them away from the GUI thread.
    Entry *key = &entry;
    entry.parsing = true;
    runInBackground<ParsedBody>(
        this, [body] { return parseBody(body); },
        [this, key, status](const ParsedBody &parsed) {
            for (const auto &candidate : m_entries) {
                if (candidate.get() == key && candidate->job) {
                    key->parsing = false;
                    acceptPage(*key, status, parsed);
                    schedulePump();
                    return;
                }
            }
        });
}

void ApiTransport::acceptPage(Entry &entry, int status, const ParsedBody &parsed)
{
    const QByteArray requestId = entry.job->header("fly-request-id");
    if (!parsed.problem.isEmpty()) {
        const ApiError error = ApiError::malformed(parsed.problem, status, requestId);
        if (entry.request.retry != ApiRequest::Retry::Safe || !retryLater(entry, error, -1)) {
            entry.job->fail(error);
            remove(&entry);
        }
        return;
    }
    const QJsonValue &value = parsed.value;

    QByteArray nextCursor;
    switch (entry.request.paging) {
    case ApiRequest::Paging::None: {
        const QList<QPair<QByteArray, QByteArray>> headers = entry.job->m_headers;
        entry.job->complete(status, value, headers);
        remove(&entry);
        return;
    }
    case ApiRequest::Paging::HeaderCursor:
        if (!value.isArray()) {
            entry.job->fail(
                ApiError::malformed(QStringLiteral("expected a list"), status, requestId));
            remove(&entry);
            return;
        }
        for (const QJsonValue &item : value.toArray())
            entry.items.append(item);
        nextCursor = entry.job->header("fly-next-cursor");
        break;
    case ApiRequest::Paging::BodyCursor: {
        const QJsonObject object = value.toObject();
        if (!object.value(entry.request.pagedKey).isArray()) {
            entry.job->fail(ApiError::malformed(
                QStringLiteral("expected a list under \"%1\"").arg(entry.request.pagedKey), status,
                requestId));
            remove(&entry);
            return;
        }
        if (entry.firstPage.isEmpty())
            entry.firstPage = object;
        for (const QJsonValue &item : object.value(entry.request.pagedKey).toArray())
            entry.items.append(item);
        nextCursor = object.value(QLatin1String("next_cursor")).toString().toUtf8();
        break;
    }
    }

    if (!nextCursor.isEmpty()) {
        if (nextCursor == entry.cursor) {
            entry.job->fail(ApiError::malformed(
                QStringLiteral("the server repeated a page cursor"), status, requestId));
            remove(&entry);
            return;
        }
        // Pages may be short, or even empty, while more remain: keep going until no cursor.
        entry.cursor = nextCursor;
        entry.attempt = 0;
        entry.notBeforeMs = 0;
        return;
    }
    QJsonValue combined = entry.items;
    if (entry.request.paging == ApiRequest::Paging::BodyCursor) {
        QJsonObject object = entry.firstPage;
        object.insert(entry.request.pagedKey, entry.items);
        object.remove(QLatin1String("next_cursor"));
        combined = object;
    }
    const QList<QPair<QByteArray, QByteArray>> headers = entry.job->m_headers;
    entry.job->complete(status, combined, headers);
    remove(&entry);
}

} // namespace hangar::api
