#include "sim/api/metadatahandlers.h"

#include "sim/api/handlersupport.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/world/simworld.h"

namespace hangar::sim {

namespace {

QJsonObject metadataOf(const SimMachine &machine)
{
    return machine.config.value(QLatin1String("metadata")).toObject();
}

} // namespace

void MetadataHandlers::registerRoutes(Router &router)
{
    const QString all = QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}/metadata");
    const QString one = all + QStringLiteral("/{key}");
    router.add("GET", all, [this](const ApiCall &call) { getAll(call); });
    router.add("PATCH", all, [this](const ApiCall &call) { merge(call); });
    router.add("PUT", all, [this](const ApiCall &call) { merge(call); }); // deprecated alias
    router.add("GET", one, [this](const ApiCall &call) { getKey(call); });
    router.add("POST", one, [this](const ApiCall &call) { setKey(call); });
    router.add("DELETE", one, [this](const ApiCall &call) { removeKey(call); });
}

void MetadataHandlers::store(SimMachine &machine, const QJsonObject &metadata)
{
    machine.config.insert(QLatin1String("metadata"), metadata);
    if (!machine.versions.isEmpty())
        machine.versions.first().config = machine.config;
    m_context.world.touchMachine(machine);
}

void MetadataHandlers::getAll(const ApiCall &call)
{
    if (SimMachine *machine = requireMachine(m_context, call))
        call.replyJson(200, metadataOf(*machine));
}

void MetadataHandlers::merge(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    if (!body->value(QLatin1String("metadata")).isObject()) {
        call.replyError(400,
            QStringLiteral("metadata must be an object of key: value (null or "
                           "\"\" removes a key)"));
        return;
    }
    const QString expectedVersion = body->value(QLatin1String("machine_version")).toString();
    if (!expectedVersion.isEmpty() && expectedVersion != machine->version) {
        call.replyError(412,
            QStringLiteral("machine %1 is at version %2, not %3; reload its "
                           "metadata and try again")
                .arg(machine->id, machine->version, expectedVersion));
        return;
    }
    QJsonObject metadata = metadataOf(*machine);
    const QJsonObject changes = body->value(QLatin1String("metadata")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!it.value().isNull() && !it.value().isString()) {
            call.replyError(
                400, QStringLiteral("metadata value of %1 must be a string").arg(it.key()));
            return;
        }
    }
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull() || it.value().toString().isEmpty())
            metadata.remove(it.key());
        else
            metadata.insert(it.key(), it.value());
    }
    store(*machine, metadata);
    call.replyEmpty(204);
}

void MetadataHandlers::getKey(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    const QString key = call.param(QStringLiteral("key"));
    const QJsonObject metadata = metadataOf(*machine);
    if (!metadata.contains(key)) {
        call.replyError(
            404, QStringLiteral("machine %1 has no metadata key %2").arg(machine->id, key));
        return;
    }
    call.replyJson(200, QJsonObject {{QLatin1String("value"), metadata.value(key)}});
}

void MetadataHandlers::setKey(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    if (!body->value(QLatin1String("value")).isString()) {
        call.replyError(400, QStringLiteral("value must be a string"));
        return;
    }
    QJsonObject metadata = metadataOf(*machine);
    metadata.insert(call.param(QStringLiteral("key")), body->value(QLatin1String("value")));
    store(*machine, metadata);
    call.replyEmpty(204);
}

void MetadataHandlers::removeKey(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    QJsonObject metadata = metadataOf(*machine);
    metadata.remove(call.param(QStringLiteral("key")));
    store(*machine, metadata);
    call.replyEmpty(204);
}

} // namespace hangar::sim
