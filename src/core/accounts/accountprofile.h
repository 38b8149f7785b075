#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace hangar::core {

struct AccountEndpoint;

// A saved Fly.io account: everything except its token, which only the credential store keeps
// (under the profile's id). This is what QSettings holds.
struct AccountProfile {
    Q_DECLARE_TR_FUNCTIONS(hangar::core::AccountProfile)

public:
    QString id; // stable; also the token's key in the keychain
    QString name; // shown in the tree, the title bar and the banner
    QUrl apiUrl = defaultApiUrl(); // the Machines API base, path included (".../v1")
    QStringList orgSlugs; // empty: whatever the token reaches
    QString colour; // "#rrggbb"; empty: none chosen
    bool production = false; // destructive actions need the resource's name typed

    static QUrl defaultApiUrl();
    static QString newId();

    QJsonObject toJson() const;
    // Nothing when the object is not a profile (no id); unknown keys are ignored.
    static std::optional<AccountProfile> fromJson(const QJsonObject &object);

    AccountEndpoint endpoint(const QString &token) const;

    bool operator==(const AccountProfile &other) const;
    bool operator!=(const AccountProfile &other) const { return !(*this == other); }
};

// What the user typed as the API address, as the client needs it: https when no scheme is
// given, and the /v1 path the Machines API lives under when only a host is given
// ("https://api.machines.dev" and "api.machines.dev/v1/" both give
// "https://api.machines.dev/v1").
QUrl normalizedApiUrl(const QString &text);

// Why Hangar refuses to send a token to this address (https only; plain http only to this
// computer), as a sentence; empty when the address is fine.
QString apiUrlProblem(const QUrl &url);

} // namespace hangar::core
