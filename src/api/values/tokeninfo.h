#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// One token of GET /tokens/current: which org and apps a (macaroon) token covers.
class TokenInfo : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    // The "tokens" array of a /tokens/current answer.
    static QList<TokenInfo> listFromResponse(const QJsonObject &response);

    QString tokenId() const;
    QString orgSlug() const;
    QString organization() const;
    QStringList apps() const;
    QString user() const;
    QString restrictedToMachine() const;
    QString sourceMachineId() const;
};

} // namespace hangar::api
