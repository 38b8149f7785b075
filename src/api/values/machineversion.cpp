#include "api/values/machineversion.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString MachineVersion::version() const
{
    return stringValue("version"_L1);
}

MachineConfig MachineVersion::userConfig() const
{
    return MachineConfig(objectValue("user_config"_L1));
}

} // namespace hangar::api
