#pragma once

#include "core/accounts/accountprofile.h"

#include <QList>

namespace hangar::core {

class Settings;

// The saved profiles in the settings, as one JSON array (readable in the settings file, and a
// profile has no token field to leak). Unreadable entries are skipped.
QList<AccountProfile> loadProfiles(const Settings &settings);
void saveProfiles(Settings &settings, const QList<AccountProfile> &profiles);

} // namespace hangar::core
