#include "sim/api/waithandler.h"

#include "sim/api/handlersupport.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/api/waitregistry.h"
#include "sim/world/configrules.h"
#include "sim/world/simworld.h"

namespace hangar::sim {

namespace {
constexpr qint64 kDefaultTimeoutMs = 60000;
constexpr qint64 kMaxTimeoutMs = 60000; // the proxy cuts longer requests
} // namespace

void WaitHandler::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}/wait"),
        [this](const ApiCall &call) { wait(call); });
}

void WaitHandler::wait(const ApiCall &call)
{
    SimMachine *machine = requireMachine(m_context, call);
    if (!machine)
        return;
    static const QStringList waitable {QStringLiteral("started"), QStringLiteral("stopped"),
        QStringLiteral("suspended"), QStringLiteral("destroyed"), QStringLiteral("failed"),
        QStringLiteral("settled"), QStringLiteral("created")};
    WaitRegistry::Wanted wanted;
    for (const QString &value : call.request().queryValues(QStringLiteral("state")))
        wanted.states.append(value.split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (wanted.states.isEmpty())
        wanted.states.append(QStringLiteral("started"));
    for (const QString &state : std::as_const(wanted.states)) {
        if (!waitable.contains(state)) {
            call.replyError(400,
                QStringLiteral("invalid state \"%1\" to wait for: use %2")
                    .arg(state, waitable.join(QStringLiteral(", "))));
            return;
        }
    }
    qint64 timeoutMs = kDefaultTimeoutMs;
    const QString timeout = call.query(QStringLiteral("timeout"));
    if (!timeout.isEmpty()) {
        const auto parsed = parseTimeoutParamMs(timeout);
        if (!parsed) {
            call.replyError(400,
                QStringLiteral("invalid timeout \"%1\": use seconds (1 to 60) or a "
                               "duration such as \"30s\"")
                    .arg(timeout));
            return;
        }
        timeoutMs = qBound<qint64>(1000, *parsed, kMaxTimeoutMs);
    }
    wanted.version = call.query(QStringLiteral("version"));
    if (wanted.version.isEmpty())
        wanted.version = call.query(QStringLiteral("instance_id"));
    wanted.fromEventId = call.query(QStringLiteral("from_event_id"));
    m_context.waits.wait(call, *machine, wanted, timeoutMs);
}

} // namespace hangar::sim
