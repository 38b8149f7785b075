#include "core/jobs/operationjob.h"

#include "api/operations/machineoperation.h"

namespace hangar::core {

OperationJob::OperationJob(
    QString title, std::unique_ptr<api::MachineOperation> operation, QObject *parent)
    : Job(std::move(title), parent)
    , m_operation(operation.release())
{
    Q_ASSERT(m_operation);
    m_operation->setParent(this);
}

OperationJob::~OperationJob() = default;

void OperationJob::run()
{
    setIndeterminate();
    connect(m_operation, &api::MachineOperation::progress, this, &OperationJob::setStep);
    connect(
        m_operation, &api::MachineOperation::finished, this, &OperationJob::onOperationFinished);
    m_operation->start();
}

void OperationJob::abort()
{
    // A cancelled operation never reports finished(): the job ends itself as Cancelled.
    m_operation->cancel();
}

void OperationJob::onOperationFinished()
{
    if (!m_operation->succeeded()) {
        fail(m_operation->error());
        return;
    }
    setProgress(1, 1);
    if (!m_successSummary.isEmpty()) {
        succeed(m_successSummary);
        return;
    }
    const api::Machine &machine = m_operation->machine();
    const QString name = machine.name().isEmpty() ? machine.id() : machine.name();
    if (name.isEmpty() || machine.state().isEmpty())
        succeed(tr("Done"));
    else
        succeed(tr("%1 is %2").arg(name, machine.state()));
}

} // namespace hangar::core
