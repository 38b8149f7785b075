#include "api/apiclient.h"

#include "api/apiclient_p.h"
#include "api/apipaths.h"
#include "api/apitransport.h"
#include "api/jsonparsers.h"

namespace hangar::api {

namespace {

std::optional<qint64> parseSecretsVersion(const QJsonValue &value, QString *problem)
{
    const QJsonObject object = value.toObject();
    const QJsonValue version = object.contains(QLatin1String("version"))
        ? object.value(QLatin1String("version"))
        : object.value(QLatin1String("Version"));
    if (!version.isDouble()) {
        *problem = QStringLiteral("expected a secrets version");
        return std::nullopt;
    }
    return qint64(version.toDouble());
}

} // namespace

ApiClient::ApiClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

ApiClient::~ApiClient() = default;

ApiJob *ApiClient::send(ApiRequest request)
{
    return m_transport->send(std::move(request));
}

Call<QList<App>> ApiClient::listApps(const QString &orgSlug)
{
    ApiRequest request =
        ApiRequest::get(QStringLiteral("/apps"), QUrlQuery {{QStringLiteral("org_slug"), orgSlug}});
    request.paging = ApiRequest::Paging::BodyCursor;
    request.pagedKey = QStringLiteral("apps");
    request.pageSize = 1000;
    request.rate = paths::perAction(QStringLiteral("list-apps"), orgSlug);
    return {send(request), [](const QJsonValue &value, QString *problem) {
                return parseArrayIn<App>(value, QStringLiteral("apps"), problem);
            }};
}

Call<QJsonObject> ApiClient::createApp(const QString &name, const QString &orgSlug)
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/apps"),
        toJson({{QLatin1String("name"), name}, {QLatin1String("org_slug"), orgSlug}}))
                             .notRetried();
    request.rate = paths::perAction(QStringLiteral("create-app"), orgSlug);
    return {
        send(request), [](const QJsonValue &value, QString *problem) -> std::optional<QJsonObject> {
            if (!value.isObject()) {
                *problem = QStringLiteral("expected a JSON object");
                return std::nullopt;
            }
            return value.toObject();
        }};
}

Call<App> ApiClient::getApp(const QString &app)
{
    ApiRequest request = ApiRequest::get(paths::app(app));
    request.rate = paths::perAction(QStringLiteral("get-app"), app);
    return {send(request), parseObject<App>};
}

Call<Done> ApiClient::deleteApp(const QString &app, bool force)
{
    QUrlQuery query;
    if (force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    ApiRequest request = ApiRequest::del(paths::app(app), query).notRetried();
    request.rate = {QStringLiteral("delete-app"), 100.0 / 60.0, 100};
    return {send(request), parseNothing};
}

Call<QList<Secret>> ApiClient::listSecrets(const QString &app)
{
    ApiRequest request = ApiRequest::get(paths::app(app) + QStringLiteral("/secrets"));
    request.rate = paths::perAction(QStringLiteral("list-secrets"), app);
    return {send(request), [](const QJsonValue &value, QString *problem) {
                return parseArrayIn<Secret>(value, QStringLiteral("secrets"), problem);
            }};
}

Call<qint64> ApiClient::setSecret(const QString &app, const QString &name, const QString &value)
{
    ApiRequest request =
        ApiRequest::post(paths::app(app) + QStringLiteral("/secrets/") + paths::segment(name),
            toJson({{QLatin1String("value"), value}}));
    request.description = QStringLiteral("set secret %1").arg(name);
    request.rate = paths::perAction(QStringLiteral("set-secret"), app);
    return {send(request), parseSecretsVersion};
}

Call<qint64> ApiClient::setSecrets(
    const QString &app, const QMap<QString, std::optional<QString>> &values)
{
    QJsonObject changes;
    for (auto it = values.begin(); it != values.end(); ++it)
        changes.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue());
    ApiRequest request = ApiRequest::post(
        paths::app(app) + QStringLiteral("/secrets"), toJson({{QLatin1String("values"), changes}}));
    request.rate = paths::perAction(QStringLiteral("set-secret"), app);
    return {send(request), parseSecretsVersion};
}

Call<qint64> ApiClient::deleteSecret(const QString &app, const QString &name)
{
    ApiRequest request =
        ApiRequest::del(paths::app(app) + QStringLiteral("/secrets/") + paths::segment(name));
    request.rate = paths::perAction(QStringLiteral("delete-secret"), app);
    return {send(request), parseSecretsVersion};
}

Call<RegionList> ApiClient::regions()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/platform/regions"));
    request.rate = paths::perAction(QStringLiteral("regions"), QString());
    return {
        send(request), [](const QJsonValue &value, QString *problem) -> std::optional<RegionList> {
            if (!value.isObject()) {
                *problem = QStringLiteral("expected a JSON object");
                return std::nullopt;
            }
            return RegionList::fromResponse(value.toObject());
        }};
}

Call<QList<TokenInfo>> ApiClient::currentToken()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/tokens/current"));
    request.rate = paths::perAction(QStringLiteral("current-token"), QString());
    return {send(request), [](const QJsonValue &value, QString *problem) {
                return parseArrayIn<TokenInfo>(value, QStringLiteral("tokens"), problem);
            }};
}

} // namespace hangar::api
