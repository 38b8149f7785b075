#pragma once

#include "api/values/checkconfig.h"
#include "api/values/jsonobjectview.h"
#include "api/values/portconfig.h"

namespace hangar::api {

// services[].concurrency: when the proxy considers a machine busy (soft) or full (hard).
class ConcurrencyConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString type() const; // "connections" or "requests"
    void setType(const QString &type);
    int softLimit() const;
    void setSoftLimit(int limit);
    int hardLimit() const;
    void setHardLimit(int limit);
};

// What the proxy does with an idle machine of this service.
enum class Autostop { Off, Stop, Suspend };

// One entry of config.services: a protocol/internal port exposed through the Fly Proxy.
class ServiceConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString protocol() const; // "tcp" or "udp"
    void setProtocol(const QString &protocol);
    int internalPort() const;
    void setInternalPort(int port);
    QList<PortConfig> ports() const;
    void setPorts(const QList<PortConfig> &ports);
    ConcurrencyConfig concurrency() const;
    void setConcurrency(const ConcurrencyConfig &concurrency);
    bool autostart() const;
    void setAutostart(bool autostart);
    // Read from false|true|"off"|"stop"|"suspend" (missing or unknown: Off); written in the
    // form the API answers with: false, true or "suspend".
    Autostop autostop() const;
    void setAutostop(Autostop autostop);
    int minMachinesRunning() const;
    void setMinMachinesRunning(int count);
    QList<CheckConfig> checks() const;
    void setChecks(const QList<CheckConfig> &checks);
    QString forceInstanceKey() const;
    void setForceInstanceKey(const QString &key);
    QString forceInstanceDescription() const;
    void setForceInstanceDescription(const QString &description);
};

} // namespace hangar::api
