#include "core/transfer/whensettled.h"

#include "api/apierror.h"
#include "api/apijob.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace hangar::core {

namespace {

bool isSettled(const QPointer<api::ApiJob> &job)
{
    return !job || job->isFinished();
}

// Waits on behalf of one whenSettled() call; a child of its context, so it goes with it.
class Settling final : public QObject {
public:
    Settling(const StillRunning &stillRunning, QObject *context, int timeoutMs,
        std::function<void()> then)
        : QObject(context)
        , m_jobs(stillRunning.requests)
        , m_lostCommandsEnd(stillRunning.lostCommandsEnd)
        , m_lostCommandMayRunMs(stillRunning.lostCommandMayRunMs)
        , m_then(std::move(then))
    {
        for (const QPointer<api::ApiJob> &job : std::as_const(m_jobs)) {
            if (isSettled(job))
                continue;
            // Looked at as it finishes: the transport deletes it soon after.
            connect(job, &api::ApiJob::finished, this, [this, job] {
                if (job && job->attempts() > 0 && isLostAnswer(job->error()))
                    waitForLostCommand(QDeadlineTimer(m_lostCommandMayRunMs, Qt::PreciseTimer));
                QMetaObject::invokeMethod(this, &Settling::check, Qt::QueuedConnection);
            });
            // A cancelled job never finishes, but it is deleted: look again then too.
            connect(job, &QObject::destroyed, this, &Settling::check, Qt::QueuedConnection);
        }
        waitForLostCommand(m_lostCommandsEnd);
        QTimer::singleShot(timeoutMs, this, &Settling::giveUp);
        QMetaObject::invokeMethod(this, &Settling::check, Qt::QueuedConnection);
    }

private:
    void waitForLostCommand(QDeadlineTimer end)
    {
        if (end.hasExpired())
            return;
        if (m_lostCommandsEnd < end)
            m_lostCommandsEnd = end;
        // Precise: a coarse timer may fire early, and nothing would look again.
        QTimer::singleShot(int(end.remainingTime()) + 1, Qt::PreciseTimer, this, &Settling::check);
    }
    void check()
    {
        if (m_lostCommandsEnd.hasExpired()
            && std::all_of(m_jobs.cbegin(), m_jobs.cend(), isSettled))
            done();
    }
    // Stops what is still waiting (a request queued again after a 429, say) so that it cannot
    // run after `then` has tidied up. One that has left may run all the same, as if its answer
    // were lost: that much longer is waited for.
    void giveUp()
    {
        for (const QPointer<api::ApiJob> &job : std::as_const(m_jobs)) {
            if (isSettled(job))
                continue;
            if (job->attempts() > 0)
                waitForLostCommand(QDeadlineTimer(m_lostCommandMayRunMs, Qt::PreciseTimer));
            job->cancel();
        }
        m_jobs.clear();
        check();
    }
    void done()
    {
        if (!m_then)
            return;
        std::exchange(m_then, nullptr)();
        deleteLater();
    }

    QList<QPointer<api::ApiJob>> m_jobs;
    QDeadlineTimer m_lostCommandsEnd;
    int m_lostCommandMayRunMs = 0;
    std::function<void()> m_then;
};

} // namespace

bool isLostAnswer(const api::ApiError &error)
{
    return error.isTransient() && error.httpStatus() != 429;
}

StillRunning &StillRunning::operator+=(const StillRunning &other)
{
    requests += other.requests;
    if (lostCommandsEnd < other.lostCommandsEnd)
        lostCommandsEnd = other.lostCommandsEnd;
    lostCommandMayRunMs = qMax(lostCommandMayRunMs, other.lostCommandMayRunMs);
    return *this;
}

void whenSettled(
    const StillRunning &stillRunning, QObject *context, int timeoutMs, std::function<void()> then)
{
    new Settling(stillRunning, context, timeoutMs, std::move(then));
}

} // namespace hangar::core
