#include "gui/files/volumedrop.h"

#include "core/fleet/fleetstore.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/transfer/copyjob.h"
#include "core/transfer/localscan.h"
#include "gui/files/copyquestiondialog.h"

namespace hangar::gui {

bool canAcceptVolumeDrop(const QMimeData *mime)
{
    return core::hasLocalFiles(mime);
}

QString defaultMountPath(core::AccountSession &session, const core::VolumeRecord &volume,
    const core::TransferOptions &options)
{
    const QString attached = volume.volume.attachedMachineId();
    if (!attached.isEmpty()) {
        if (const auto machine = session.store().machine(attached)) {
            const QList<api::MountConfig> mounts = machine->machine.config().mounts();
            for (const api::MountConfig &mount : mounts) {
                if (mount.volume() == volume.volume.id() && !mount.path().isEmpty())
                    return mount.path();
            }
        }
    }
    return options.helperMountPath;
}

core::CopyJob *startCopyJob(core::AccountSession &session, core::JobManager &jobs,
    core::CopyJob *job, QWidget *dialogParent)
{
    promptForQuestions(job, dialogParent);
    core::FleetStore *store = &session.store();
    QObject::connect(job, &core::CopyJob::machinesChanged, store, &core::FleetStore::refreshApp);
    const QString app = job->request().appName;
    const QString volumeId = job->request().volumeId;
    QObject::connect(job, &core::Job::finished, store,
        [store, app, volumeId] { store->refreshVolume(app, volumeId); });
    jobs.add(job);
    return job;
}

core::CopyJob *startVolumeCopy(core::AccountSession &session, core::JobManager &jobs,
    const core::VolumeRecord &volume, const QList<QUrl> &urls, QWidget *dialogParent,
    const QString &destinationDir, const QString &mountPath, const core::TransferOptions &options)
{
    const QStringList paths = core::localPathsOf(urls);
    if (paths.isEmpty())
        return nullptr;
    core::CopyRequest request;
    request.appName = volume.appName;
    request.volumeId = volume.volume.id();
    request.volumeName = volume.volume.name();
    request.mountPath =
        mountPath.isEmpty() ? defaultMountPath(session, volume, options) : mountPath;
    request.destinationDir = destinationDir.isEmpty() ? request.mountPath : destinationDir;
    request.localPaths = paths;
    return startCopyJob(
        session, jobs, new core::CopyJob(session.client(), request, options), dialogParent);
}

} // namespace hangar::gui
