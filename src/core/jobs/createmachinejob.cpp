#include "core/jobs/createmachinejob.h"

#include "api/apiclient.h"
#include "api/operations/createandwait.h"

namespace hangar::core {

namespace {

QString labelOf(const api::CreateMachineRequest &request)
{
    return request.name.isEmpty()
        ? QCoreApplication::translate("hangar::core::CreateMachineJob", "a new machine")
        : request.name;
}

} // namespace

CreateMachineJob::CreateMachineJob(api::ApiClient &client, MachinePlan plan, QObject *parent)
    : Job(tr("Create %1").arg(labelOf(plan.machine)), parent)
    , m_client(client)
    , m_plan(std::move(plan))
{
}

CreateMachineJob::~CreateMachineJob() = default;

void CreateMachineJob::run()
{
    if (!m_plan.volume) {
        setProgress(0, 1);
        createMachine();
        return;
    }
    setProgress(0, 2);
    const api::CreateVolumeRequest &volume = *m_plan.volume;
    setStep(volume.sourceVolumeId.isEmpty()
            ? tr("Creating volume %1 (%n GB) in %2", nullptr, volume.sizeGb.value_or(1))
                  .arg(volume.name, volume.region)
            : tr("Forking %1 into %2 in %3")
                  .arg(volume.sourceVolumeId, volume.name, volume.region));
    m_client.createVolume(m_plan.app, volume)
        .then(this, [this](const api::Result<api::Volume> &result) {
            if (m_aborted)
                return;
            if (!result) {
                fail(
                    result.error(), tr("The volume could not be created; no machine was created."));
                return;
            }
            m_volumeId = result->id();
            appendLog(tr("Volume %1 created (%2)").arg(result->name(), m_volumeId));
            api::MountConfig mount;
            mount.setVolume(m_volumeId);
            mount.setPath(m_plan.mountPath.isEmpty() ? QStringLiteral("/data") : m_plan.mountPath);
            m_plan.machine.config.setMounts({mount});
            setProgress(1, 2);
            createMachine();
        });
}

void CreateMachineJob::createMachine()
{
    auto *operation = new api::CreateAndWait(m_client, m_plan.app, m_plan.machine, this);
    m_operation = operation;
    connect(operation, &api::MachineOperation::progress, this, &CreateMachineJob::setStep);
    connect(operation, &api::MachineOperation::finished, this, [this, operation] {
        m_machineId = operation->machineId();
        if (!operation->succeeded()) {
            const QString kept = m_volumeId.isEmpty()
                ? QString()
                : tr("The new volume %1 was kept; mount it on another machine or destroy it.")
                      .arg(m_plan.volume->name);
            fail(operation->error(), kept);
            return;
        }
        setProgress(1, 1);
        const api::Machine &machine = operation->machine();
        succeed(tr("%1 created and %2 in %3")
                    .arg(machine.name().isEmpty() ? machine.id() : machine.name(), machine.state(),
                        machine.region()));
    });
    operation->start();
}

void CreateMachineJob::abort()
{
    m_aborted = true;
    if (m_operation)
        m_operation->cancel();
}

} // namespace hangar::core
