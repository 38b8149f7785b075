#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace hangar::api {

struct ApiRequest;

// Builds every QNetworkRequest Hangar sends: base URL, Authorization (FlyV1 for macaroons,
// Bearer otherwise), User-Agent, Accept, content type, transfer timeout, and a redirect policy
// the transport checks itself (https only, plain http only on loopback).
class RequestFactory final {
public:
    RequestFactory() = default;
    RequestFactory(QUrl baseUrl, QString token);

    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }

    QUrl urlFor(const ApiRequest &request) const;
    QNetworkRequest make(const ApiRequest &request, const QUrl &url) const;

    // https anywhere; http only to loopback (the simulator). Empty when allowed, else why not.
    static QString refusalFor(const QUrl &url);
    static QByteArray userAgent();

private:
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace hangar::api
