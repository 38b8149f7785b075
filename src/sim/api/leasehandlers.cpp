#include "sim/api/leasehandlers.h"

#include "sim/api/handlersupport.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/api/simjson.h"
#include "sim/api/timeformat.h"
#include "sim/world/simworld.h"

namespace hangar::sim {

namespace {

constexpr int kDefaultTtlSecs = 30;
constexpr int kMaxTtlSecs = 3600;

QJsonObject success(const QJsonObject &data)
{
    return {{QLatin1String("status"), QStringLiteral("success")}, {QLatin1String("data"), data}};
}

} // namespace

void LeaseHandlers::registerRoutes(Router &router)
{
    const QString route = QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}/lease");
    router.add("POST", route, [this](const ApiCall &call) { acquire(call); });
    router.add("GET", route, [this](const ApiCall &call) { get(call); });
    router.add("DELETE", route, [this](const ApiCall &call) { release(call); });
}

void LeaseHandlers::replyEnvelopeError(const ApiCall &call, int status, const QString &message)
{
    call.replyJson(status,
        QJsonObject {{QLatin1String("status"), QStringLiteral("error")},
            {QLatin1String("message"), message},
            {QLatin1String("code"), QStringLiteral("invalid")}});
}

void LeaseHandlers::acquire(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    // The spec puts ttl in the body; flyctl sends it as a query parameter. Both work.
    int ttl = body->value(QLatin1String("ttl")).toInt(0);
    if (ttl == 0 && call.hasQuery(QStringLiteral("ttl")))
        ttl = call.query(QStringLiteral("ttl")).toInt();
    if (ttl == 0)
        ttl = kDefaultTtlSecs;
    if (ttl < 1 || ttl > kMaxTtlSecs) {
        replyEnvelopeError(
            call, 400, QStringLiteral("ttl must be between 1 and %1 seconds").arg(kMaxTtlSecs));
        return;
    }
    if (machine->isDestroyed()) {
        replyEnvelopeError(call, 412, QStringLiteral("machine %1 is destroyed").arg(machine->id));
        return;
    }
    SimWorld &world = m_context.world;
    const QString nonce = QString::fromUtf8(call.request().header("fly-machine-lease-nonce"));
    const qint64 expiresAt = world.clock().nowSecs() + ttl;
    if (machine->lease) {
        if (nonce != machine->lease->nonce) {
            replyEnvelopeError(call, 409,
                QStringLiteral("machine ID %1 lease currently held by %2, expires at %3")
                    .arg(machine->id, machine->lease->owner,
                        rfc3339Seconds(machine->lease->expiresAtSecs * 1000)));
            return;
        }
        machine->lease->expiresAtSecs = expiresAt; // a refresh keeps the nonce
    } else {
        machine->lease = SimLease {world.ids().leaseNonce(), expiresAt, world.userEmail(),
            body->value(QLatin1String("description")).toString(), machine->version};
    }
    world.notifyChanged();
    call.replyJson(201, success(leaseJson(*machine->lease)));
}

void LeaseHandlers::get(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    if (!machine->lease) {
        replyEnvelopeError(call, 404, QStringLiteral("machine %1 has no lease").arg(machine->id));
        return;
    }
    call.replyJson(200, success(leaseJson(*machine->lease)));
}

void LeaseHandlers::release(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    const QString nonce = QString::fromUtf8(call.request().header("fly-machine-lease-nonce"));
    if (!machine->lease) {
        replyEnvelopeError(call, 404, QStringLiteral("machine %1 has no lease").arg(machine->id));
        return;
    }
    if (nonce.isEmpty()) {
        replyEnvelopeError(call, 400,
            QStringLiteral("releasing a lease needs its nonce in the "
                           "fly-machine-lease-nonce header"));
        return;
    }
    if (nonce != machine->lease->nonce) {
        replyEnvelopeError(call, 409,
            QStringLiteral("the nonce does not match the lease on machine "
                           "%1")
                .arg(machine->id));
        return;
    }
    machine->lease.reset();
    m_context.world.notifyChanged();
    call.replyJson(200, success(QJsonObject {{QLatin1String("ok"), true}}));
}

} // namespace hangar::sim
