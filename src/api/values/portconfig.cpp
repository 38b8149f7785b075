#include "api/values/portconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QStringList TlsOptions::alpn() const
{
    return stringListValue("alpn"_L1);
}

void TlsOptions::setAlpn(const QStringList &protocols)
{
    setStringList("alpn"_L1, protocols);
}

QStringList TlsOptions::versions() const
{
    return stringListValue("versions"_L1);
}

void TlsOptions::setVersions(const QStringList &versions)
{
    setStringList("versions"_L1, versions);
}

bool TlsOptions::defaultSelfSigned() const
{
    return boolValue("default_self_signed"_L1);
}

void TlsOptions::setDefaultSelfSigned(bool selfSigned)
{
    setField("default_self_signed"_L1, selfSigned);
}

QString ProxyProtoOptions::version() const
{
    return stringValue("version"_L1);
}

void ProxyProtoOptions::setVersion(const QString &version)
{
    setField("version"_L1, version);
}

int PortConfig::port() const
{
    return intValue("port"_L1);
}

void PortConfig::setPort(int port)
{
    setField("port"_L1, port);
}

int PortConfig::startPort() const
{
    return intValue("start_port"_L1);
}

void PortConfig::setStartPort(int port)
{
    setField("start_port"_L1, port);
}

int PortConfig::endPort() const
{
    return intValue("end_port"_L1);
}

void PortConfig::setEndPort(int port)
{
    setField("end_port"_L1, port);
}

bool PortConfig::isRange() const
{
    return !field("port"_L1).isDouble() && field("start_port"_L1).isDouble();
}

QStringList PortConfig::handlers() const
{
    return stringListValue("handlers"_L1);
}

void PortConfig::setHandlers(const QStringList &handlers)
{
    setStringList("handlers"_L1, handlers);
}

bool PortConfig::forceHttps() const
{
    return boolValue("force_https"_L1);
}

void PortConfig::setForceHttps(bool force)
{
    setField("force_https"_L1, force);
}

TlsOptions PortConfig::tlsOptions() const
{
    return TlsOptions(objectValue("tls_options"_L1));
}

void PortConfig::setTlsOptions(const TlsOptions &options)
{
    setField("tls_options"_L1, options.json());
}

HttpOptions PortConfig::httpOptions() const
{
    return HttpOptions(objectValue("http_options"_L1));
}

void PortConfig::setHttpOptions(const HttpOptions &options)
{
    setField("http_options"_L1, options.json());
}

ProxyProtoOptions PortConfig::proxyProtoOptions() const
{
    return ProxyProtoOptions(objectValue("proxy_proto_options"_L1));
}

void PortConfig::setProxyProtoOptions(const ProxyProtoOptions &options)
{
    setField("proxy_proto_options"_L1, options.json());
}

} // namespace hangar::api
