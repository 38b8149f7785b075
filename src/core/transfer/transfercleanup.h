#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {

class ExecChannel;

// Removes `paths` on `channel`'s machine (`rm -f`, up to a thousand names and 256 KiB of them per
// exec, so that the command line stays within the machine's limits), then calls `done`,
// whatever came of it.
void removeTemporaries(ExecChannel &channel, QStringList paths, std::function<void()> done);
struct StillRunning;
class VolumeAccess;

// Tidies up after a copy that was cancelled: waits for the requests the machine may still run,
// removes the copy's temporary files from the machine, then lets go of the machine (which stops
// it or destroys the helper). It outlives the job, which is gone as soon as it says
// "Cancelled", and deletes itself when done.
class TransferCleanup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferCleanup)

public:
    // Takes over `previousUser`'s hold on `access` (which may be null or not ready yet).
    // `stillRunning` are waited for (up to `settleTimeoutMs`) before anything is removed.
    static void start(api::ApiClient &client, VolumeAccess *access, QObject *previousUser,
        const QStringList &temporaryPaths, const StillRunning &stillRunning, int settleTimeoutMs);
    ~TransferCleanup() override;

private:
    TransferCleanup(api::ApiClient &client, VolumeAccess *access);
    void removeFiles(const QStringList &paths);
    void done();

    QPointer<VolumeAccess> m_access;
    ExecChannel *m_channel;
};

} // namespace hangar::core
