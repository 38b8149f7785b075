#include "sim/api/platformhandlers.h"

#include "sim/api/handlersupport.h"
#include "sim/api/pagination.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/api/timeformat.h"
#include "sim/world/configrules.h"
#include "sim/world/simworld.h"

#include <QDateTime>
#include <QJsonArray>

namespace hangar::sim {

namespace {

constexpr int kMaxOrgMachinesPerPage = 1000;

// How many performance-1x machines (8 GB-equivalents) a region has room for, before sizing.
int baseCapacity(const SimRegion &region)
{
    if (region.deprecated)
        return 40;
    return 400 + int(qHash(region.code) % 1600);
}

} // namespace

void PlatformHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/platform/regions"),
        [this](const ApiCall &call) { regions(call); });
    router.add("GET", QStringLiteral("/v1/tokens/current"),
        [this](const ApiCall &call) { currentToken(call); });
    router.add("GET", QStringLiteral("/v1/orgs/{org_slug}/machines"),
        [this](const ApiCall &call) { orgMachines(call); });
}

void PlatformHandlers::regions(const ApiCall &call)
{
    // `capacity` counts machines of the requested size (default performance-1x: 1 CPU, 2 GB).
    int memoryMb = 2048;
    const QString size = call.query(QStringLiteral("size"));
    if (!size.isEmpty()) {
        const auto preset = presetSize(size);
        if (!preset) {
            call.replyError(400, QStringLiteral("unknown size preset \"%1\"").arg(size));
            return;
        }
        memoryMb = preset->memoryMb;
    } else if (call.hasQuery(QStringLiteral("memory_mb"))) {
        memoryMb = qMax(256, call.query(QStringLiteral("memory_mb")).toInt());
    }
    QJsonArray rows;
    for (const SimRegion &region : m_context.world.regions().all()) {
        rows.append(QJsonObject {{QLatin1String("code"), region.code},
            {QLatin1String("name"), region.name}, {QLatin1String("latitude"), region.latitude},
            {QLatin1String("longitude"), region.longitude},
            {QLatin1String("gateway_available"), region.gatewayAvailable},
            {QLatin1String("requires_paid_plan"), region.requiresPaidPlan},
            {QLatin1String("deprecated"), region.deprecated},
            {QLatin1String("geo_region"), region.geoRegion},
            {QLatin1String("mpg_available"), region.mpgAvailable},
            {QLatin1String("capacity"), baseCapacity(region) * 2048 / memoryMb}});
    }
    // The live API capitalises these two keys, unlike the OpenAPI document.
    call.replyJson(200,
        QJsonObject {{QLatin1String("Regions"), rows},
            {QLatin1String("Nearest"), m_context.world.nearestRegion()}});
}

void PlatformHandlers::currentToken(const ApiCall &call)
{
    QJsonArray tokens;
    for (const SimOrg &org : m_context.world.orgs()) {
        QJsonArray apps;
        for (const SimApp *app : m_context.world.apps()) {
            if (app->orgSlug == org.slug)
                apps.append(app->name);
        }
        tokens.append(QJsonObject {
            {QLatin1String("token_id"), QString(QStringLiteral("tok_sim_") + org.slug)},
            {QLatin1String("org_slug"), org.slug}, {QLatin1String("organization"), org.name},
            {QLatin1String("apps"), apps}, {QLatin1String("user"), m_context.world.userEmail()}});
    }
    call.replyJson(200, QJsonObject {{QLatin1String("tokens"), tokens}});
}

void PlatformHandlers::orgMachines(const ApiCall &call)
{
    const QString orgSlug = call.param(QStringLiteral("org_slug"));
    SimWorld &world = m_context.world;
    if (!world.findOrg(orgSlug)) {
        call.replyError(404, QStringLiteral("organization %1 not found").arg(orgSlug));
        return;
    }
    const auto page = requirePageRequest(call, kMaxOrgMachinesPerPage);
    if (!page)
        return;
    qint64 updatedAfter = 0;
    if (call.hasQuery(QStringLiteral("updated_after"))) {
        const QDateTime after =
            QDateTime::fromString(call.query(QStringLiteral("updated_after")), Qt::ISODateWithMs);
        if (!after.isValid()) {
            call.replyError(400, QStringLiteral("updated_after must be an RFC 3339 time"));
            return;
        }
        updatedAfter = after.toMSecsSinceEpoch();
    }
    const bool includeDeleted = call.queryFlag(QStringLiteral("include_deleted"));
    const QString region = call.query(QStringLiteral("region"));
    QList<SimMachine *> matching;
    for (SimMachine *machine : world.allMachines()) {
        const SimApp *app = world.findApp(machine->appName);
        if (!app || app->orgSlug != orgSlug || (machine->isDestroyed() && !includeDeleted))
            continue;
        if ((!region.isEmpty() && machine->region != region)
            || machine->updatedAtMs <= updatedAfter)
            continue;
        matching.append(machine);
    }
    QString nextCursor;
    const QList<SimMachine *> pageMachines = takePage(
        matching, *page, [](const SimMachine *m) { return m->id; }, &nextCursor);
    QJsonArray items;
    qint64 lastUpdated = 0;
    for (const SimMachine *machine : pageMachines) {
        lastUpdated = qMax(lastUpdated, machine->updatedAtMs);
        const QJsonObject &config = machine->config;
        items.append(QJsonObject {{QLatin1String("id"), machine->id},
            {QLatin1String("name"), machine->name}, {QLatin1String("app_name"), machine->appName},
            {QLatin1String("state"), machine->state}, {QLatin1String("region"), machine->region},
            {QLatin1String("private_ip"), machine->privateIp},
            {QLatin1String("version"), machine->version},
            {QLatin1String("created_at"), rfc3339Seconds(machine->createdAtMs)},
            {QLatin1String("updated_at"), rfc3339Seconds(machine->updatedAtMs)},
            {QLatin1String("config"),
                QJsonObject {{QLatin1String("image"), config.value(QLatin1String("image"))},
                    {QLatin1String("guest"), config.value(QLatin1String("guest"))},
                    {QLatin1String("metadata"),
                        config.value(QLatin1String("metadata")).toObject()}}}});
    }
    QJsonObject body {
        {QLatin1String("machines"), items}, {QLatin1String("error_regions"), QJsonArray()}};
    if (!pageMachines.isEmpty()) {
        body.insert(QLatin1String("last_machine_id"), pageMachines.last()->id);
        body.insert(QLatin1String("last_updated_at"), rfc3339Seconds(lastUpdated));
    }
    if (!nextCursor.isEmpty())
        body.insert(QLatin1String("next_cursor"), nextCursor);
    call.replyJson(200, body);
}

} // namespace hangar::sim
