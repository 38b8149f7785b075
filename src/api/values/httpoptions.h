#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// http_options.response: headers the proxy adds to responses (name -> string or list of strings;
// kept as raw JSON) and whether to pass the backend's headers through untouched.
class HttpResponseOptions : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QJsonObject headers() const;
    void setHeaders(const QJsonObject &headers);
    bool pristine() const;
    void setPristine(bool pristine);
};

// One http_options.replay_cache rule: the proxy remembers which machine served a cookie/header.
class ReplayCache : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    void setName(const QString &name);
    QString type() const; // "cookie" or "header"
    void setType(const QString &type);
    QString pathPrefix() const;
    void setPathPrefix(const QString &prefix);
    int ttlSeconds() const;
    void setTtlSeconds(int seconds);
    bool allowBypass() const;
    void setAllowBypass(bool allow);
};

// services[].ports[].http_options. Timeouts here are integer seconds, not Go durations.
class HttpOptions : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    bool compress() const;
    void setCompress(bool compress);
    bool h2Backend() const;
    void setH2Backend(bool h2Backend);
    int idleTimeoutSeconds() const;
    void setIdleTimeoutSeconds(int seconds);
    int headersReadTimeoutSeconds() const;
    void setHeadersReadTimeoutSeconds(int seconds);
    HttpResponseOptions response() const;
    void setResponse(const HttpResponseOptions &response);
    QList<ReplayCache> replayCache() const;
    void setReplayCache(const QList<ReplayCache> &rules);
};

} // namespace hangar::api
