#pragma once

#include "api/apicall.h"
#include "api/values/tokeninfo.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace hangar::core {

// One organization a token reaches, and the apps it names there (none named: the whole org).
struct OrgReach {
    QString slug;
    QString name;
    QStringList apps;
};

// What checking a token against the API found, with a sentence for the account dialog.
struct TokenCheck {
    Q_DECLARE_TR_FUNCTIONS(hangar::core::TokenCheck)

public:
    enum class Outcome {
        Valid,
        Refused, // not sent: the address is not allowed (or there is no token)
        Invalid, // 401: not a token the API accepts
        Expired, // 401 saying the token has expired
        TooNarrow, // valid, but 403 or reaching no organization
        Unreachable, // no answer: network, proxy, timeout, or a certificate problem
        Failed, // any other answer
    };

    Outcome outcome = Outcome::Failed;
    QString message;
    QList<OrgReach> orgs;
    QString user; // the token's user, when the API says
    bool personal = false; // a user token (not a macaroon): reaches whatever its user can
    api::ApiError error; // what the API call returned, when it failed

    bool ok() const { return outcome == Outcome::Valid; }
    QStringList orgSlugs() const;

    static TokenCheck refused(const QString &message);
    // Reads the answer of GET /tokens/current for `token` (the token itself is only used to
    // tell a macaroon from a user token).
    static TokenCheck fromAnswer(
        const api::Result<QList<api::TokenInfo>> &answer, const QString &token);
};

} // namespace hangar::core

Q_DECLARE_METATYPE(hangar::core::TokenCheck)
