#include "core/accounts/accountprofile.h"

#include "api/requestfactory.h"
#include "core/session/accountsession.h"

#include <QJsonArray>
#include <QUuid>

namespace hangar::core {

namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

QUrl AccountProfile::defaultApiUrl()
{
    return QUrl(QStringLiteral("https://api.machines.dev/v1"));
}

QString AccountProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject AccountProfile::toJson() const
{
    return QJsonObject {{key("id"), id}, {key("name"), name},
        {key("apiUrl"), apiUrl.toString(QUrl::FullyEncoded)},
        {key("orgs"), QJsonArray::fromStringList(orgSlugs)}, {key("colour"), colour},
        {key("production"), production}};
}

std::optional<AccountProfile> AccountProfile::fromJson(const QJsonObject &object)
{
    AccountProfile profile;
    profile.id = object.value(key("id")).toString();
    if (profile.id.isEmpty())
        return std::nullopt;
    profile.name = object.value(key("name")).toString();
    const QString url = object.value(key("apiUrl")).toString();
    profile.apiUrl = url.isEmpty() ? defaultApiUrl() : QUrl(url, QUrl::StrictMode);
    for (const QJsonValue &org : object.value(key("orgs")).toArray()) {
        if (!org.toString().isEmpty())
            profile.orgSlugs.append(org.toString());
    }
    profile.colour = object.value(key("colour")).toString();
    profile.production = object.value(key("production")).toBool();
    return profile;
}

AccountEndpoint AccountProfile::endpoint(const QString &token) const
{
    AccountEndpoint endpoint;
    endpoint.id = id;
    endpoint.label = name;
    endpoint.baseUrl = apiUrl;
    endpoint.token = token;
    endpoint.orgSlugs = orgSlugs;
    endpoint.production = production;
    return endpoint;
}

bool AccountProfile::operator==(const AccountProfile &other) const
{
    return id == other.id && name == other.name && apiUrl == other.apiUrl
        && orgSlugs == other.orgSlugs && colour == other.colour && production == other.production;
}

QUrl normalizedApiUrl(const QString &text)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return {};
    // Without a scheme, QUrl::fromUserInput would pick http: the API is https.
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("https://"));
    QUrl url = QUrl::fromUserInput(input);
    if (!url.isValid())
        return url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path.isEmpty() ? QStringLiteral("/v1") : path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString apiUrlProblem(const QUrl &url)
{
    if (!url.userInfo().isEmpty())
        return AccountProfile::tr("Put the token in the token field, not in the API address.");
    return api::RequestFactory::refusalFor(url);
}

} // namespace hangar::core
