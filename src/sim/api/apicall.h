#pragma once

#include "sim/http/httpconnection.h"
#include "sim/http/httpmessage.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace hangar::sim {

// One API request on its way through the simulator: the parsed HTTP request, the path
// parameters of the route it matched, and the way to answer it (now or, for `wait`, later).
class ApiCall final {
public:
    using Finisher = std::function<void(HttpResponse)>;

    ApiCall(HttpRequest request, QString route, QHash<QString, QString> params, Finisher finish);

    const HttpRequest &request() const { return m_request; }
    const QString &route() const { return m_route; }
    QString param(const QString &name) const { return m_params.value(name); }
    QString query(const QString &name) const { return m_request.queryValue(name); }
    bool hasQuery(const QString &name) const { return m_request.hasQuery(name); }
    // True for "true", "1", "yes" (as Go's strconv.ParseBool would accept).
    bool queryFlag(const QString &name) const;

    // The body as a JSON object: an empty body is an empty object (the API accepts POSTs with
    // no body); anything else that is not an object answers 400 and returns nullopt.
    std::optional<QJsonObject> jsonBody() const;
    // The same for `body` instead of the request's own.
    std::optional<QJsonObject> jsonBody(const QByteArray &body) const;
    // Moves the body out, for a handler that consumes megabytes of it (exec's stdin), which then
    // holds it alone; request().body is empty afterwards.
    QByteArray takeBody() const { return std::exchange(m_request.body, QByteArray()); }

    void reply(const HttpResponse &response) const;
    void replyJson(int status, const QJsonValue &value) const;
    void replyEmpty(int status) const;
    // {"error": message[, "status": code]} — the API's usual error shape.
    void replyError(int status, const QString &message, const QString &code = {}) const;
    bool isAnswered() const { return m_answered && *m_answered; }

private:
    mutable HttpRequest m_request; // mutable for takeBody() alone
    QString m_route;
    QHash<QString, QString> m_params;
    Finisher m_finish;
    std::shared_ptr<bool> m_answered;
};

using ApiHandler = std::function<void(const ApiCall &)>;

} // namespace hangar::sim
