#include "sim/api/machineactionhandlers.h"

#include "sim/api/handlersupport.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/api/simjson.h"
#include "sim/world/configrules.h"
#include "sim/world/machinelifecycle.h"
#include "sim/world/simworld.h"

namespace hangar::sim {

namespace {

constexpr int kDefaultEventLimit = 20;
constexpr int kMaxEventLimit = 50;

const QJsonObject kOk {{QLatin1String("ok"), true}};

QString imageCommand(const SimMachine &machine)
{
    const QJsonArray cmd = machine.config.value(QLatin1String("init"))
                               .toObject()
                               .value(QLatin1String("cmd"))
                               .toArray();
    if (!cmd.isEmpty()) {
        QStringList words;
        for (const QJsonValue &word : cmd)
            words.append(word.toString());
        return words.join(QLatin1Char(' '));
    }
    const QString image = machine.config.value(QLatin1String("image")).toString();
    if (image.contains(QLatin1String("nginx")))
        return QStringLiteral("nginx: master process nginx -g daemon off;");
    if (image.contains(QLatin1String("postgres")))
        return QStringLiteral("postgres -D /data/postgresql");
    if (image.contains(QLatin1String("redis")))
        return QStringLiteral("redis-server *:6379");
    return QStringLiteral("/app/server");
}

} // namespace

void MachineActionHandlers::registerRoutes(Router &router)
{
    const QString base = QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}");
    router.add("POST", base + QStringLiteral("/start"), [this](const ApiCall &c) { start(c); });
    router.add("POST", base + QStringLiteral("/stop"), [this](const ApiCall &c) { stop(c); });
    router.add("POST", base + QStringLiteral("/restart"), [this](const ApiCall &c) { restart(c); });
    router.add("POST", base + QStringLiteral("/suspend"), [this](const ApiCall &c) { suspend(c); });
    router.add("POST", base + QStringLiteral("/signal"), [this](const ApiCall &c) { signal(c); });
    router.add(
        "POST", base + QStringLiteral("/cordon"), [this](const ApiCall &c) { cordon(c, true); });
    router.add(
        "POST", base + QStringLiteral("/uncordon"), [this](const ApiCall &c) { cordon(c, false); });
    router.add("GET", base + QStringLiteral("/events"), [this](const ApiCall &c) { events(c); });
    router.add("GET", base + QStringLiteral("/ps"), [this](const ApiCall &c) { processes(c); });
}

void MachineActionHandlers::start(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine || !leaseAllows(m_context, call, *machine))
        return;
    QString previous;
    const ActionError error = m_context.machines.start(*machine, &previous);
    if (replyIfRefused(call, error.status, error.message))
        return;
    call.replyJson(200,
        QJsonObject {{QLatin1String("previous_state"), previous},
            {QLatin1String("migrated"), false}, {QLatin1String("new_host"), QString()}});
}

void MachineActionHandlers::stop(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    const auto body = call.jsonBody();
    if (!body || !leaseAllows(m_context, call, *machine))
        return;
    const QString signalName = body->value(QLatin1String("signal")).toString();
    if (!signalName.isEmpty() && !stopSignals().contains(signalName)) {
        call.replyError(400,
            QStringLiteral("invalid stop signal %1: use one of %2")
                .arg(signalName, stopSignals().join(QStringLiteral(", "))));
        return;
    }
    if (body->contains(QLatin1String("timeout"))
        && !parseDurationMs(body->value(QLatin1String("timeout")))) {
        call.replyError(
            400, QStringLiteral("invalid stop timeout: use a duration such as \"30s\""));
        return;
    }
    const ActionError error = m_context.machines.stop(*machine, signalName);
    if (!replyIfRefused(call, error.status, error.message))
        call.replyJson(200, kOk);
}

void MachineActionHandlers::restart(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine || !leaseAllows(m_context, call, *machine))
        return;
    const QString signalName = call.query(QStringLiteral("signal"));
    if (!signalName.isEmpty() && !stopSignals().contains(signalName)) {
        call.replyError(400,
            QStringLiteral("invalid restart signal %1: use one of %2")
                .arg(signalName, stopSignals().join(QStringLiteral(", "))));
        return;
    }
    const QString timeout = call.query(QStringLiteral("timeout"));
    if (!timeout.isEmpty() && !parseTimeoutParamMs(timeout)) {
        call.replyError(400,
            QStringLiteral("invalid timeout \"%1\": use seconds or a duration such "
                           "as \"30s\"")
                .arg(timeout));
        return;
    }
    const ActionError error = m_context.machines.restart(*machine, signalName);
    if (!replyIfRefused(call, error.status, error.message))
        call.replyJson(200, kOk);
}

void MachineActionHandlers::suspend(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine || !leaseAllows(m_context, call, *machine))
        return;
    const ActionError error = m_context.machines.suspend(*machine);
    if (!replyIfRefused(call, error.status, error.message))
        call.replyJson(200, kOk);
}

void MachineActionHandlers::signal(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    const auto body = call.jsonBody();
    if (!body || !leaseAllows(m_context, call, *machine))
        return;
    const QString signalName = body->value(QLatin1String("signal")).toString();
    if (!machineSignals().contains(signalName)) {
        call.replyError(400,
            QStringLiteral("invalid signal \"%1\": use one of %2")
                .arg(signalName, machineSignals().join(QStringLiteral(", "))));
        return;
    }
    const ActionError error = m_context.machines.signal(*machine, signalName);
    if (!replyIfRefused(call, error.status, error.message))
        call.replyJson(200, kOk);
}

void MachineActionHandlers::cordon(const ApiCall &call, bool cordoned)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine || !leaseAllows(m_context, call, *machine))
        return;
    if (machine->isDestroyed()) {
        call.replyError(412, QStringLiteral("machine %1 is destroyed").arg(machine->id));
        return;
    }
    machine->cordoned = cordoned;
    m_context.world.recordEvent(*machine,
        cordoned ? QStringLiteral("cordon") : QStringLiteral("uncordon"), machine->state,
        QStringLiteral("user"));
    m_context.world.touchMachine(*machine);
    call.replyJson(200, kOk);
}

void MachineActionHandlers::events(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    int limit = kDefaultEventLimit;
    if (call.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = call.query(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            call.replyError(400, QStringLiteral("limit must be a positive number"));
            return;
        }
        limit = qMin(limit, kMaxEventLimit);
    }
    QJsonArray items;
    for (qsizetype i = 0; i < machine->events.size() && i < limit; ++i)
        items.append(eventJson(machine->events.at(i)));
    call.replyJson(200, items);
}

void MachineActionHandlers::processes(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    if (machine->state != QLatin1String("started")) {
        call.replyError(412,
            QStringLiteral("machine %1 is %2; processes can be listed only while "
                           "it is started")
                .arg(machine->id, machine->state));
        return;
    }
    const qint64 uptimeMs = qMax<qint64>(0, m_context.world.nowMs() - machine->startedAtMs);
    QJsonArray sockets;
    const QJsonArray services = machine->config.value(QLatin1String("services")).toArray();
    for (const QJsonValue &service : services) {
        const QJsonObject object = service.toObject();
        sockets.append(QJsonObject {
            {QLatin1String("proto"), object.value(QLatin1String("protocol")).toString()},
            {QLatin1String("address"),
                QStringLiteral("0.0.0.0:%1")
                    .arg(object.value(QLatin1String("internal_port")).toInt())}});
    }
    auto process = [uptimeMs](int pid, const QString &command, int cpu, qint64 rss,
                       const QJsonArray &listen) {
        return QJsonObject {{QLatin1String("pid"), pid}, {QLatin1String("command"), command},
            {QLatin1String("directory"), QStringLiteral("/")}, {QLatin1String("cpu"), cpu},
            {QLatin1String("rss"), rss}, {QLatin1String("stime"), uptimeMs / 50},
            {QLatin1String("rtime"), uptimeMs}, {QLatin1String("listen_sockets"), listen}};
    };
    QJsonArray items;
    items.append(process(1, QStringLiteral("/.fly/init"), 0, 4 * 1024 * 1024, QJsonArray()));
    items.append(process(313, QStringLiteral("/.fly/hallpass"), 0, 9 * 1024 * 1024,
        QJsonArray {QJsonObject {{QLatin1String("proto"), QStringLiteral("tcp")},
            {QLatin1String("address"), QStringLiteral("[%1]:22").arg(machine->privateIp)}}}));
    items.append(process(314, imageCommand(*machine), 1, 24 * 1024 * 1024, sockets));
    call.replyJson(200, items);
}

} // namespace hangar::sim
