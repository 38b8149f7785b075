#pragma once

#include "core/session/accountsession.h"

#include <optional>

class QProcessEnvironment;

namespace hangar::core {

// The id of the account that comes from the environment; it is never saved.
inline QString environmentAccountId()
{
    return QStringLiteral("environment");
}

// Like flyctl: a token in FLY_API_TOKEN (or FLY_ACCESS_TOKEN) is a temporary account that is
// never saved. Its API address is FLY_FLAPS_BASE_URL (flyctl's override) or FLY_API_BASE_URL,
// else the public API. Nothing when there is no token; nothing either, with the reason in
// `problem`, when the address is refused (plain http to another computer).
std::optional<AccountEndpoint> environmentAccount(
    const QProcessEnvironment &environment, QString *problem = nullptr);

} // namespace hangar::core
