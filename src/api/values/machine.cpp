#include "api/values/machine.h"

#include "api/values/timestamps.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString ContainerStatus::name() const
{
    return stringValue("name"_L1);
}

QString ContainerStatus::state() const
{
    return stringValue("state"_L1);
}

QString Machine::id() const
{
    return stringValue("id"_L1);
}

QString Machine::name() const
{
    return stringValue("name"_L1);
}

QString Machine::state() const
{
    return stringValue("state"_L1);
}

QString Machine::region() const
{
    return stringValue("region"_L1);
}

QString Machine::version() const
{
    return stringValue("version"_L1);
}

QString Machine::instanceId() const
{
    return stringValue("instance_id"_L1);
}

QString Machine::privateIp() const
{
    return stringValue("private_ip"_L1);
}

QDateTime Machine::createdAt() const
{
    return parseTimestamp(field("created_at"_L1));
}

QDateTime Machine::updatedAt() const
{
    return parseTimestamp(field("updated_at"_L1));
}

MachineConfig Machine::config() const
{
    return MachineConfig(objectValue("config"_L1));
}

void Machine::setConfig(const MachineConfig &config)
{
    setField("config"_L1, config.json());
}

MachineConfig Machine::incompleteConfig() const
{
    return MachineConfig(objectValue("incomplete_config"_L1));
}

MachineConfig Machine::effectiveConfig() const
{
    const MachineConfig complete = config();
    return complete.isNull() ? incompleteConfig() : complete;
}

ImageRef Machine::imageRef() const
{
    return ImageRef(objectValue("image_ref"_L1));
}

QList<MachineEvent> Machine::events() const
{
    return listValue<MachineEvent>("events"_L1);
}

QList<CheckStatus> Machine::checks() const
{
    return listValue<CheckStatus>("checks"_L1);
}

QString Machine::nonce() const
{
    return stringValue("nonce"_L1);
}

QString Machine::hostStatus() const
{
    return stringValue("host_status"_L1);
}

QStringList Machine::hostFeatures() const
{
    return stringListValue("host_features"_L1);
}

bool Machine::cordoned() const
{
    return boolValue("cordoned"_L1);
}

Lease Machine::lease() const
{
    return Lease(objectValue("lease"_L1));
}

QList<ContainerStatus> Machine::containers() const
{
    return listValue<ContainerStatus>("containers"_L1);
}

} // namespace hangar::api
