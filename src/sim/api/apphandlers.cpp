#include "sim/api/apphandlers.h"

#include "sim/api/handlersupport.h"
#include "sim/api/pagination.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/api/simjson.h"
#include "sim/world/machinelifecycle.h"
#include "sim/world/simworld.h"

#include <QRegularExpression>

namespace hangar::sim {

namespace {
constexpr int kMaxAppsPerPage = 5000;
}

void AppHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/apps"), [this](const ApiCall &call) { list(call); });
    router.add("POST", QStringLiteral("/v1/apps"), [this](const ApiCall &call) { create(call); });
    router.add(
        "GET", QStringLiteral("/v1/apps/{app_name}"), [this](const ApiCall &call) { get(call); });
    router.add("DELETE", QStringLiteral("/v1/apps/{app_name}"),
        [this](const ApiCall &call) { remove(call); });
}

void AppHandlers::list(const ApiCall &call)
{
    const QString orgSlug = call.query(QStringLiteral("org_slug"));
    if (orgSlug.isEmpty()) {
        call.replyError(400,
            QStringLiteral("org_slug is required (use \"personal\" for your "
                           "personal organization)"));
        return;
    }
    if (!m_context.world.findOrg(orgSlug)) {
        call.replyError(404, QStringLiteral("organization %1 not found").arg(orgSlug));
        return;
    }
    const auto page = requirePageRequest(call, kMaxAppsPerPage);
    if (!page)
        return;
    QList<SimApp *> apps;
    for (SimApp *app : m_context.world.apps()) {
        if (app->orgSlug == orgSlug)
            apps.append(app);
    }
    QString nextCursor;
    const QList<SimApp *> pageApps = takePage(
        apps, *page, [](const SimApp *app) { return app->name; }, &nextCursor);
    QJsonArray items;
    for (const SimApp *app : pageApps)
        items.append(appJson(m_context.world, *app));
    QJsonObject body {{QLatin1String("total_apps"), apps.size()}, {QLatin1String("apps"), items}};
    if (!nextCursor.isEmpty())
        body.insert(QLatin1String("next_cursor"), nextCursor);
    call.replyJson(200, body);
}

void AppHandlers::create(const ApiCall &call)
{
    const auto body = call.jsonBody();
    if (!body)
        return;
    // The docs' example says app_name; the spec and flyctl say name. Both work.
    QString name = body->value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = body->value(QLatin1String("app_name")).toString();
    const QString orgSlug = body->value(QLatin1String("org_slug")).toString();
    if (name.isEmpty() || orgSlug.isEmpty()) {
        call.replyError(400, QStringLiteral("an app needs a name and an org_slug"));
        return;
    }
    const SimOrg *org = m_context.world.findOrg(orgSlug);
    if (!org) {
        call.replyError(404, QStringLiteral("organization %1 not found").arg(orgSlug));
        return;
    }
    const QString idempotencyKey = body->value(QLatin1String("idempotency_key")).toString();
    if (!idempotencyKey.isEmpty() && m_idempotencyKeys.contains(idempotencyKey)) {
        if (const SimApp *earlier =
                m_context.world.findApp(m_idempotencyKeys.value(idempotencyKey))) {
            call.replyJson(201,
                QJsonObject {{QLatin1String("id"), earlier->id},
                    {QLatin1String("created_at"), earlier->createdAtMs}});
            return;
        }
    }
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    if (!validName.match(name).hasMatch() || name.endsWith(QLatin1Char('-'))) {
        call.replyError(422,
            QStringLiteral("Validation failed: Name may contain only lowercase "
                           "letters, numbers and dashes (2 to 63 characters)"));
        return;
    }
    if (m_context.world.findApp(name)) {
        call.replyError(422, QStringLiteral("Validation failed: Name has already been taken"),
            QStringLiteral("name_taken"));
        return;
    }
    SimApp app;
    app.name = name;
    app.orgSlug = org->slug;
    app.id = m_context.world.ids().appId();
    app.createdAtMs = m_context.world.nowMs();
    app.internalNumericId = m_context.world.ids().bounded(100000, 9999999);
    app.networkId = m_context.world.ids().bounded(0x100, 0xfff);
    const QString network = body->value(QLatin1String("network")).toString();
    if (!network.isEmpty())
        app.network = network;
    m_context.world.addApp(app);
    if (!idempotencyKey.isEmpty())
        m_idempotencyKeys.insert(idempotencyKey, name);
    call.replyJson(201,
        QJsonObject {
            {QLatin1String("id"), app.id}, {QLatin1String("created_at"), app.createdAtMs}});
}

void AppHandlers::get(const ApiCall &call)
{
    if (SimApp *app = requireApp(m_context, call))
        call.replyJson(200, appJson(m_context.world, *app));
}

void AppHandlers::remove(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const QList<SimMachine *> machines = m_context.world.machinesOfApp(app->name, false);
    int running = 0;
    for (const SimMachine *machine : machines)
        running += machine->state == QLatin1String("started") ? 1 : 0;
    if (running > 0 && !call.queryFlag(QStringLiteral("force"))) {
        call.replyError(412,
            QStringLiteral("app %1 has %2 running machine(s); stop them first or "
                           "pass force=true")
                .arg(app->name)
                .arg(running));
        return;
    }
    m_context.world.removeApp(app->name);
    call.replyEmpty(202);
}

} // namespace hangar::sim
