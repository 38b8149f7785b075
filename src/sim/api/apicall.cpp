#include "sim/api/apicall.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace hangar::sim {

ApiCall::ApiCall(
    HttpRequest request, QString route, QHash<QString, QString> params, Finisher finish)
    : m_request(std::move(request))
    , m_route(std::move(route))
    , m_params(std::move(params))
    , m_finish(std::move(finish))
    , m_answered(std::make_shared<bool>(false))
{
}

bool ApiCall::queryFlag(const QString &name) const
{
    const QString value = query(name).toLower();
    return value == QLatin1String("true") || value == QLatin1String("1")
        || value == QLatin1String("t") || value == QLatin1String("yes");
}

std::optional<QJsonObject> ApiCall::jsonBody() const
{
    return jsonBody(m_request.body);
}

std::optional<QJsonObject> ApiCall::jsonBody(const QByteArray &body) const
{
    // Not trimmed(): that copies a body with spaces at either end, and bodies can be megabytes.
    const bool blank = std::all_of(body.cbegin(), body.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    });
    if (blank)
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        replyError(400,
            QStringLiteral("invalid JSON in the request body at offset %1: %2")
                .arg(QString::number(error.offset), error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        replyError(400, QStringLiteral("the request body must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

void ApiCall::reply(const HttpResponse &response) const
{
    if (*m_answered)
        return;
    *m_answered = true;
    m_finish(response);
}

void ApiCall::replyJson(int status, const QJsonValue &value) const
{
    reply(HttpResponse::json(status, value));
}

void ApiCall::replyEmpty(int status) const
{
    reply(HttpResponse::empty(status));
}

void ApiCall::replyError(int status, const QString &message, const QString &code) const
{
    QJsonObject body {{QLatin1String("error"), message}};
    if (!code.isEmpty())
        body.insert(QLatin1String("status"), code);
    replyJson(status, body);
}

} // namespace hangar::sim
