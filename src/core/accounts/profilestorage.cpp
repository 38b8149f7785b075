#include "core/accounts/profilestorage.h"

#include "core/accounts/accountslog.h"
#include "core/settings/settings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hangar::core {

QList<AccountProfile> loadProfiles(const Settings &settings)
{
    QList<AccountProfile> profiles;
    const QByteArray text = settings.string(Setting::AccountProfiles).toUtf8();
    if (text.trimmed().isEmpty())
        return profiles;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (!document.isArray()) {
        qCWarning(lcAccounts) << "the saved account profiles are unreadable:"
                              << error.errorString();
        return profiles;
    }
    for (const QJsonValue &value : document.array()) {
        const auto profile = AccountProfile::fromJson(value.toObject());
        if (!profile) {
            qCWarning(lcAccounts) << "skipping a saved account profile without an id";
            continue;
        }
        const bool duplicate = std::any_of(profiles.cbegin(), profiles.cend(),
            [&profile](const AccountProfile &known) { return known.id == profile->id; });
        if (!duplicate)
            profiles.append(*profile);
    }
    return profiles;
}

void saveProfiles(Settings &settings, const QList<AccountProfile> &profiles)
{
    QJsonArray array;
    for (const AccountProfile &profile : profiles)
        array.append(profile.toJson());
    settings.setValue(Setting::AccountProfiles,
        QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace hangar::core
