#include "api/values/processstat.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString ListenSocket::proto() const
{
    return stringValue("proto"_L1);
}

QString ListenSocket::address() const
{
    return stringValue("address"_L1);
}

qint64 ProcessStat::pid() const
{
    return int64Value("pid"_L1);
}

QString ProcessStat::command() const
{
    return stringValue("command"_L1);
}

QString ProcessStat::directory() const
{
    return stringValue("directory"_L1);
}

qint64 ProcessStat::cpu() const
{
    return int64Value("cpu"_L1);
}

qint64 ProcessStat::rss() const
{
    return int64Value("rss"_L1);
}

qint64 ProcessStat::stime() const
{
    return int64Value("stime"_L1);
}

qint64 ProcessStat::rtime() const
{
    return int64Value("rtime"_L1);
}

QList<ListenSocket> ProcessStat::listenSockets() const
{
    return listValue<ListenSocket>("listen_sockets"_L1);
}

} // namespace hangar::api
