#pragma once

#include "core/transfer/transferoptions.h"
#include "core/transfer/transferscripts.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {

class ExecChannel;
class VolumeAccess;

// Reads and changes a volume's folders for the Files tab: list, make a folder, delete. It works
// through the machine that mounts the volume. If that machine runs, the browser opens by itself;
// otherwise it says what it would take (needsMachine()) and opens only when told to
// (openWithMachine()): starting the stopped machine, or a helper machine, which it lets go
// when closed or after a while without use. Paths are shown as seen at mountPath().
class VolumeBrowser final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeBrowser)

public:
    enum class State { Closed, Probing, NeedsMachine, Opening, Ready, Failed };

    VolumeBrowser(api::ApiClient &client, QObject *parent = nullptr);
    ~VolumeBrowser() override;

    // Looks at the volume; opens at once when its machine is running.
    void setVolume(const QString &appName, const QString &volumeId, const QString &volumeName);
    void openWithMachine(const QString &helperMountPath);
    void close();
    void setIdleTimeoutMs(int ms);
    void setOptions(const TransferOptions &options) { m_options = options; }

    State state() const { return m_state; }
    QString appName() const { return m_app; }
    QString volumeId() const { return m_volumeId; }
    QString volumeName() const { return m_volumeName; }
    // Why the browser is not open: "not attached" or "attached to X, which is stopped".
    QString needsMachineText() const { return m_needsText; }
    bool wouldStartMachine() const { return !m_stoppedMachine.isEmpty(); }
    QString errorMessage() const { return m_error; }
    QString mountPath() const; // empty until open
    QString machineName() const;
    bool usesHelper() const;

    void list(const QString &dir);
    void makeDirectory(const QString &path);
    void remove(const QStringList &paths);
    bool isBusy() const;

signals:
    void stateChanged();
    void listed(const QString &dir, const QList<hangar::core::scripts::RemoteEntry> &entries);
    // An operation failed (the listing, a new folder, a deletion).
    void operationFailed(const QString &message);
    // A folder was made or something deleted.
    void changed();
    void machinesChanged(const QString &appName);

private:
    void setState(State state);
    void acquire(bool startWithoutAsking, const QString &helperMountPath);
    void onReady();
    void runQueued();
    void touch();
    bool checkPath(const QString &path, QString *machinePath);
    void runChange(const api::ExecRequest &request);

    api::ApiClient &m_client;
    TransferOptions m_options;
    QString m_app;
    QString m_volumeId;
    QString m_volumeName;
    QString m_needsText;
    QString m_stoppedMachine;
    QString m_error;
    State m_state = State::Closed;
    QPointer<VolumeAccess> m_access;
    ExecChannel *m_channel;
    QTimer *m_idleTimer;
    quint64 m_generation = 0;
    // One operation at a time; the newest listing request wins.
    QString m_pendingList;
    std::function<bool()> m_pendingChange;
};

} // namespace hangar::core
