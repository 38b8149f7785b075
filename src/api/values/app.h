#pragma once

#include "api/values/jsonobjectview.h"

#include <QDateTime>

namespace hangar::api {

// App.organization.
class AppOrganization : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    QString slug() const;
    qint64 internalNumericId() const;
};

// An app from GET /apps or /apps/{app}; also the {id, created_at} answer of app create. List
// items in older answers carry only id, name, machine_count, volume_count and network.
class App : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString id() const;
    QString name() const;
    QString status() const; // "pending", "deployed", "suspended", ...
    QString network() const;
    QString networkCidr() const;
    qint64 internalNumericId() const;
    int machineCount() const;
    int volumeCount() const;
    AppOrganization organization() const;
    QDateTime createdAt() const; // epoch milliseconds on the wire (app create only)
    QString cnameTarget() const; // fly-go only
    QString appRole() const; // fly-go only
};

} // namespace hangar::api
