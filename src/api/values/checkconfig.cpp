#include "api/values/checkconfig.h"

#include "api/values/durations.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString HttpHeader::name() const
{
    return stringValue("name"_L1);
}

void HttpHeader::setName(const QString &name)
{
    setField("name"_L1, name);
}

QStringList HttpHeader::values() const
{
    return stringListValue("values"_L1);
}

void HttpHeader::setValues(const QStringList &values)
{
    setStringList("values"_L1, values);
}

QString CheckConfig::type() const
{
    return stringValue("type"_L1);
}

void CheckConfig::setType(const QString &type)
{
    setField("type"_L1, type);
}

int CheckConfig::port() const
{
    return intValue("port"_L1);
}

void CheckConfig::setPort(int port)
{
    setField("port"_L1, port);
}

qint64 CheckConfig::intervalMs() const
{
    return parseDurationMs(field("interval"_L1)).value_or(0);
}

void CheckConfig::setIntervalMs(qint64 milliseconds)
{
    setField("interval"_L1, formatGoDuration(milliseconds));
}

qint64 CheckConfig::timeoutMs() const
{
    return parseDurationMs(field("timeout"_L1)).value_or(0);
}

void CheckConfig::setTimeoutMs(qint64 milliseconds)
{
    setField("timeout"_L1, formatGoDuration(milliseconds));
}

qint64 CheckConfig::gracePeriodMs() const
{
    return parseDurationMs(field("grace_period"_L1)).value_or(0);
}

void CheckConfig::setGracePeriodMs(qint64 milliseconds)
{
    setField("grace_period"_L1, formatGoDuration(milliseconds));
}

QString CheckConfig::method() const
{
    return stringValue("method"_L1);
}

void CheckConfig::setMethod(const QString &method)
{
    setField("method"_L1, method);
}

QString CheckConfig::path() const
{
    return stringValue("path"_L1);
}

void CheckConfig::setPath(const QString &path)
{
    setField("path"_L1, path);
}

QString CheckConfig::protocol() const
{
    return stringValue("protocol"_L1);
}

void CheckConfig::setProtocol(const QString &protocol)
{
    setField("protocol"_L1, protocol);
}

bool CheckConfig::tlsSkipVerify() const
{
    return boolValue("tls_skip_verify"_L1);
}

void CheckConfig::setTlsSkipVerify(bool skip)
{
    setField("tls_skip_verify"_L1, skip);
}

QString CheckConfig::tlsServerName() const
{
    return stringValue("tls_server_name"_L1);
}

void CheckConfig::setTlsServerName(const QString &name)
{
    setField("tls_server_name"_L1, name);
}

QList<HttpHeader> CheckConfig::headers() const
{
    return listValue<HttpHeader>("headers"_L1);
}

void CheckConfig::setHeaders(const QList<HttpHeader> &headers)
{
    setList("headers"_L1, headers);
}

QString CheckConfig::kind() const
{
    return stringValue("kind"_L1);
}

void CheckConfig::setKind(const QString &kind)
{
    setField("kind"_L1, kind);
}

} // namespace hangar::api
