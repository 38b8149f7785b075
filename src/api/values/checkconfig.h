#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// {name, values[]} in an HTTP check's headers.
class HttpHeader : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    void setName(const QString &name);
    QStringList values() const;
    void setValues(const QStringList &values);
};

// A health check: an entry of config.checks (keyed by name) or of services[].checks.
// Durations read as milliseconds whether the server sent "15s" or nanoseconds, and are written
// back as Go duration strings; use contains() to tell an unset duration from zero.
class CheckConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString type() const; // "tcp" or "http"
    void setType(const QString &type);
    int port() const;
    void setPort(int port);
    qint64 intervalMs() const;
    void setIntervalMs(qint64 milliseconds);
    qint64 timeoutMs() const;
    void setTimeoutMs(qint64 milliseconds);
    qint64 gracePeriodMs() const;
    void setGracePeriodMs(qint64 milliseconds);
    QString method() const;
    void setMethod(const QString &method);
    QString path() const;
    void setPath(const QString &path);
    QString protocol() const; // "http" or "https" for http checks
    void setProtocol(const QString &protocol);
    bool tlsSkipVerify() const;
    void setTlsSkipVerify(bool skip);
    QString tlsServerName() const;
    void setTlsServerName(const QString &name);
    QList<HttpHeader> headers() const;
    void setHeaders(const QList<HttpHeader> &headers);
    QString kind() const; // "informational" or "readiness" (top-level checks only)
    void setKind(const QString &kind);
};

} // namespace hangar::api
