#include "sim/api/handlersupport.h"

#include "sim/api/apicall.h"
#include "sim/api/simcontext.h"
#include "sim/api/timeformat.h"
#include "sim/world/simworld.h"

namespace hangar::sim {

SimApp *requireApp(SimContext &context, const ApiCall &call)
{
    const QString name = call.param(QStringLiteral("app_name"));
    SimApp *app = context.world.findApp(name);
    if (!app)
        call.replyError(404, QStringLiteral("app %1 not found").arg(name));
    return app;
}

SimMachine *requireMachine(SimContext &context, const ApiCall &call)
{
    if (!requireApp(context, call))
        return nullptr;
    const QString id = call.param(QStringLiteral("machine_id"));
    SimMachine *machine = context.world.findMachine(call.param(QStringLiteral("app_name")), id);
    if (!machine) {
        call.replyError(404, QStringLiteral("machine %1 not found").arg(id));
        return nullptr;
    }
    expireLease(context.world, *machine);
    return machine;
}

SimVolume *requireVolume(SimContext &context, const ApiCall &call)
{
    if (!requireApp(context, call))
        return nullptr;
    const QString id = call.param(QStringLiteral("volume_id"));
    SimVolume *volume = context.world.findVolume(call.param(QStringLiteral("app_name")), id);
    if (!volume || volume->state == QLatin1String("destroyed")) {
        call.replyError(404, QStringLiteral("volume %1 not found").arg(id));
        return nullptr;
    }
    return volume;
}

void expireLease(SimWorld &world, SimMachine &machine)
{
    if (machine.lease && machine.lease->expiresAtSecs <= world.clock().nowSecs())
        machine.lease.reset();
}

bool leaseAllows(SimContext &context, const ApiCall &call, SimMachine &machine)
{
    expireLease(context.world, machine);
    if (!machine.lease)
        return true;
    const QByteArray nonce = call.request().header("fly-machine-lease-nonce");
    if (QString::fromUtf8(nonce) == machine.lease->nonce)
        return true;
    const QString expires = rfc3339Seconds(machine.lease->expiresAtSecs * 1000);
    call.replyError(409,
        nonce.isEmpty() ? QStringLiteral("machine %1 is leased by %2 until %3; send its nonce "
                                         "in the fly-machine-lease-nonce header")
                              .arg(machine.id, machine.lease->owner, expires)
                        : QStringLiteral("the lease nonce does not match the lease on machine "
                                         "%1, held by %2 until %3")
                              .arg(machine.id, machine.lease->owner, expires));
    return false;
}

bool replyIfRefused(const ApiCall &call, int status, const QString &message)
{
    if (status == 0)
        return false;
    call.replyError(status, message);
    return true;
}

std::optional<PageRequest> requirePageRequest(const ApiCall &call, int maxLimit)
{
    QString error;
    const auto page = parsePageRequest(call.query(QStringLiteral("limit")),
        call.query(QStringLiteral("cursor")), maxLimit, &error);
    if (!page)
        call.replyError(400, error);
    return page;
}

void replyListPage(const ApiCall &call, const QJsonArray &items, const QString &nextCursor)
{
    HttpResponse response = HttpResponse::json(200, items);
    if (!nextCursor.isEmpty())
        response.setHeader("fly-next-cursor", nextCursor.toLatin1());
    call.reply(response);
}

} // namespace hangar::sim
