#pragma once

#include "api/values/machinerequests.h"
#include "api/values/volumerequests.h"
#include "core/jobs/job.h"

#include <QPointer>

#include <optional>

namespace hangar::api {
class ApiClient;
class CreateAndWait;
} // namespace hangar::api

namespace hangar::core {

// What the create-machine wizard (or a clone) asks for: the machine, and optionally a volume to
// create first (fresh, or forked from another) and mount at `mountPath`.
struct MachinePlan {
    QString app;
    api::CreateMachineRequest machine;
    std::optional<api::CreateVolumeRequest> volume;
    QString mountPath;
};

// Creates the plan's volume if it has one, then the machine with that volume mounted, and waits
// until the machine runs. A volume created for a machine that then fails to be created is left
// in place and named in the error, so nothing the user made disappears silently.
class CreateMachineJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateMachineJob)

public:
    CreateMachineJob(api::ApiClient &client, MachinePlan plan, QObject *parent = nullptr);
    ~CreateMachineJob() override;

    const MachinePlan &plan() const { return m_plan; }
    // The machine once created (empty before).
    QString machineId() const { return m_machineId; }
    QString createdVolumeId() const { return m_volumeId; }

protected:
    void run() override;
    void abort() override;

private:
    void createMachine();

    api::ApiClient &m_client;
    MachinePlan m_plan;
    QPointer<api::CreateAndWait> m_operation;
    QString m_machineId;
    QString m_volumeId;
    bool m_aborted = false;
};

} // namespace hangar::core
