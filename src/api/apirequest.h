#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace hangar::api {

// The rate-limit bucket a request draws from, mirroring Fly's per-action limits.
struct RateRule {
    QString bucket; // action + machine or app; empty = not limited
    double perSecond = 1.0;
    double burst = 3.0;
};

// One API call as the transport sends it (retries and pages included).
struct ApiRequest {
    enum class Retry {
        Safe, // repeat on 408, 429, 5xx and network errors
        BeforeSent, // repeat only when the request certainly never reached the server
    };
    enum class Paging {
        None,
        HeaderCursor, // `fly-next-cursor` response header (machines, volumes)
        BodyCursor, // `next_cursor` in the body, items under `pagedKey` (apps)
    };

    QByteArray method = "GET";
    QString path; // relative to the API base, e.g. "/apps/my-app/machines"
    QUrlQuery query;
    QByteArray body;
    bool jsonBody = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    Retry retry = Retry::Safe;
    bool retryOnTimeoutStatus = true; // `wait` answers 408 as its normal "not yet"
    RateRule rate;
    int timeoutMs = 30000;
    Paging paging = Paging::None;
    QString pagedKey;
    int pageSize = 0;
    QString description; // "start machine 148ed..." for logs and errors

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QByteArray &json);
    static ApiRequest put(const QString &path, const QByteArray &json);
    static ApiRequest patch(const QString &path, const QByteArray &json);
    static ApiRequest del(const QString &path, const QUrlQuery &query = {});
    ApiRequest &withRate(const QString &bucket, double perSecond, double burst);
    ApiRequest &withHeader(const QByteArray &name, const QByteArray &value);
    ApiRequest &notRetried();
};

} // namespace hangar::api
