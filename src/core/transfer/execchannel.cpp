#include "core/transfer/execchannel.h"

#include "api/apipaths.h"
#include "api/apitransport.h"
#include "api/jsonparsers.h"
#include "common/base64.h"
#include "common/jsontext.h"
#include "core/transfer/transferlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hangar::core {

namespace {

// Everything before the stdin member, which is last so that it can be written in place.
QByteArray headOf(const api::ExecRequest &exec)
{
    return QByteArrayLiteral("{\"command\":")
        + QJsonDocument(QJsonArray::fromStringList(exec.command)).toJson(QJsonDocument::Compact)
        + QByteArrayLiteral(",\"timeout\":") + QByteArray::number(exec.timeoutSecs);
}

} // namespace

QByteArray ExecChannel::encodeBody(const api::ExecRequest &exec)
{
    if (!isVerbatimJsonText(exec.stdinData.constData(), exec.stdinData.size())) {
        QJsonObject body {{QLatin1String("command"), QJsonArray::fromStringList(exec.command)},
            {QLatin1String("timeout"), exec.timeoutSecs}};
        if (!exec.stdinData.isNull())
            body.insert(QLatin1String("stdin"), QString::fromUtf8(exec.stdinData));
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QByteArray body = headOf(exec);
    // Sized once: the stdin part is megabytes, copied exactly once.
    body.reserve(body.size() + exec.stdinData.size() + 16);
    if (!exec.stdinData.isNull())
        body.append(",\"stdin\":\"").append(exec.stdinData).append('"');
    body.append('}');
    return body;
}

QByteArray ExecChannel::encodeBodyWithBase64(const api::ExecRequest &exec, const QByteArray &raw)
{
    QByteArray body = headOf(exec);
    body.reserve(body.size() + base64::encodedSize(raw.size()) + 16);
    body.append(",\"stdin\":\"");
    base64::appendEncoded(body, raw.constData(), raw.size());
    body.append("\"}");
    return body;
}

api::Call<api::ExecResult> ExecChannel::sendExec(const QByteArray &body)
{
    api::ApiRequest request = api::ApiRequest::post(
        api::paths::machine(m_app, m_machineId) + QStringLiteral("/exec"), body);
    request.retry = api::ApiRequest::Retry::BeforeSent; // never run twice by the transport
    request.rate = api::paths::perAction(QStringLiteral("exec"), m_machineId);
    request.description = QStringLiteral("exec machine %1").arg(m_machineId);
    request.timeoutMs = (m_timeoutSecs + 30) * 1000;
    return {m_client.transport()->send(request), api::parseObject<api::ExecResult>};
}

ExecChannel::ExecChannel(api::ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ExecChannel::send);
}

ExecChannel::~ExecChannel()
{
    cancel();
}

void ExecChannel::setMachine(const QString &app, const QString &machineId)
{
    m_app = app;
    m_machineId = machineId;
}

void ExecChannel::setRetryPolicy(int attempts, int delayMs, int timeoutSecs)
{
    m_attempts = qMax(1, attempts);
    m_delayMs = qMax(0, delayMs);
    m_timeoutSecs = qMax(1, timeoutSecs);
}

void ExecChannel::run(const api::ExecRequest &request, bool repeatable, Callback callback)
{
    api::ExecRequest timed = request;
    timed.timeoutSecs = m_timeoutSecs;
    runEncoded(encodeBody(timed), repeatable, std::move(callback));
}

void ExecChannel::runEncoded(const QByteArray &body, bool repeatable, Callback callback)
{
    Q_ASSERT(!m_callback);
    m_body = body;
    m_repeatable = repeatable;
    m_attempt = 0;
    m_callback = std::move(callback);
    send();
}

void ExecChannel::cancel()
{
    ++m_generation;
    m_retryTimer->stop();
    m_callback = nullptr;
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
}

void ExecChannel::send()
{
    ++m_attempt;
    const quint64 generation = ++m_generation;
    const api::Call<api::ExecResult> call = sendExec(m_body);
    m_job = call.job();
    call.then(this, [this, generation](const api::Result<api::ExecResult> &result) {
        if (generation == m_generation)
            onResult(result);
    });
}

void ExecChannel::onResult(const api::Result<api::ExecResult> &result)
{
    m_job = nullptr;
    ExecOutcome outcome;
    if (result.ok()) {
        outcome.kind = ExecOutcome::Kind::Ran;
        outcome.result = result.value();
        complete(outcome);
        return;
    }
    outcome.error = result.error();
    if (outcome.error.reason() == api::ApiError::Reason::PayloadTooLarge
        || outcome.error.httpStatus() == 413) {
        outcome.kind = ExecOutcome::Kind::TooLarge;
        complete(outcome);
        return;
    }
    if (!outcome.error.isTransient()) {
        outcome.kind = ExecOutcome::Kind::Failed;
        complete(outcome);
        return;
    }
    qCDebug(lcTransfer) << "exec on" << m_machineId << "attempt" << m_attempt
                        << "failed:" << outcome.error.message();
    if (m_repeatable && m_attempt < m_attempts) {
        m_retryTimer->start(m_delayMs * m_attempt);
        return;
    }
    outcome.kind = ExecOutcome::Kind::Unknown;
    complete(outcome);
}

void ExecChannel::complete(const ExecOutcome &outcome)
{
    Callback callback = std::move(m_callback);
    m_callback = nullptr;
    if (callback)
        callback(outcome);
}

} // namespace hangar::core
