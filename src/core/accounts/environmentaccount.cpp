#include "core/accounts/environmentaccount.h"

#include "core/accounts/accountprofile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace hangar::core {

std::optional<AccountEndpoint> environmentAccount(
    const QProcessEnvironment &environment, QString *problem)
{
    QString token = environment.value(QStringLiteral("FLY_API_TOKEN")).trimmed();
    QString variable = QStringLiteral("FLY_API_TOKEN");
    if (token.isEmpty()) {
        token = environment.value(QStringLiteral("FLY_ACCESS_TOKEN")).trimmed();
        variable = QStringLiteral("FLY_ACCESS_TOKEN");
    }
    if (token.isEmpty())
        return std::nullopt;
    QString address = environment.value(QStringLiteral("FLY_FLAPS_BASE_URL")).trimmed();
    if (address.isEmpty())
        address = environment.value(QStringLiteral("FLY_API_BASE_URL")).trimmed();
    const QUrl url =
        address.isEmpty() ? AccountProfile::defaultApiUrl() : normalizedApiUrl(address);
    const QString refusal = apiUrlProblem(url);
    if (!refusal.isEmpty()) {
        if (problem)
            *problem = refusal;
        return std::nullopt;
    }
    AccountEndpoint endpoint;
    endpoint.id = environmentAccountId();
    endpoint.label =
        QCoreApplication::translate("hangar::core::AccountManager", "%1 (not saved)").arg(variable);
    endpoint.baseUrl = url;
    endpoint.token = token;
    return endpoint;
}

} // namespace hangar::core
