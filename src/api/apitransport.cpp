#include "api/apitransport.h"

#include "api/apierror.h"
#include "api/apijob.h"
#include "api/background.h"
#include "api/wirelog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

namespace hangar::api {

struct ApiTransport::Entry {
    QPointer<ApiJob> job;
    ApiRequest request;
    int attempt = 0;
    qint64 notBeforeMs = 0;
    QPointer<QNetworkReply> reply;
    QByteArray cursor; // next page to fetch
    QJsonArray items; // items of the pages fetched so far
    QJsonObject firstPage; // body-cursor lists: the first page's object
    QString tlsProblem;
    bool aborting = false;
    bool parsing = false; // the answer is being parsed on a worker thread

    bool isBusy() const { return reply || parsing; }
};

namespace {

QElapsedTimer &monotonic()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}

qint64 nowMs()
{
    return monotonic().elapsed();
}

// Seconds, or an HTTP date, as RFC 9110 allows for Retry-After. -1 when absent or unreadable.
int parseRetryAfterMs(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

// Errors where the request certainly never reached the server, so even a create can be retried.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::ProxyConnectionRefusedError
        || error == QNetworkReply::ProxyNotFoundError || error == QNetworkReply::UnknownProxyError;
}

QList<QPair<QByteArray, QByteArray>> headerPairs(const QNetworkRequest &request)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, request.rawHeader(name)});
    return headers;
}

} // namespace

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

namespace {

bool isTlsFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError
        || error == QNetworkReply::InsecureRedirectError;
}

} // namespace

ApiTransport::ApiTransport(
    QNetworkAccessManager *network, RequestFactory factory, TransportPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(std::move(factory))
    , m_policy(policy)
    , m_pumpTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ApiTransport::pump);
}

ApiTransport::~ApiTransport()
{
    // Taken out of the list first: aborting a reply finishes it synchronously.
    const std::list<std::unique_ptr<Entry>> entries = std::move(m_entries);
    m_entries.clear();
    for (const auto &entry : entries) {
        if (!entry->reply)
            continue;
        entry->aborting = true;
        disconnect(entry->reply, nullptr, this, nullptr);
        entry->reply->abort();
    }
}

void ApiTransport::setPolicy(const TransportPolicy &policy)
{
    m_policy = policy;
    schedulePump();
}

ApiJob *ApiTransport::send(ApiRequest request)
{
    auto *job = new ApiJob(request, this);
    const QString refusal = RequestFactory::refusalFor(m_factory.urlFor(request));
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, job, [job, refusal] {
            job->fail(ApiError::invalidRequest(refusal));
            job->deleteLater();
        });
        return job;
    }
    auto entry = std::make_unique<Entry>();
    entry->job = job;
    entry->request = std::move(request);
    connect(job, &ApiJob::cancelRequested, this, [this, job] { cancelEntry(job); });
    m_entries.push_back(std::move(entry));
    // Never start synchronously: callers connect to the job after send() returns.
    schedulePump();
    announceActivity();
    return job;
}

int ApiTransport::inFlightCount() const
{
    int count = 0;
    for (const auto &entry : m_entries)
        count += entry->isBusy() ? 1 : 0;
    return count;
}

int ApiTransport::queuedCount() const
{
    return int(m_entries.size()) - inFlightCount();
}

void ApiTransport::cancelAll()
{
    QList<QPointer<ApiJob>> jobs;
    for (const auto &entry : m_entries)
        jobs.append(entry->job);
    for (const QPointer<ApiJob> &job : std::as_const(jobs)) {
        if (job)
            job->cancel();
    }
}

void ApiTransport::schedulePump(int delayMs)
{
    if (m_pumpTimer->isActive() && m_pumpTimer->remainingTime() <= delayMs)
        return;
    m_pumpTimer->start(qMax(0, delayMs));
}

void ApiTransport::pump()
{
    const qint64 now = nowMs();
    qint64 nextWake = -1;
    int active = inFlightCount();
    for (auto &entry : m_entries) {
        if (entry->isBusy())
            continue;
        if (active >= m_policy.maxConcurrent)
            break; // FIFO: the oldest waiting request gets the next free slot
        qint64 waitMs = entry->notBeforeMs - now;
        if (waitMs <= 0 && m_policy.clientRateLimits)
            waitMs = m_buckets.take(entry->request.rate.bucket, entry->request.rate.perSecond,
                entry->request.rate.burst);
        if (waitMs > 0) {
            nextWake = nextWake < 0 ? waitMs : qMin(nextWake, waitMs);
            continue;
        }
        start(*entry);
        ++active;
    }
    if (nextWake >= 0)
        schedulePump(int(nextWake));
    announceActivity();
}

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

bool ApiTransport::retryLater(Entry &entry, const ApiError &error, int retryAfterMs)
{
    if (entry.attempt >= m_policy.maxAttempts)
        return false;
    const int delay =
        retryAfterMs >= 0 ? qMin(retryAfterMs, m_policy.maxRetryAfterMs) : backoffMs(entry.attempt);
    qCInfo(lcApi).noquote() << entry.request.method << entry.request.path << "failed:"
                            << error.details().replace(QLatin1Char('\n'), QLatin1String("; "))
                            << "- retrying in" << delay << "ms";
    entry.notBeforeMs = nowMs() + delay;
    return true;
}

int ApiTransport::backoffMs(int attempt) const
{
    const qint64 ceiling = qMin<qint64>(
        m_policy.maxBackoffMs, qint64(m_policy.initialBackoffMs) << qMin(attempt - 1, 20));
    // Equal jitter: half fixed, half random, so retries of many clients do not line up.
    const qint64 half = ceiling / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

void ApiTransport::remove(Entry *entry)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->get() != entry)
            continue;
        if ((*it)->job)
            (*it)->job->deleteLater();
        m_entries.erase(it);
        break;
    }
    announceActivity();
}

void ApiTransport::cancelEntry(ApiJob *job)
{
    for (auto &entry : m_entries) {
        if (entry->job != job)
            continue;
        if (entry->reply) {
            entry->aborting = true;
            entry->reply->abort(); // handleReply() removes the entry
        } else {
            remove(entry.get());
        }
        break;
    }
    schedulePump();
}

void ApiTransport::announceActivity()
{
    const int inFlight = inFlightCount();
    const int queued = queuedCount();
    if (inFlight == m_lastInFlight && queued == m_lastQueued)
        return;
    m_lastInFlight = inFlight;
    m_lastQueued = queued;
    emit activityChanged(inFlight, queued);
}

} // namespace hangar::api
