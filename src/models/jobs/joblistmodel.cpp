#include "models/jobs/joblistmodel.h"

#include "core/jobs/jobmanager.h"

#include <algorithm>

namespace hangar::models {

using core::Job;

JobListModel::JobListModel(core::JobManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_manager(manager)
{
    Q_ASSERT(manager);
    const QList<Job *> oldestFirst = manager->jobs();
    for (auto it = oldestFirst.crbegin(); it != oldestFirst.crend(); ++it) {
        m_jobs.append(*it);
        watch(*it);
    }
    connect(manager, &core::JobManager::jobAdded, this, &JobListModel::insertJob);
    connect(manager, &core::JobManager::jobRemoved, this, &JobListModel::removeJob);
    connect(manager, &QObject::destroyed, this, &JobListModel::onManagerDestroyed);
}

JobListModel::~JobListModel() = default;

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Job *job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return job->title();
    case Qt::ToolTipRole:
        if (job->state() == Job::State::Failed)
            return job->errorMessage();
        return job->isFinished() ? job->summary() : job->currentStep();
    case StateRole:
        return int(job->state());
    case ProgressRole:
        return job->progressFraction();
    case StepRole:
        return job->currentStep();
    case ErrorMessageRole:
        return job->errorMessage();
    case ErrorDetailsRole:
        return job->errorDetails();
    case SummaryRole:
        return job->summary();
    case CanCancelRole:
        return job->canCancel();
    case StartedAtRole:
        return job->startedAt();
    case JobRole:
        return QVariant::fromValue(job);
    default:
        return {};
    }
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(StateRole, "state");
    names.insert(ProgressRole, "progress");
    names.insert(StepRole, "step");
    names.insert(ErrorMessageRole, "errorMessage");
    names.insert(ErrorDetailsRole, "errorDetails");
    names.insert(SummaryRole, "summary");
    names.insert(CanCancelRole, "canCancel");
    names.insert(StartedAtRole, "startedAt");
    names.insert(JobRole, "job");
    return names;
}

Job *JobListModel::jobAt(int row) const
{
    return m_jobs.value(row, nullptr);
}

core::JobManager *JobListModel::manager() const
{
    return m_manager;
}

int JobListModel::rowOf(const Job *job) const
{
    return int(m_jobs.indexOf(job));
}

QList<int> JobListModel::rolesFor(Job::Changes changes)
{
    QList<int> roles;
    if (changes & Job::Change::Title)
        roles << Qt::DisplayRole << TitleRole;
    if (changes & Job::Change::State)
        roles << StateRole << CanCancelRole << StartedAtRole;
    if (changes & Job::Change::Progress)
        roles << ProgressRole;
    if (changes & Job::Change::Step)
        roles << StepRole;
    if (changes & Job::Change::Error)
        roles << ErrorMessageRole << ErrorDetailsRole;
    if (changes & Job::Change::Summary)
        roles << SummaryRole;
    if (changes & Job::Change::Cancellable)
        roles << CanCancelRole;
    if (changes
        & (Job::Change::State | Job::Change::Step | Job::Change::Summary | Job::Change::Error))
        roles << Qt::ToolTipRole;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

void JobListModel::insertJob(Job *job)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_jobs.prepend(job);
    watch(job);
    endInsertRows();
}

void JobListModel::removeJob(Job *job)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    disconnect(job, nullptr, this, nullptr);
    m_jobs.removeAt(row);
    endRemoveRows();
}

void JobListModel::watch(Job *job)
{
    connect(job, &Job::changed, this,
        [this, job](Job::Changes changes) { onJobChanged(job, changes); });
}

void JobListModel::onJobChanged(Job *job, Job::Changes changes)
{
    const QList<int> roles = rolesFor(changes);
    const int row = rowOf(job);
    if (roles.isEmpty() || row < 0)
        return;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, roles);
}

void JobListModel::onManagerDestroyed()
{
    // The manager's jobs die with it: forget them before anyone asks.
    beginResetModel();
    for (Job *job : std::as_const(m_jobs))
        disconnect(job, nullptr, this, nullptr);
    m_jobs.clear();
    endResetModel();
}

} // namespace hangar::models
