#include "core/transfer/whensettled.h"

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
    Settling(const QList<QPointer<api::ApiJob>> &jobs, QObject *context, int timeoutMs,
        std::function<void()> then)
        : QObject(context)
        , m_jobs(jobs)
        , m_then(std::move(then))
    {
        for (const QPointer<api::ApiJob> &job : jobs) {
            if (isSettled(job))
                continue;
            // A cancelled job never finishes, but it is deleted: either way, look again.
            connect(job, &api::ApiJob::finished, this, &Settling::check, Qt::QueuedConnection);
            connect(job, &QObject::destroyed, this, &Settling::check, Qt::QueuedConnection);
        }
        QTimer::singleShot(timeoutMs, this, &Settling::giveUp);
        QMetaObject::invokeMethod(this, &Settling::check, Qt::QueuedConnection);
    }

private:
    void check()
    {
        if (std::all_of(m_jobs.cbegin(), m_jobs.cend(), isSettled))
            done();
    }
    // Stops what is still waiting (a request queued again after a 429, say) so that it cannot
    // run after `then` has tidied up.
    void giveUp()
    {
        for (const QPointer<api::ApiJob> &job : std::as_const(m_jobs)) {
            if (!isSettled(job))
                job->cancel();
        }
        done();
    }
    void done()
    {
        if (!m_then)
            return;
        std::exchange(m_then, nullptr)();
        deleteLater();
    }

    QList<QPointer<api::ApiJob>> m_jobs;
    std::function<void()> m_then;
};

} // namespace

void whenSettled(const QList<QPointer<api::ApiJob>> &jobs, QObject *context, int timeoutMs,
    std::function<void()> then)
{
    new Settling(jobs, context, timeoutMs, std::move(then));
}

} // namespace hangar::core
