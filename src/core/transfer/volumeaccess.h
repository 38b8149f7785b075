#pragma once

#include "api/apierror.h"
#include "core/transfer/transferoptions.h"

#include <QObject>
#include <QSet>

namespace hangar::api {
class ApiClient;
class MachineOperation;
} // namespace hangar::api

namespace hangar::core {

// A running machine that mounts a given volume, shared by everything that needs one (a copy job,
// the Files tab). The first user makes it available:
// - the volume's machine is running: it is used as it is;
// - it is stopped: startConfirmationNeeded() asks first (answer with confirmStart()); it is
//   started, and stopped again when the last user leaves;
// - no machine mounts the volume: a helper machine is created in the volume's region (see
//   helpermachines.h) and destroyed when the last user leaves.
// One object per volume and client; it deletes itself once released.
class VolumeAccess final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeAccess)

public:
    enum class State {
        Idle,
        Resolving,
        AwaitingConfirmation,
        Starting,
        CreatingHelper,
        Ready,
        Failed,
        Releasing
    };
    enum class Kind { None, AlreadyRunning, StartedForUs, Helper };

    // The object for this volume (made on first use, owned by the client).
    static VolumeAccess *forVolume(
        api::ApiClient &client, const QString &appName, const QString &volumeId);
    ~VolumeAccess() override;

    // `user` stays registered until release() or its destruction. A helper mounts the volume at
    // `helperMountPath`. With `startWithoutAsking`, a stopped machine is started at once.
    void acquire(QObject *user, const QString &helperMountPath, bool startWithoutAsking,
        const TransferOptions &options = {});
    void release(QObject *user);
    void confirmStart(bool start);

    State state() const { return m_state; }
    Kind kind() const { return m_kind; }
    bool isReady() const { return m_state == State::Ready; }
    QString appName() const { return m_app; }
    QString volumeId() const { return m_volumeId; }
    QString volumeName() const { return m_volumeName; }
    QString machineId() const { return m_machineId; }
    QString machineName() const { return m_machineName; }
    QString machineState() const { return m_machineState; }
    // Where the machine sees the volume.
    QString mountPath() const { return m_mountPath; }
    QString errorMessage() const { return m_errorMessage; }
    const api::ApiError &error() const { return m_error; }

signals:
    void stateChanged();
    void step(const QString &text);
    void startConfirmationNeeded(const QString &machineName, const QString &machineState);
    void ready();
    void failed(const QString &message);
    // A helper came or went, or a machine was started or stopped: the fleet should refresh.
    void machinesChanged(const QString &appName);

private:
    VolumeAccess(api::ApiClient &client, QString appName, QString volumeId);

    void setState(State state);
    void begin();
    void useMachine(const QString &machineId);
    void startMachine();
    void createHelper();
    void becomeReady();
    void failWith(const QString &message, const api::ApiError &error = {});
    void releaseMachine();
    void finishRelease();
    void destroyHelper(const QString &machineId, const QString &machineName, int attempt = 1);
    bool isFinishedWith() const;

    api::ApiClient &m_client;
    QString m_app;
    QString m_volumeId;
    QString m_volumeName;
    QString m_region;
    QString m_helperMountPath;
    TransferOptions m_options;
    bool m_startWithoutAsking = false;

    QSet<QObject *> m_users;
    State m_state = State::Idle;
    Kind m_kind = Kind::None;
    bool m_reacquire = false;
    QString m_machineId;
    QString m_machineName;
    QString m_machineState;
    QString m_mountPath;
    QString m_errorMessage;
    api::ApiError m_error;
};

} // namespace hangar::core
