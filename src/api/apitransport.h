#pragma once

#include "api/apirequest.h"
#include "api/requestfactory.h"
#include "api/tokenbucket.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <list>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace hangar::api {

class ApiError;
class ApiJob;

// How hard the transport tries and how politely.
struct TransportPolicy {
    int maxConcurrent = 6; // requests in flight at once
    int maxAttempts = 5; // first try included
    int initialBackoffMs = 500; // doubled after every failed attempt, with jitter
    int maxBackoffMs = 16000;
    int maxRetryAfterMs = 60000; // a server's Retry-After is honoured up to this
    bool clientRateLimits = true; // token buckets per request's RateRule
};

// The scheduler in front of the network. Every API call goes through send(): it waits for a
// free slot (at most maxConcurrent in flight) and a token from its rate bucket, follows
// pagination to the last page, and retries what is safe to retry (408, 429 with Retry-After,
// 5xx, network errors) with capped exponential backoff and jitter. Creates and other calls that
// must not run twice are retried only when they certainly never reached the server.
class ApiTransport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTransport)

public:
    ApiTransport(QNetworkAccessManager *network, RequestFactory factory,
        TransportPolicy policy = {}, QObject *parent = nullptr);
    ~ApiTransport() override;

    ApiJob *send(ApiRequest request);

    const RequestFactory &factory() const { return m_factory; }
    void setToken(const QString &token) { m_factory.setToken(token); }
    const TransportPolicy &policy() const { return m_policy; }
    void setPolicy(const TransportPolicy &policy);

    int inFlightCount() const;
    int queuedCount() const;
    void cancelAll();

signals:
    void activityChanged(int inFlight, int queued);

private:
    struct Entry;
    struct ParsedBody {
        QJsonValue value;
        QString problem; // empty when the body parsed (or was empty)
    };
    // Answers at least this large are parsed on a worker thread.
    static constexpr qsizetype kBackgroundParseBytes = 256 * 1024;
    static ParsedBody parseBody(const QByteArray &body);

    void schedulePump(int delayMs = 0);
    void pump();
    void start(Entry &entry);
    void handleReply(Entry *entry);
    bool retryLater(Entry &entry, const ApiError &error, int retryAfterMs);
    void finishPage(Entry &entry, int status, const QByteArray &body);
    void acceptPage(Entry &entry, int status, const ParsedBody &parsed);
    void remove(Entry *entry);
    void cancelEntry(ApiJob *job);
    int backoffMs(int attempt) const;
    void announceActivity();

    QNetworkAccessManager *m_network;
    RequestFactory m_factory;
    TransportPolicy m_policy;
    TokenBuckets m_buckets;
    std::list<std::unique_ptr<Entry>> m_entries;
    QTimer *m_pumpTimer;
    int m_lastInFlight = -1;
    int m_lastQueued = -1;
};

} // namespace hangar::api
