#include "models/modelroles.h"

namespace hangar::models {

const char *roleName(int role)
{
    switch (role) {
    case IdRole:
        return "id";
    case KindRole:
        return "kind";
    case NameRole:
        return "name";
    case StateRole:
        return "state";
    case RegionRole:
        return "region";
    default:
        return "";
    }
}

} // namespace hangar::models
