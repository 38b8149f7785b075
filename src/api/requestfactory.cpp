#include "api/requestfactory.h"

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/authheader.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSysInfo>

namespace hangar::api {

RequestFactory::RequestFactory(QUrl baseUrl, QString token)
    : m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
{
}

QUrl RequestFactory::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(request.query);
    return url;
}

QNetworkRequest RequestFactory::make(const ApiRequest &request, const QUrl &url) const
{
    QNetworkRequest networkRequest(url);
    const QByteArray authorization = authorizationHeader(m_token);
    if (!authorization.isEmpty())
        networkRequest.setRawHeader("Authorization", authorization);
    networkRequest.setRawHeader("User-Agent", userAgent());
    networkRequest.setRawHeader("Accept", "application/json");
    if (request.jsonBody)
        networkRequest.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(request.timeoutMs);
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    return networkRequest;
}

QString RequestFactory::refusalFor(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::tr("\"%1\" is not a valid API address.").arg(url.toDisplayString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    const QHostAddress address(url.host());
    const bool loopback =
        url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (url.scheme() == QLatin1String("http") && loopback)
        return {};
    return ApiError::tr("Hangar only talks to the API over https (plain http is "
                        "allowed for this computer's own simulator only), so it will "
                        "not use %1.")
        .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

QByteArray RequestFactory::userAgent()
{
    return QByteArrayLiteral("hangar/") + HANGAR_VERSION + " (" + QSysInfo::productType().toUtf8()
        + "; Qt " + qVersion() + ')';
}

} // namespace hangar::api
