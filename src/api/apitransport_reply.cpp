// ApiTransport's network side: sending one attempt and sorting out what came back.
#include "api/apierror.h"
#include "api/apitransport.h"
#include "api/apitransport_p.h"
#include "api/retryrules.h"
#include "api/wirelog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>

namespace hangar::api {

namespace {

QList<QPair<QByteArray, QByteArray>> headerPairs(const QNetworkRequest &request)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, request.rawHeader(name)});
    return headers;
}

} // namespace

void ApiTransport::start(Entry &entry)
{
    ApiRequest request = entry.request;
    if (!entry.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), QString::fromUtf8(entry.cursor));
    if (request.paging != ApiRequest::Paging::None && request.pageSize > 0)
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(request.pageSize));
    const QUrl url = m_factory.urlFor(request);
    Entry *key = &entry;
    const QNetworkRequest networkRequest = m_factory.make(request, url);
    ++entry.attempt;
    if (entry.job)
        entry.job->m_attempts = entry.attempt;
    logWireRequest(request.method, url.toString(), headerPairs(networkRequest), request.body,
        m_factory.token());
    qCDebug(lcApi).noquote() << request.method << url.path() << "attempt" << entry.attempt;

    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
        ? m_network->get(networkRequest)
        : m_network->sendCustomRequest(networkRequest, request.method, request.body);
    entry.reply = reply;
    entry.tlsProblem.clear();
    connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
        // Follow a redirect only where Hangar would send the request itself.
        if (RequestFactory::refusalFor(target).isEmpty())
            emit reply->redirectAllowed();
        else
            reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [key](const QList<QSslError> &errors) {
        // Never ignored: the reply fails, and the first problem is shown to the user.
        if (!errors.isEmpty())
            key->tlsProblem = errors.first().errorString();
    });
    if (!request.body.isEmpty() && entry.job) {
        connect(reply, &QNetworkReply::uploadProgress, reply,
            [job = QPointer<ApiJob>(entry.job)](qint64 sent, qint64 total) {
                if (total > 0 && sent == total && job)
                    emit job->bodySent();
            });
    }
    connect(reply, &QNetworkReply::finished, this, [this, key] { handleReply(key); });
}

void ApiTransport::handleReply(Entry *entry)
{
    QNetworkReply *reply = entry->reply;
    entry->reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (entry->aborting || !entry->job) {
        remove(entry);
        schedulePump();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QList<QPair<QByteArray, QByteArray>> headers = reply->rawHeaderPairs();
    const QString url = reply->url().toString();
    const QString host = reply->url().host();
    logWireResponse(status, url, headers, body, m_factory.token());

    if (status == 0) {
        ApiError error;
        if (!entry->tlsProblem.isEmpty() || isTlsFailure(networkError)) {
            error = ApiError::tls(
                entry->tlsProblem.isEmpty() ? reply->errorString() : entry->tlsProblem);
            entry->job->fail(error);
            remove(entry);
            schedulePump();
            return;
        }
        // A transfer timeout shows up as an abort we did not ask for.
        error = networkError == QNetworkReply::OperationCanceledError
                || networkError == QNetworkReply::TimeoutError
            ? ApiError::timeout(host)
            : ApiError::network(int(networkError), reply->errorString(), host);
        const bool retryable =
            entry->request.retry == ApiRequest::Retry::Safe || neverSent(networkError);
        if (!retryable || !retryLater(*entry, error, -1)) {
            entry->job->fail(error);
            remove(entry);
        }
        schedulePump();
        return;
    }

    const QByteArray requestId = reply->rawHeader("fly-request-id");
    if (status >= 400) {
        const ApiError error = ApiError::fromHttp(status, body, requestId);
        const bool transientStatus = (status == 408 && entry->request.retryOnTimeoutStatus)
            || status == 429 || status >= 500;
        // A 429 is refused before anything happens, so any request may be repeated.
        const bool retryable =
            transientStatus && (entry->request.retry == ApiRequest::Retry::Safe || status == 429);
        const int retryAfter = parseRetryAfterMs(reply->rawHeader("Retry-After"));
        if (!retryable || !retryLater(*entry, error, retryAfter)) {
            entry->job->fail(error);
            remove(entry);
        }
        schedulePump();
        return;
    }

    if (networkError != QNetworkReply::NoError) {
        // A 2xx whose body broke off mid-way.
        const ApiError error = ApiError::malformed(reply->errorString(), status, requestId);
        if (entry->request.retry != ApiRequest::Retry::Safe || !retryLater(*entry, error, -1)) {
            entry->job->fail(error);
            remove(entry);
        }
        schedulePump();
        return;
    }
    entry->job->m_headers = headers;
    finishPage(*entry, status, body);
    schedulePump();
}

} // namespace hangar::api
