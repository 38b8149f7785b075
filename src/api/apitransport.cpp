// ApiTransport's queue: admission, slots and rate limits, when a retry may run, cancelling.
#include "api/apitransport.h"

#include "api/apierror.h"
#include "api/apitransport_p.h"
#include "api/wirelog.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTimer>

namespace hangar::api {

namespace {

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline(); // monotonic milliseconds
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
