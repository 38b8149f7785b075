#pragma once

#include <Qt>

namespace hangar::models {

// Roles shared by every Hangar model: raw values start at Qt::UserRole so proxies sort and
// filter on data, never on display text.
enum ModelRole : int {
    IdRole = Qt::UserRole + 1,
    KindRole,
    NameRole,
    StateRole,
    RegionRole,
    FirstModelSpecificRole = Qt::UserRole + 100,
};

// A stable, untranslated name for a role, used in debug output and tests.
const char *roleName(int role);

} // namespace hangar::models
