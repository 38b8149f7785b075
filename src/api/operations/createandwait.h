#pragma once

#include "api/operations/machineoperation.h"

namespace hangar::api {

// Creates a machine and waits until it runs (or, with skip_launch, until it exists). A create
// is never retried blindly: if the answer is lost, the error says so and nothing is repeated.
class CreateAndWait final : public MachineOperation {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateAndWait)

public:
    CreateAndWait(ApiClient &client, const QString &app, CreateMachineRequest request,
        QObject *parent = nullptr);
    ~CreateAndWait() override;

protected:
    void run() override;

private:
    CreateMachineRequest m_request;
};

// Destroys a machine: a running one is stopped first (or killed when forced), then the call
// waits until it is gone.
class DestroyMachine final : public MachineOperation {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestroyMachine)

public:
    DestroyMachine(ApiClient &client, const QString &app, const QString &machineId, bool force,
        QObject *parent = nullptr);
    ~DestroyMachine() override;

protected:
    void run() override;

private:
    void destroy();

    bool m_force;
};

} // namespace hangar::api
