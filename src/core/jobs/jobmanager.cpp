#include "core/jobs/jobmanager.h"

#include "core/jobs/job.h"

#include <algorithm>

namespace hangar::core {

JobManager::JobManager(QObject *parent)
    : QObject(parent)
{
}

JobManager::~JobManager()
{
    // Nobody should hear about jobs from a manager that is going away.
    for (Job *job : std::as_const(m_jobs)) {
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

Job *JobManager::add(Job *job)
{
    Q_ASSERT(job && !m_jobs.contains(job));
    job->setParent(this);
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job] {
        emit jobFinished(job);
        emit runningCountChanged(runningCount());
    });
    emit jobAdded(job);
    emit runningCountChanged(runningCount());
    job->start();
    return job;
}

int JobManager::runningCount() const
{
    return int(std::count_if(
        m_jobs.cbegin(), m_jobs.cend(), [](const Job *job) { return !job->isFinished(); }));
}

void JobManager::cancelAll()
{
    // Cancelling may finish a job synchronously; work on a copy.
    const QList<Job *> jobs = m_jobs;
    for (Job *job : jobs)
        job->cancel();
}

void JobManager::clearFinished()
{
    const QList<Job *> jobs = m_jobs;
    for (Job *job : jobs) {
        if (!job->isFinished())
            continue;
        m_jobs.removeOne(job);
        emit jobRemoved(job);
        job->deleteLater();
    }
}

} // namespace hangar::core
