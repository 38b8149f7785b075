#include "api/values/machineevent.h"

#include "api/values/timestamps.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

int ExitEvent::exitCode() const
{
    return intValue("exit_code"_L1);
}

int ExitEvent::guestExitCode() const
{
    return intValue("guest_exit_code"_L1);
}

int ExitEvent::guestSignal() const
{
    return intValue("guest_signal"_L1);
}

int ExitEvent::signal() const
{
    return intValue("signal"_L1);
}

bool ExitEvent::oomKilled() const
{
    return boolValue("oom_killed"_L1);
}

bool ExitEvent::requestedStop() const
{
    return boolValue("requested_stop"_L1);
}

bool ExitEvent::restarting() const
{
    return boolValue("restarting"_L1);
}

QDateTime ExitEvent::exitedAt() const
{
    return parseTimestamp(field("exited_at"_L1));
}

QString MachineEvent::id() const
{
    return stringValue("id"_L1);
}

QString MachineEvent::type() const
{
    return stringValue("type"_L1);
}

QString MachineEvent::status() const
{
    return stringValue("status"_L1);
}

QString MachineEvent::source() const
{
    return stringValue("source"_L1);
}

QDateTime MachineEvent::timestamp() const
{
    return parseEpochMilliseconds(field("timestamp"_L1));
}

qint64 MachineEvent::timestampMs() const
{
    const QDateTime when = timestamp();
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QJsonObject MachineEvent::request() const
{
    return objectValue("request"_L1);
}

ExitEvent MachineEvent::exitEvent() const
{
    const QJsonObject requestObject = request();
    const QJsonValue direct = requestObject.value("exit_event"_L1);
    if (direct.isObject())
        return ExitEvent(direct.toObject());
    return ExitEvent(
        requestObject.value("MonitorEvent"_L1).toObject().value("exit_event"_L1).toObject());
}

int MachineEvent::restartCount() const
{
    return request().value("restart_count"_L1).toInt();
}

} // namespace hangar::api
