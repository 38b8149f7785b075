#include "api/values/serviceconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString ConcurrencyConfig::type() const
{
    return stringValue("type"_L1);
}

void ConcurrencyConfig::setType(const QString &type)
{
    setField("type"_L1, type);
}

int ConcurrencyConfig::softLimit() const
{
    return intValue("soft_limit"_L1);
}

void ConcurrencyConfig::setSoftLimit(int limit)
{
    setField("soft_limit"_L1, limit);
}

int ConcurrencyConfig::hardLimit() const
{
    return intValue("hard_limit"_L1);
}

void ConcurrencyConfig::setHardLimit(int limit)
{
    setField("hard_limit"_L1, limit);
}

QString ServiceConfig::protocol() const
{
    return stringValue("protocol"_L1);
}

void ServiceConfig::setProtocol(const QString &protocol)
{
    setField("protocol"_L1, protocol);
}

int ServiceConfig::internalPort() const
{
    return intValue("internal_port"_L1);
}

void ServiceConfig::setInternalPort(int port)
{
    setField("internal_port"_L1, port);
}

QList<PortConfig> ServiceConfig::ports() const
{
    return listValue<PortConfig>("ports"_L1);
}

void ServiceConfig::setPorts(const QList<PortConfig> &ports)
{
    setList("ports"_L1, ports);
}

ConcurrencyConfig ServiceConfig::concurrency() const
{
    return ConcurrencyConfig(objectValue("concurrency"_L1));
}

void ServiceConfig::setConcurrency(const ConcurrencyConfig &concurrency)
{
    setField("concurrency"_L1, concurrency.json());
}

bool ServiceConfig::autostart() const
{
    return boolValue("autostart"_L1);
}

void ServiceConfig::setAutostart(bool autostart)
{
    setField("autostart"_L1, autostart);
}

Autostop ServiceConfig::autostop() const
{
    const QJsonValue wire = field("autostop"_L1);
    if (wire.isBool())
        return wire.toBool() ? Autostop::Stop : Autostop::Off;
    const QString text = wire.toString();
    if (text == "stop"_L1)
        return Autostop::Stop;
    if (text == "suspend"_L1)
        return Autostop::Suspend;
    return Autostop::Off;
}

void ServiceConfig::setAutostop(Autostop autostop)
{
    // The API answers with booleans for off/stop, so writing them keeps diffs against the
    // server's config empty when nothing changed.
    switch (autostop) {
    case Autostop::Off:
        setField("autostop"_L1, false);
        return;
    case Autostop::Stop:
        setField("autostop"_L1, true);
        return;
    case Autostop::Suspend:
        setField("autostop"_L1, u"suspend"_s);
        return;
    }
}

int ServiceConfig::minMachinesRunning() const
{
    return intValue("min_machines_running"_L1);
}

void ServiceConfig::setMinMachinesRunning(int count)
{
    setField("min_machines_running"_L1, count);
}

QList<CheckConfig> ServiceConfig::checks() const
{
    return listValue<CheckConfig>("checks"_L1);
}

void ServiceConfig::setChecks(const QList<CheckConfig> &checks)
{
    setList("checks"_L1, checks);
}

QString ServiceConfig::forceInstanceKey() const
{
    return stringValue("force_instance_key"_L1);
}

void ServiceConfig::setForceInstanceKey(const QString &key)
{
    setField("force_instance_key"_L1, key);
}

QString ServiceConfig::forceInstanceDescription() const
{
    return stringValue("force_instance_description"_L1);
}

void ServiceConfig::setForceInstanceDescription(const QString &description)
{
    setField("force_instance_description"_L1, description);
}

} // namespace hangar::api
