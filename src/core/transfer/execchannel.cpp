#include "core/transfer/execchannel.h"

#include "core/transfer/transferlog.h"

#include <QTimer>

#include <utility>

namespace hangar::core {

ExecChannel::ExecChannel(api::ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
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

void ExecChannel::run(
    const api::ExecRequest &request, bool repeatable, Callback callback, OnCancel onCancel)
{
    api::ExecRequest timed = request;
    timed.timeoutSecs = m_timeoutSecs;
    runEncoded(
        api::ApiClient::encodeExecBody(timed), repeatable, std::move(callback), {}, onCancel);
}

void ExecChannel::runEncoded(const QByteArray &body, bool repeatable, Callback callback,
    std::function<void()> sent, OnCancel onCancel)
{
    const quint64 id = m_nextId++;
    Command &command = m_commands[id];
    command.body = body;
    command.repeatable = repeatable;
    command.callback = std::move(callback);
    command.sent = std::move(sent);
    command.onCancel = onCancel;
    send(id);
}

void ExecChannel::cancel()
{
    // Answers and repeat timers of these ids find nothing from now on.
    for (const QPointer<api::ApiJob> &job : cancelKeepingRunning().requests) {
        if (job)
            job->cancel();
    }
}

StillRunning ExecChannel::cancelKeepingRunning()
{
    StillRunning running;
    running.lostCommandsEnd = m_lostCommandsEnd;
    running.lostCommandMayRunMs = lostCommandMayRunMs();
    std::map<quint64, Command> cancelled;
    cancelled.swap(m_commands);
    for (auto &[id, command] : cancelled) {
        Q_UNUSED(id)
        if (!command.job)
            continue; // waiting to be repeated: nothing on its way
        // The transport counts an attempt once the request has left (or is about to).
        const bool left = command.job->attempts() > 0;
        if (command.delivered || (left && command.onCancel == OnCancel::Wait))
            running.requests.append(command.job);
        else
            command.job->cancel();
    }
    return running;
}

void ExecChannel::send(quint64 id)
{
    const auto found = m_commands.find(id);
    if (found == m_commands.end())
        return;
    Command &command = found->second;
    ++command.attempt;
    command.delivered = false;
    const api::Call<api::ExecResult> call =
        m_client.execEncoded(m_app, m_machineId, command.body, m_timeoutSecs);
    command.job = call.job();
    if (command.job) {
        connect(command.job, &api::ApiJob::bodySent, this, [this, id] {
            const auto waiting = m_commands.find(id);
            if (waiting == m_commands.end())
                return;
            waiting->second.delivered = true;
            if (waiting->second.sent)
                std::exchange(waiting->second.sent, nullptr)();
        });
    }
    call.then(this, [this, id](const api::Result<api::ExecResult> &result) {
        if (m_commands.count(id) != 0)
            onResult(id, result);
    });
}

void ExecChannel::onResult(quint64 id, const api::Result<api::ExecResult> &result)
{
    Command &command = m_commands.at(id);
    const bool left = command.job && command.job->attempts() > 0;
    command.job = nullptr;
    ExecOutcome outcome;
    if (result.ok()) {
        outcome.kind = ExecOutcome::Kind::Ran;
        outcome.result = result.value();
        complete(id, outcome);
        return;
    }
    outcome.error = result.error();
    if (outcome.error.reason() == api::ApiError::Reason::PayloadTooLarge
        || outcome.error.httpStatus() == 413) {
        outcome.kind = ExecOutcome::Kind::TooLarge;
        complete(id, outcome);
        return;
    }
    if (!outcome.error.isTransient()) {
        outcome.kind = ExecOutcome::Kind::Failed;
        complete(id, outcome);
        return;
    }
    qCDebug(lcTransfer) << "exec on" << m_machineId << "attempt" << command.attempt
                        << "failed:" << outcome.error.message();
    if (left && isLostAnswer(outcome.error))
        noteLostAnswer();
    if (command.repeatable && command.attempt < m_attempts) {
        QTimer::singleShot(m_delayMs * command.attempt, this, [this, id] { send(id); });
        return;
    }
    outcome.kind = ExecOutcome::Kind::Unknown;
    complete(id, outcome);
}

int ExecChannel::lostCommandMayRunMs() const
{
    // The machine ends a command at its timeout; the margin covers its start and the clocks.
    constexpr int kMarginMs = 2000;
    return m_timeoutSecs * 1000 + kMarginMs;
}

void ExecChannel::noteLostAnswer()
{
    m_lostAnswers = true;
    const QDeadlineTimer end(lostCommandMayRunMs(), Qt::PreciseTimer);
    if (m_lostCommandsEnd < end)
        m_lostCommandsEnd = end;
}

void ExecChannel::complete(quint64 id, const ExecOutcome &outcome)
{
    const auto found = m_commands.find(id);
    Callback callback = std::move(found->second.callback);
    m_commands.erase(found);
    if (callback)
        callback(outcome);
}

} // namespace hangar::core
