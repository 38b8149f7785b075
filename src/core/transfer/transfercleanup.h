#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {

class ExecChannel;
class VolumeAccess;

// Tidies up after a copy that was cancelled: removes its temporary files from the machine, then
// lets go of the machine (which stops it or destroys the helper). It outlives the job, which is
// gone as soon as it says "Cancelled", and deletes itself when done.
class TransferCleanup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferCleanup)

public:
    // Takes over `previousUser`'s hold on `access` (which may be null or not ready yet).
    static void start(api::ApiClient &client, VolumeAccess *access, QObject *previousUser,
        const QStringList &temporaryPaths);
    ~TransferCleanup() override;

private:
    TransferCleanup(api::ApiClient &client, VolumeAccess *access);
    void removeFiles(const QStringList &paths);
    void done();

    QPointer<VolumeAccess> m_access;
    ExecChannel *m_channel;
};

} // namespace hangar::core
