#include "api/apiclient.h"
#include "api/apiclient_p.h"
#include "api/apipaths.h"
#include "api/apitransport.h"
#include "api/jsonparsers.h"
#include "api/values/durations.h"

namespace hangar::api {

namespace {

ApiRequest withNonce(ApiRequest request, const QString &nonce)
{
    if (!nonce.isEmpty())
        request.headers.append({paths::nonceHeader(), nonce.toUtf8()});
    return request;
}

// A verb on one machine: POST .../<verb>, limited per machine and action, sent once.
ApiRequest machineAction(const QString &app, const QString &machineId, const QString &verb,
    const QByteArray &body = "{}")
{
    ApiRequest request =
        ApiRequest::post(paths::machine(app, machineId) + QLatin1Char('/') + verb, body);
    request.retry = ApiRequest::Retry::BeforeSent;
    request.rate = paths::perAction(verb, machineId);
    request.description = QStringLiteral("%1 machine %2").arg(verb, machineId);
    return request;
}

} // namespace

Call<QList<Machine>> ApiClient::listMachines(const QString &app, const ListMachinesOptions &options)
{
    QUrlQuery query;
    if (!options.region.isEmpty())
        query.addQueryItem(QStringLiteral("region"), options.region);
    if (!options.states.isEmpty())
        query.addQueryItem(QStringLiteral("state"), options.states.join(QLatin1Char(',')));
    for (auto it = options.metadata.begin(); it != options.metadata.end(); ++it)
        query.addQueryItem(QStringLiteral("metadata.") + it.key(), it.value());
    if (options.includeDeleted)
        query.addQueryItem(QStringLiteral("include_deleted"), QStringLiteral("true"));
    if (options.summary)
        query.addQueryItem(QStringLiteral("summary"), QStringLiteral("true"));
    if (options.includeLeases)
        query.addQueryItem(QStringLiteral("include_leases"), QStringLiteral("true"));
    ApiRequest request = ApiRequest::get(paths::machines(app), query);
    request.paging = ApiRequest::Paging::HeaderCursor;
    request.pageSize = options.pageSize;
    request.rate = paths::perAction(QStringLiteral("list-machines"), app);
    return {send(request), parseArray<Machine>};
}

Call<Machine> ApiClient::createMachine(const QString &app, const CreateMachineRequest &body)
{
    // Never repeated after it may have landed: a second create would make a second machine.
    ApiRequest request = ApiRequest::post(paths::machines(app), toJson(body.toJson())).notRetried();
    request.rate = paths::perAction(QStringLiteral("create-machine"), app);
    request.timeoutMs = 60000;
    return {send(request), parseObject<Machine>};
}

Call<Machine> ApiClient::getMachine(const QString &app, const QString &machineId, bool includeLease)
{
    QUrlQuery query;
    if (includeLease)
        query.addQueryItem(QStringLiteral("include_leases"), QStringLiteral("true"));
    ApiRequest request = ApiRequest::get(paths::machine(app, machineId), query);
    request.rate = paths::getMachine(machineId);
    return {send(request), parseObject<Machine>};
}

Call<Machine> ApiClient::getMachineVersion(
    const QString &app, const QString &machineId, const QString &version)
{
    ApiRequest request = ApiRequest::get(
        paths::machine(app, machineId), QUrlQuery {{QStringLiteral("version"), version}});
    request.rate = paths::getMachine(machineId);
    return {send(request), parseObject<Machine>};
}

Call<Machine> ApiClient::updateMachine(const QString &app, const QString &machineId,
    const UpdateMachineRequest &body, const QString &nonce)
{
    ApiRequest request =
        withNonce(ApiRequest::post(paths::machine(app, machineId), toJson(body.toJson())), nonce);
    request.retry = ApiRequest::Retry::BeforeSent;
    request.rate = paths::perAction(QStringLiteral("update"), machineId);
    request.timeoutMs = 60000;
    return {send(request), parseObject<Machine>};
}

Call<Done> ApiClient::destroyMachine(
    const QString &app, const QString &machineId, bool force, const QString &nonce)
{
    QUrlQuery query;
    if (force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    ApiRequest request = withNonce(ApiRequest::del(paths::machine(app, machineId), query), nonce);
    request.retry = ApiRequest::Retry::BeforeSent;
    request.rate = paths::perAction(QStringLiteral("destroy"), machineId);
    return {send(request), parseNothing};
}

Call<QList<MachineVersion>> ApiClient::machineVersions(const QString &app, const QString &machineId)
{
    ApiRequest request =
        ApiRequest::get(paths::machine(app, machineId) + QStringLiteral("/versions"));
    request.rate = paths::perAction(QStringLiteral("versions"), machineId);
    return {send(request), parseArray<MachineVersion>};
}

Call<QString> ApiClient::startMachine(
    const QString &app, const QString &machineId, const QString &nonce)
{
    return {send(withNonce(machineAction(app, machineId, QStringLiteral("start")), nonce)),
        [](const QJsonValue &value, QString *) -> std::optional<QString> {
            return value.toObject().value(QLatin1String("previous_state")).toString();
        }};
}

Call<Done> ApiClient::stopMachine(
    const QString &app, const QString &machineId, const StopOptions &options, const QString &nonce)
{
    QJsonObject body;
    if (!options.signal.isEmpty())
        body.insert(QLatin1String("signal"), options.signal);
    if (options.timeoutMs > 0)
        body.insert(QLatin1String("timeout"), formatGoDuration(options.timeoutMs));
    return {
        send(withNonce(machineAction(app, machineId, QStringLiteral("stop"), toJson(body)), nonce)),
        parseNothing};
}

Call<Done> ApiClient::restartMachine(
    const QString &app, const QString &machineId, const StopOptions &options, const QString &nonce)
{
    ApiRequest request = machineAction(app, machineId, QStringLiteral("restart"));
    if (!options.signal.isEmpty())
        request.query.addQueryItem(QStringLiteral("signal"), options.signal);
    if (options.timeoutMs > 0)
        request.query.addQueryItem(QStringLiteral("timeout"), formatGoDuration(options.timeoutMs));
    return {send(withNonce(request, nonce)), parseNothing};
}

Call<Done> ApiClient::suspendMachine(
    const QString &app, const QString &machineId, const QString &nonce)
{
    return {send(withNonce(machineAction(app, machineId, QStringLiteral("suspend")), nonce)),
        parseNothing};
}

Call<Done> ApiClient::signalMachine(
    const QString &app, const QString &machineId, const QString &signal, const QString &nonce)
{
    return {send(withNonce(machineAction(app, machineId, QStringLiteral("signal"),
                               toJson({{QLatin1String("signal"), signal}})),
                nonce)),
        parseNothing};
}

Call<Done> ApiClient::cordonMachine(
    const QString &app, const QString &machineId, bool cordoned, const QString &nonce)
{
    ApiRequest request = machineAction(
        app, machineId, cordoned ? QStringLiteral("cordon") : QStringLiteral("uncordon"));
    request.retry = ApiRequest::Retry::Safe; // setting a flag twice changes nothing
    return {send(withNonce(request, nonce)), parseNothing};
}

Call<WaitResult> ApiClient::waitForState(
    const QString &app, const QString &machineId, const WaitOptions &options)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("state"), options.states.join(QLatin1Char(',')));
    query.addQueryItem(
        QStringLiteral("timeout"), QString::number(qBound(1, options.timeoutSecs, 60)));
    if (!options.version.isEmpty())
        query.addQueryItem(QStringLiteral("version"), options.version);
    if (!options.fromEventId.isEmpty())
        query.addQueryItem(QStringLiteral("from_event_id"), options.fromEventId);
    ApiRequest request =
        ApiRequest::get(paths::machine(app, machineId) + QStringLiteral("/wait"), query);
    // 408 is wait's own "not yet": the caller decides whether to wait again.
    request.retryOnTimeoutStatus = false;
    request.timeoutMs = (qBound(1, options.timeoutSecs, 60) + 15) * 1000;
    request.rate = paths::perAction(QStringLiteral("wait"), machineId);
    return {send(request), parseObject<WaitResult>};
}

Call<QList<MachineEvent>> ApiClient::machineEvents(
    const QString &app, const QString &machineId, int limit)
{
    ApiRequest request = ApiRequest::get(paths::machine(app, machineId) + QStringLiteral("/events"),
        QUrlQuery {{QStringLiteral("limit"), QString::number(limit)}});
    request.rate = paths::perAction(QStringLiteral("events"), machineId);
    return {send(request), parseArray<MachineEvent>};
}

Call<QList<ProcessStat>> ApiClient::machineProcesses(const QString &app, const QString &machineId)
{
    ApiRequest request = ApiRequest::get(paths::machine(app, machineId) + QStringLiteral("/ps"));
    request.rate = paths::perAction(QStringLiteral("ps"), machineId);
    return {send(request), parseArray<ProcessStat>};
}

Call<ExecResult> ApiClient::exec(
    const QString &app, const QString &machineId, const ExecRequest &exec)
{
    return execEncoded(app, machineId, encodeExecBody(exec), exec.timeoutSecs);
}

Call<ExecResult> ApiClient::execEncoded(
    const QString &app, const QString &machineId, const QByteArray &body, int timeoutSecs)
{
    // Not repeated once sent: running a command twice can do harm (an append, a move).
    ApiRequest request = machineAction(app, machineId, QStringLiteral("exec"), body);
    request.timeoutMs = (timeoutSecs + 30) * 1000;
    return {send(request), parseObject<ExecResult>};
}

Call<Lease> ApiClient::acquireLease(const QString &app, const QString &machineId, int ttlSecs,
    const QString &description, const QString &existingNonce)
{
    QJsonObject body {{QLatin1String("ttl"), ttlSecs}};
    if (!description.isEmpty())
        body.insert(QLatin1String("description"), description);
    ApiRequest request = withNonce(
        machineAction(app, machineId, QStringLiteral("lease"), toJson(body)), existingNonce);
    return {send(request), [](const QJsonValue &value, QString *problem) -> std::optional<Lease> {
                if (!value.isObject()) {
                    *problem = QStringLiteral("expected a lease");
                    return std::nullopt;
                }
                return Lease::fromEnvelope(value.toObject());
            }};
}

Call<Lease> ApiClient::getLease(const QString &app, const QString &machineId)
{
    ApiRequest request = ApiRequest::get(paths::machine(app, machineId) + QStringLiteral("/lease"));
    request.rate = paths::perAction(QStringLiteral("get-lease"), machineId);
    return {send(request), [](const QJsonValue &value, QString *problem) -> std::optional<Lease> {
                if (!value.isObject()) {
                    *problem = QStringLiteral("expected a lease");
                    return std::nullopt;
                }
                return Lease::fromEnvelope(value.toObject());
            }};
}

Call<Done> ApiClient::releaseLease(
    const QString &app, const QString &machineId, const QString &nonce)
{
    ApiRequest request = withNonce(
        ApiRequest::del(paths::machine(app, machineId) + QStringLiteral("/lease")), nonce);
    request.rate = paths::perAction(QStringLiteral("release-lease"), machineId);
    return {send(request), parseNothing};
}

Call<QMap<QString, QString>> ApiClient::metadata(const QString &app, const QString &machineId)
{
    ApiRequest request =
        ApiRequest::get(paths::machine(app, machineId) + QStringLiteral("/metadata"));
    request.rate = paths::perAction(QStringLiteral("metadata"), machineId);
    return {send(request),
        [](const QJsonValue &value, QString *problem) -> std::optional<QMap<QString, QString>> {
            if (!value.isObject() && !value.isNull()) {
                *problem = QStringLiteral("expected a metadata object");
                return std::nullopt;
            }
            QMap<QString, QString> map;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                map.insert(it.key(), it.value().toString());
            return map;
        }};
}

Call<QString> ApiClient::metadataValue(
    const QString &app, const QString &machineId, const QString &key)
{
    ApiRequest request = ApiRequest::get(
        paths::machine(app, machineId) + QStringLiteral("/metadata/") + paths::segment(key));
    request.rate = paths::perAction(QStringLiteral("metadata"), machineId);
    return {send(request), [](const QJsonValue &value, QString *) -> std::optional<QString> {
                return value.toObject().value(QLatin1String("value")).toString();
            }};
}

Call<Done> ApiClient::setMetadata(
    const QString &app, const QString &machineId, const QString &key, const QString &value)
{
    ApiRequest request = ApiRequest::post(
        paths::machine(app, machineId) + QStringLiteral("/metadata/") + paths::segment(key),
        toJson({{QLatin1String("value"), value}}));
    request.rate = paths::perAction(QStringLiteral("set-metadata"), machineId);
    return {send(request), parseNothing};
}

Call<Done> ApiClient::deleteMetadata(
    const QString &app, const QString &machineId, const QString &key)
{
    ApiRequest request = ApiRequest::del(
        paths::machine(app, machineId) + QStringLiteral("/metadata/") + paths::segment(key));
    request.rate = paths::perAction(QStringLiteral("delete-metadata"), machineId);
    return {send(request), parseNothing};
}

Call<Done> ApiClient::patchMetadata(const QString &app, const QString &machineId,
    const QMap<QString, std::optional<QString>> &changes, const QString &machineVersion)
{
    QJsonObject metadata;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        metadata.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue());
    QJsonObject body {{QLatin1String("metadata"), metadata}};
    if (!machineVersion.isEmpty())
        body.insert(QLatin1String("machine_version"), machineVersion);
    ApiRequest request = ApiRequest::patch(
        paths::machine(app, machineId) + QStringLiteral("/metadata"), toJson(body));
    request.rate = paths::perAction(QStringLiteral("set-metadata"), machineId);
    return {send(request), parseNothing};
}

} // namespace hangar::api
