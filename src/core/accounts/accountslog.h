#pragma once

#include <QLoggingCategory>

namespace hangar::core {

// Profiles and keychain calls. Lines name profile ids and outcomes, never a token.
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)

} // namespace hangar::core
