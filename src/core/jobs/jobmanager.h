#pragma once

#include <QList>
#include <QObject>

namespace hangar::core {

class Job;

// Owns the jobs of a session: starts them as they are added, and keeps the finished ones (for
// the activity dock) until clearFinished().
class JobManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobManager)

public:
    explicit JobManager(QObject *parent = nullptr);
    // Cancels what is still running, so leases are released and helpers cleaned up.
    ~JobManager() override;

    // Takes ownership of a queued job, announces it and starts it. Returns the job.
    Job *add(Job *job);
    // Oldest first.
    QList<Job *> jobs() const { return m_jobs; }
    int count() const { return int(m_jobs.size()); }
    // Jobs that have not finished yet.
    int runningCount() const;

    void cancelAll();
    // Forgets every finished job (each is announced by jobRemoved(), then deleted later).
    void clearFinished();

signals:
    void jobAdded(hangar::core::Job *job);
    void jobFinished(hangar::core::Job *job);
    // The job is no longer listed; it is still alive until control returns to the event loop.
    void jobRemoved(hangar::core::Job *job);
    void runningCountChanged(int count);

private:
    QList<Job *> m_jobs;
};

} // namespace hangar::core
