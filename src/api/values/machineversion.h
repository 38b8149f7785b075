#pragma once

#include "api/values/jsonobjectview.h"
#include "api/values/machineconfig.h"

namespace hangar::api {

// One entry of GET .../versions: a past version of a machine and the config it ran.
class MachineVersion : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString version() const;
    MachineConfig userConfig() const;
};

} // namespace hangar::api
