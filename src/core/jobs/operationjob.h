#pragma once

#include "core/jobs/job.h"

#include <memory>

namespace hangar::api {
class MachineOperation;
}

namespace hangar::core {

// A job that runs one composite machine operation (create, update-and-wait, a transition,
// destroy): its steps become the job's steps, its outcome the job's outcome.
class OperationJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationJob)

public:
    // Takes ownership of the operation, which must not have been started.
    OperationJob(
        QString title, std::unique_ptr<api::MachineOperation> operation, QObject *parent = nullptr);
    ~OperationJob() override;

    // The operation, e.g. to read the machine after the job succeeded.
    api::MachineOperation *operation() const { return m_operation; }
    // The line shown on success, e.g. "my-nginx-server is stopped". Without it the summary
    // names the machine and its state.
    void setSuccessSummary(const QString &summary) { m_successSummary = summary; }

protected:
    void run() override;
    void abort() override;

private:
    void onOperationFinished();

    api::MachineOperation *m_operation;
    QString m_successSummary;
};

} // namespace hangar::core
