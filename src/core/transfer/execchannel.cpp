#include "core/transfer/execchannel.h"

#include "core/transfer/transferlog.h"

#include <QTimer>

namespace hangar::core {

api::Call<api::ExecResult> ExecChannel::sendExec(const QByteArray &body)
{
    return m_client.execEncoded(m_app, m_machineId, body, m_timeoutSecs);
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
    runEncoded(api::ApiClient::encodeExecBody(timed), repeatable, std::move(callback));
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
