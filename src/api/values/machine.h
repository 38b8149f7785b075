#pragma once

#include "api/values/checkstatus.h"
#include "api/values/imageref.h"
#include "api/values/jsonobjectview.h"
#include "api/values/lease.h"
#include "api/values/machineconfig.h"
#include "api/values/machineevent.h"

#include <QDateTime>

namespace hangar::api {

// Machine.containers (fly-go): the state of each container of a multi-container machine.
class ContainerStatus : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    QString state() const;
};

// A machine as GET/list/create/update return it (API-NOTES §4).
class Machine : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString id() const;
    QString name() const;
    QString state() const;
    QString region() const;
    QString version() const; // pass as current_version / wait ?version=
    QString instanceId() const; // deprecated twin of version
    QString privateIp() const;
    QDateTime createdAt() const;
    QDateTime updatedAt() const;

    MachineConfig config() const;
    void setConfig(const MachineConfig &config);
    // Filled instead of config when host_status is not "ok".
    MachineConfig incompleteConfig() const;
    // config, or incomplete_config when config is missing.
    MachineConfig effectiveConfig() const;

    ImageRef imageRef() const;
    QList<MachineEvent> events() const;
    QList<CheckStatus> checks() const;
    QString nonce() const; // only when created with lease_ttl
    QString hostStatus() const; // "ok", "unknown" or "unreachable"
    QStringList hostFeatures() const;
    bool cordoned() const;
    Lease lease() const; // {owner, description, expires_at} with include_leases
    QList<ContainerStatus> containers() const;
};

} // namespace hangar::api
