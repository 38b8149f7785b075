#include "core/accounts/accountslog.h"

namespace hangar::core {

Q_LOGGING_CATEGORY(lcAccounts, "hangar.accounts", QtInfoMsg)

} // namespace hangar::core
