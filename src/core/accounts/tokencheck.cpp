#include "core/accounts/tokencheck.h"

#include "api/authheader.h"

namespace hangar::core {

namespace {

bool isMacaroonToken(const QString &token)
{
    const QStringList pieces = api::tokenPieces(token);
    return std::any_of(pieces.cbegin(), pieces.cend(), &api::isMacaroon);
}

TokenCheck failure(TokenCheck::Outcome outcome, const QString &message, const api::ApiError &error)
{
    TokenCheck check;
    check.outcome = outcome;
    check.message = message;
    check.error = error;
    return check;
}

TokenCheck fromError(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    using Outcome = TokenCheck::Outcome;
    switch (error.kind()) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        return failure(Outcome::Unreachable, error.message(), error);
    case Kind::InvalidRequest:
        return failure(Outcome::Refused, error.message(), error);
    default:
        break;
    }
    if (error.httpStatus() == 401) {
        if (error.serverMessage().contains(QLatin1String("expired"), Qt::CaseInsensitive))
            return failure(Outcome::Expired,
                TokenCheck::tr("This token has expired. Create a new one (fly tokens create, or "
                               "Tokens in the Fly.io dashboard) and paste it here."),
                error);
        return failure(Outcome::Invalid, error.message(), error);
    }
    if (error.httpStatus() == 403)
        return failure(Outcome::TooNarrow,
            TokenCheck::tr("Fly.io knows this token but it is too narrow: it may not even "
                           "describe itself (HTTP 403). Use an organization token (fly tokens "
                           "create org) or a deploy token for the apps to manage."),
            error);
    return failure(Outcome::Failed, error.message(), error);
}

} // namespace

QStringList TokenCheck::orgSlugs() const
{
    QStringList slugs;
    for (const OrgReach &org : orgs)
        slugs.append(org.slug);
    return slugs;
}

TokenCheck TokenCheck::refused(const QString &message)
{
    return failure(Outcome::Refused, message, api::ApiError::invalidRequest(message));
}

TokenCheck TokenCheck::fromAnswer(
    const api::Result<QList<api::TokenInfo>> &answer, const QString &token)
{
    if (!answer.ok())
        return fromError(answer.error());
    TokenCheck check;
    check.personal = !isMacaroonToken(token);
    for (const api::TokenInfo &info : answer.value()) {
        if (check.user.isEmpty())
            check.user = info.user();
        if (info.orgSlug().isEmpty())
            continue;
        auto known = std::find_if(check.orgs.begin(), check.orgs.end(),
            [&info](const OrgReach &org) { return org.slug == info.orgSlug(); });
        if (known == check.orgs.end()) {
            check.orgs.append({info.orgSlug(), info.organization(), {}});
            known = std::prev(check.orgs.end());
        }
        for (const QString &app : info.apps()) {
            if (!known->apps.contains(app))
                known->apps.append(app);
        }
    }
    if (check.orgs.isEmpty() && !check.personal) {
        check.outcome = Outcome::TooNarrow;
        check.message = tr("Fly.io accepts this token, but it reaches no organization, so there "
                           "is nothing Hangar could show. Use an organization token (fly tokens "
                           "create org) or a deploy token.");
        return check;
    }
    check.outcome = Outcome::Valid;
    if (check.orgs.isEmpty())
        check.message = tr("The token works. It is a personal token: Hangar shows the apps of "
                           "your personal organization.");
    else
        check.message =
            tr("The token works. It reaches %n organization(s).", nullptr, int(check.orgs.size()));
    return check;
}

} // namespace hangar::core
