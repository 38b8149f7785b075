#pragma once

#include "core/jobs/job.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace hangar::core {
class JobManager;
}

namespace hangar::models {

// The jobs of a JobManager, newest first, for the activity dock. Rows come and go with the
// manager (added, cleared); a job's changes update only the roles they touch.
class JobListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Role : int {
        TitleRole = Qt::UserRole + 1, // QString
        StateRole, // int: core::Job::State
        ProgressRole, // double 0..1, or -1 when indeterminate
        StepRole, // QString: the current step
        ErrorMessageRole, // QString: the error sentence (empty unless failed)
        ErrorDetailsRole, // QString: status, server text, request id
        SummaryRole, // QString: one line on the outcome
        CanCancelRole, // bool
        StartedAtRole, // QDateTime (invalid while queued)
        JobRole, // core::Job *
    };
    Q_ENUM(Role)

    explicit JobListModel(core::JobManager *manager, QObject *parent = nullptr);
    ~JobListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    core::Job *jobAt(int row) const;
    // The row of a job, or -1.
    int rowOf(const core::Job *job) const;
    core::JobManager *manager() const;

    // The roles a change touches (empty when no role shows it, e.g. a log line).
    static QList<int> rolesFor(core::Job::Changes changes);

private:
    void insertJob(core::Job *job);
    void removeJob(core::Job *job);
    void watch(core::Job *job);
    void onJobChanged(core::Job *job, core::Job::Changes changes);
    void onManagerDestroyed();

    QPointer<core::JobManager> m_manager;
    QList<core::Job *> m_jobs; // newest first
};

} // namespace hangar::models
