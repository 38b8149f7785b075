#include "core/jobs/job.h"

#include <QLoggingCategory>

namespace hangar::core {

namespace {
Q_LOGGING_CATEGORY(lcJobs, "hangar.core.jobs", QtInfoMsg)
}

Job::Job(QString title, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
{
}

Job::~Job() = default;

bool Job::isFinished() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
}

double Job::progressFraction() const
{
    if (isProgressIndeterminate())
        return -1.0;
    return qBound(0.0, double(m_progressDone) / double(m_progressTotal), 1.0);
}

QString Job::errorMessage() const
{
    if (m_state != State::Failed)
        return {};
    return m_errorMessage.isEmpty() ? m_error.message() : m_errorMessage;
}

QString Job::errorDetails() const
{
    if (m_state != State::Failed)
        return {};
    return m_errorDetails.isEmpty() ? m_error.details() : m_errorDetails;
}

bool Job::canCancel() const
{
    return m_cancellable && !isFinished();
}

qint64 Job::durationMs() const
{
    if (m_state == State::Running)
        return m_clock.elapsed();
    return m_durationMs;
}

void Job::start()
{
    if (m_state != State::Queued)
        return;
    m_state = State::Running;
    m_startedAt = QDateTime::currentDateTime();
    m_clock.start();
    qCDebug(lcJobs) << "started:" << m_title;
    notify(Change::State);
    run();
}

void Job::cancel()
{
    if (!canCancel())
        return;
    if (m_state == State::Running)
        abort();
    // abort() may have let the work end on its own; the first outcome stands.
    if (!isFinished())
        finish(State::Cancelled, QString());
}

void Job::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    notify(Change::Title);
}

void Job::setProgress(int done, int total)
{
    if (done == m_progressDone && total == m_progressTotal)
        return;
    m_progressDone = done;
    m_progressTotal = total;
    notify(Change::Progress);
}

void Job::setStep(const QString &text)
{
    m_currentStep = text;
    m_log.append({QDateTime::currentDateTime(), text});
    notify(Changes(Change::Step) | Change::Log);
}

void Job::appendLog(const QString &text)
{
    m_log.append({QDateTime::currentDateTime(), text});
    notify(Change::Log);
}

void Job::setSummary(const QString &summary)
{
    if (summary == m_summary)
        return;
    m_summary = summary;
    notify(Change::Summary);
}

void Job::setCancellable(bool cancellable)
{
    if (cancellable == m_cancellable)
        return;
    m_cancellable = cancellable;
    notify(Change::Cancellable);
}

void Job::succeed(const QString &summary)
{
    if (isFinished())
        return;
    finish(State::Succeeded, summary);
}

void Job::fail(const api::ApiError &error, const QString &summary)
{
    fail(QString(), QString(), error, summary);
}

void Job::fail(const QString &message, const QString &details, const api::ApiError &error,
    const QString &summary)
{
    if (isFinished())
        return;
    m_error = error;
    m_errorMessage = message;
    m_errorDetails = details;
    finish(State::Failed, summary);
}

void Job::finish(State state, const QString &summary)
{
    Changes what = Changes(Change::State) | Change::Log;
    if (state == State::Failed)
        what |= Change::Error;
    if (!summary.isEmpty() && summary != m_summary) {
        m_summary = summary;
        what |= Change::Summary;
    }
    m_state = state;
    m_finishedAt = QDateTime::currentDateTime();
    m_durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    switch (state) {
    case State::Succeeded:
        m_log.append({m_finishedAt, tr("Finished")});
        break;
    case State::Failed:
        m_log.append({m_finishedAt, tr("Failed: %1").arg(errorMessage())});
        break;
    case State::Cancelled:
        m_log.append({m_finishedAt, tr("Cancelled")});
        break;
    case State::Queued:
    case State::Running:
        break;
    }
    qCDebug(lcJobs) << "finished:" << m_title << state;
    notify(what);
    emit finished();
}

void Job::notify(Changes what)
{
    emit changed(what);
}

} // namespace hangar::core
