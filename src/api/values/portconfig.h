#pragma once

#include "api/values/httpoptions.h"
#include "api/values/jsonobjectview.h"

namespace hangar::api {

// services[].ports[].tls_options.
class TlsOptions : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QStringList alpn() const;
    void setAlpn(const QStringList &protocols);
    QStringList versions() const;
    void setVersions(const QStringList &versions);
    bool defaultSelfSigned() const;
    void setDefaultSelfSigned(bool selfSigned);
};

// services[].ports[].proxy_proto_options.
class ProxyProtoOptions : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString version() const; // "v1" or "v2"
    void setVersion(const QString &version);
};

// One public port of a service: a single port, or a range start_port..end_port.
class PortConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    int port() const;
    void setPort(int port);
    int startPort() const;
    void setStartPort(int port);
    int endPort() const;
    void setEndPort(int port);
    bool isRange() const; // start_port/end_port rather than port

    QStringList handlers() const; // "http", "tls", "tcp", "proxy_proto", ...
    void setHandlers(const QStringList &handlers);
    bool forceHttps() const;
    void setForceHttps(bool force);
    TlsOptions tlsOptions() const;
    void setTlsOptions(const TlsOptions &options);
    HttpOptions httpOptions() const;
    void setHttpOptions(const HttpOptions &options);
    ProxyProtoOptions proxyProtoOptions() const;
    void setProxyProtoOptions(const ProxyProtoOptions &options);
};

} // namespace hangar::api
