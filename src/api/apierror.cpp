#include "api/apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hangar::api {

namespace {

ApiError::Reason reasonFor(int status, const QString &message, const QString &code)
{
    const QString lower = message.toLower();
    if (code == QLatin1String("name_taken") || lower.contains(QLatin1String("already been taken")))
        return ApiError::Reason::NameTaken;
    if (code == QLatin1String("insufficient_capacity")
        || code == QLatin1String("volume_placement_capacity"))
        return ApiError::Reason::InsufficientCapacity;
    switch (status) {
    case 401:
        return ApiError::Reason::TokenRejected;
    case 403:
        return ApiError::Reason::Forbidden;
    case 404:
        return ApiError::Reason::NotFound;
    case 408:
        return ApiError::Reason::WaitTimedOut;
    case 409:
        if (lower.contains(QLatin1String("lease")) || lower.contains(QLatin1String("nonce")))
            return ApiError::Reason::LeaseHeld;
        if (lower.contains(QLatin1String("version")) || lower.contains(QLatin1String("changed")))
            return ApiError::Reason::VersionConflict;
        return ApiError::Reason::Unspecified;
    case 412:
        if (lower.contains(QLatin1String("attached")) || lower.contains(QLatin1String("in use")))
            return ApiError::Reason::VolumeInUse;
        if (lower.contains(QLatin1String("version")))
            return ApiError::Reason::StaleVersion;
        return ApiError::Reason::Unspecified;
    case 413:
        return ApiError::Reason::PayloadTooLarge;
    case 429:
        return ApiError::Reason::RateLimited;
    default:
        return ApiError::Reason::Unspecified;
    }
}

} // namespace

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &requestId)
{
    ApiError error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = status;
    error.m_requestId = requestId;
    // Three shapes: {"error", "status"?}, {"status":"error", "message", "code"} and plain text.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        error.m_serverMessage = object.value(QLatin1String("message")).toString();
        if (error.m_serverMessage.isEmpty())
            error.m_serverMessage = object.value(QLatin1String("error")).toString();
        error.m_serverCode = object.value(QLatin1String("code")).toString();
        const QString statusField = object.value(QLatin1String("status")).toString();
        if (error.m_serverCode.isEmpty() && statusField != QLatin1String("error"))
            error.m_serverCode = statusField;
    } else {
        error.m_serverMessage = QString::fromUtf8(body.left(500)).trimmed();
    }
    error.m_reason = reasonFor(status, error.m_serverMessage, error.m_serverCode);
    return error;
}

ApiError ApiError::network(int networkError, const QString &detail, const QString &host)
{
    ApiError error;
    error.m_kind = Kind::Network;
    error.m_networkError = networkError;
    error.m_detail = detail;
    error.m_host = host;
    return error;
}

ApiError ApiError::timeout(const QString &host)
{
    ApiError error;
    error.m_kind = Kind::Timeout;
    error.m_host = host;
    return error;
}

ApiError ApiError::settleTimeout()
{
    ApiError error;
    error.m_kind = Kind::Timeout;
    error.m_reason = Reason::WaitTimedOut;
    return error;
}

ApiError ApiError::tls(const QString &detail)
{
    ApiError error;
    error.m_kind = Kind::Tls;
    error.m_detail = detail;
    return error;
}

ApiError ApiError::malformed(const QString &detail, int status, const QByteArray &requestId)
{
    ApiError error;
    error.m_kind = Kind::MalformedResponse;
    error.m_detail = detail;
    error.m_httpStatus = status;
    error.m_requestId = requestId;
    return error;
}

ApiError ApiError::invalidRequest(const QString &detail)
{
    ApiError error;
    error.m_kind = Kind::InvalidRequest;
    error.m_detail = detail;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.m_kind = Kind::Cancelled;
    return error;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return m_httpStatus == 408 || m_httpStatus == 429 || m_httpStatus >= 500;
    default:
        return false;
    }
}

QString ApiError::message() const
{
    const QString server = m_serverMessage.isEmpty() ? QString() : m_serverMessage;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Network:
        return tr("Could not reach %1: %2. Check your internet connection and proxy settings.")
            .arg(m_host.isEmpty() ? tr("the server") : m_host, m_detail);
    case Kind::Timeout:
        if (m_reason == Reason::WaitTimedOut)
            return tr("The machine did not reach the expected state in time. It may still get "
                      "there; refresh to see where it stands.");
        return tr("%1 did not answer in time. The action may still complete; refresh before "
                  "trying again.")
            .arg(m_host.isEmpty() ? tr("The server") : m_host);
    case Kind::Tls:
        return tr("The secure connection failed: %1. Hangar never connects when a certificate "
                  "cannot be verified; check the API address and your network.")
            .arg(m_detail);
    case Kind::MalformedResponse:
        return tr("The server sent an answer Hangar could not read (%1). Try again; if it keeps "
                  "happening, report it with the request id.")
            .arg(m_detail);
    case Kind::InvalidRequest:
        return m_detail;
    case Kind::Http:
        break;
    }
    switch (m_reason) {
    case Reason::TokenRejected:
        return tr("The token was rejected. Check that it is complete and has not expired or been "
                  "revoked.");
    case Reason::Forbidden:
        return tr("This token does not give access to that. Use a token for the right "
                  "organization or app.");
    case Reason::NotFound:
        return server.isEmpty() ? tr("Not found: it may have been deleted.")
                                : tr("Not found: %1").arg(server);
    case Reason::WaitTimedOut:
        return tr("The platform did not finish in time. The action may still complete; refresh to "
                  "see where it stands.");
    case Reason::LeaseHeld:
        return tr("The machine is locked by another operation (a lease is held). Try again when it "
                  "has finished.");
    case Reason::VersionConflict:
    case Reason::StaleVersion:
        return tr("Someone else changed this machine in the meantime. Reload it and apply your "
                  "changes again.");
    case Reason::VolumeInUse:
        return tr("That volume is already attached to another machine. A volume can be mounted by "
                  "one machine at a time.");
    case Reason::NameTaken:
        return tr("That name is already taken. Choose another one.");
    case Reason::InsufficientCapacity:
        return tr(
            "There is not enough capacity for this right now. Try another region or try again "
            "later.");
    case Reason::RateLimited:
        return tr("Fly.io is rate limiting these requests. Hangar retried them; wait a moment and "
                  "try again.");
    case Reason::PayloadTooLarge:
        return tr("The request was too large for the server.");
    case Reason::Unspecified:
        break;
    }
    if (m_httpStatus >= 500)
        return tr("Fly.io had a problem (HTTP %1). Try again in a moment.").arg(m_httpStatus);
    if (m_httpStatus == 422)
        return server.isEmpty() ? tr("The request was not valid.")
                                : tr("Not accepted: %1").arg(server);
    if (m_httpStatus == 409)
        return server.isEmpty() ? tr("The request conflicts with the current state.")
                                : tr("Conflict: %1").arg(server);
    if (m_httpStatus == 412)
        return server.isEmpty() ? tr("The request cannot be carried out in the current state.")
                                : tr("Not possible now: %1").arg(server);
    if (m_httpStatus == 400)
        return server.isEmpty() ? tr("The request was not accepted.")
                                : tr("Not accepted: %1").arg(server);
    return server.isEmpty()
        ? tr("The server answered with HTTP %1.").arg(m_httpStatus)
        : tr("The server answered with HTTP %1: %2").arg(QString::number(m_httpStatus), server);
}

QString ApiError::details() const
{
    QStringList lines;
    if (m_httpStatus != 0)
        lines.append(QStringLiteral("HTTP %1").arg(m_httpStatus));
    if (!m_serverMessage.isEmpty())
        lines.append(m_serverMessage);
    if (!m_serverCode.isEmpty())
        lines.append(QStringLiteral("code: %1").arg(m_serverCode));
    if (!m_detail.isEmpty() && m_kind != Kind::InvalidRequest)
        lines.append(m_detail);
    if (!m_requestId.isEmpty())
        lines.append(QStringLiteral("fly-request-id: %1").arg(QString::fromLatin1(m_requestId)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace hangar::api
