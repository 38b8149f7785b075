#pragma once

#include "api/operations/machineoperation.h"

namespace hangar::api {

// Start, stop, restart or suspend a machine and wait until it gets there.
class TransitionAndWait final : public MachineOperation {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransitionAndWait)

public:
    enum class Transition { Start, Stop, Restart, Suspend };

    TransitionAndWait(ApiClient &client, const QString &app, const QString &machineId,
        Transition transition, QObject *parent = nullptr);
    ~TransitionAndWait() override;

    void setStopOptions(const StopOptions &options) { m_stopOptions = options; }
    void setLeaseNonce(const QString &nonce) { m_nonce = nonce; }

protected:
    void run() override;

private:
    void act(const QString &fromEventId);
    QStringList targetStates() const;

    Transition m_transition;
    StopOptions m_stopOptions;
    QString m_nonce;
};

} // namespace hangar::api
