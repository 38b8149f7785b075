#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace hangar::sim {

// One parsed HTTP/1.1 request. Header names are stored lower-case.
struct HttpRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    // Every value of a repeatable query parameter, in order ("a=1&a=2" gives {1, 2}).
    QStringList queryValues(const QString &key) const;
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

// One response. An empty body is sent with Content-Length: 0 and no Content-Type.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse empty(int status);
    static HttpResponse text(int status, const QByteArray &text);

    QByteArray header(const QByteArray &lowerCaseName) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// The reason phrase for a status line ("Not Found" for 404).
QByteArray reasonPhrase(int status);

} // namespace hangar::sim
