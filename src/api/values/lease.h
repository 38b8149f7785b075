#pragma once

#include "api/values/jsonobjectview.h"

#include <QDateTime>

namespace hangar::api {

// A machine lease. The lease endpoints wrap it as {"status":"success","data":{...}}; a machine
// fetched with include_leases carries the bare (stripped) form {owner, description, expires_at}.
class Lease : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    // Accepts both the {"status", "data"} envelope and a bare lease object.
    static Lease fromEnvelope(const QJsonObject &response);

    QString nonce() const; // send back as fly-machine-lease-nonce
    QDateTime expiresAt() const; // epoch seconds on the wire
    QString owner() const;
    QString description() const;
    QString version() const; // the machine version the lease was taken on
    bool isExpired(const QDateTime &now) const;
};

} // namespace hangar::api
