#include "gui/volumes/volumejobs.h"

#include "api/apiclient.h"
#include "api/values/volumerequests.h"

#include <QCoreApplication>

namespace hangar::gui {

namespace {

// The words of the volume jobs, in one translation context.
class VolumeJobText final {
    Q_DECLARE_TR_FUNCTIONS(hangar::gui::VolumeJobs)

public:
    static QString createTitle(const api::CreateVolumeRequest &request)
    {
        if (!request.sourceVolumeId.isEmpty())
            return tr("Fork volume %1 as %2").arg(request.sourceVolumeId, request.name);
        if (!request.snapshotId.isEmpty())
            return tr("Restore snapshot %1 as %2").arg(request.snapshotId, request.name);
        return tr("Create volume %1").arg(request.name);
    }
    static QString created(const api::Volume &volume)
    {
        return tr("%1 (%2) created in %3, %n GB", nullptr, volume.sizeGb())
            .arg(volume.name(), volume.id(), volume.region());
    }
    static QString noSeparateHost(const api::CreateVolumeRequest &request)
    {
        return tr("No host in %1 has room for another volume named %2 apart from the ones there. "
                  "Choose another region, or clear “different host” to let volumes share one.")
            .arg(request.region, request.name);
    }
    static QString extendTitle(const QString &name, int sizeGb)
    {
        return tr("Extend %1 to %n GB", nullptr, sizeGb).arg(name);
    }
    static QString extended(const api::Volume &volume, bool needsRestart)
    {
        return needsRestart ? tr("%1 is now %n GB; its machine must restart to use the new space",
                   nullptr, volume.sizeGb())
                                  .arg(volume.name())
                            : tr("%1 is now %n GB", nullptr, volume.sizeGb()).arg(volume.name());
    }
    static QString snapshotTitle(const QString &name) { return tr("Snapshot %1").arg(name); }
    static QString snapshotTaken(const QString &name)
    {
        return tr("A snapshot of %1 was requested").arg(name);
    }
    static QString destroyTitle(const QString &name) { return tr("Destroy volume %1").arg(name); }
    static QString destroyed(const QString &name)
    {
        return tr("Volume %1 was destroyed").arg(name);
    }
    static QString stillAttached(const api::Volume &volume)
    {
        return tr("%1 is attached to a machine and cannot be destroyed. Destroy the machine "
                  "first (a machine's mount cannot be removed), then the volume.")
            .arg(volume.name());
    }
    static QString accountGone()
    {
        return tr("The account of this volume was removed before the job could start.");
    }
};

// Runs `start` with the client if it still exists, else fails the job.
VolumeJob::Starter guarded(
    api::ApiClient &client, std::function<void(api::ApiClient &, VolumeJob &)> start)
{
    const QPointer<api::ApiClient> guard(&client);
    return [guard, start = std::move(start)](VolumeJob &job) {
        if (!guard) {
            job.failWith(api::ApiError::invalidRequest(VolumeJobText::accountGone()));
            return;
        }
        start(*guard, job);
    };
}

} // namespace

VolumeJob::VolumeJob(const QString &title, Starter starter, QObject *parent)
    : Job(title, parent)
    , m_starter(std::move(starter))
{
}

VolumeJob::~VolumeJob() = default;

void VolumeJob::run()
{
    setIndeterminate();
    m_starter(*this);
}

void VolumeJob::abort()
{
    m_aborting = true;
    if (m_call)
        m_call->cancel();
}

void VolumeJob::complete(const api::Volume &volume, const QString &summary, bool needsRestart)
{
    m_volume = volume;
    m_needsRestart = needsRestart;
    succeed(summary);
}

void VolumeJob::failWith(const api::ApiError &error, const QString &message)
{
    // The call was cancelled by the job's own cancel(), which ends the job itself.
    if (m_aborting)
        return;
    if (message.isEmpty())
        fail(error);
    else
        fail(message, error.details(), error);
}

VolumeJob *makeCreateVolumeJob(
    api::ApiClient &client, const QString &app, const api::CreateVolumeRequest &request)
{
    return new VolumeJob(VolumeJobText::createTitle(request),
        guarded(client, [app, request](api::ApiClient &api, VolumeJob &job) {
            const auto call = api.createVolume(app, request);
            job.follow(call.job());
            call.then(&job, [&job, request](const api::Result<api::Volume> &result) {
                if (result.ok())
                    job.complete(result.value(), VolumeJobText::created(result.value()));
                else if (result.error().serverCode() == QLatin1String("volume_placement_capacity")
                    && request.requireUniqueZone.value_or(true))
                    job.failWith(result.error(), VolumeJobText::noSeparateHost(request));
                else
                    job.failWith(result.error());
            });
        }));
}

VolumeJob *makeExtendVolumeJob(
    api::ApiClient &client, const core::VolumeRecord &volume, int newSizeGb)
{
    return new VolumeJob(VolumeJobText::extendTitle(volume.volume.name(), newSizeGb),
        guarded(client, [volume, newSizeGb](api::ApiClient &api, VolumeJob &job) {
            const auto call = api.extendVolume(volume.appName, volume.volume.id(), newSizeGb);
            job.follow(call.job());
            call.then(&job, [&job](const api::Result<api::ExtendedVolume> &result) {
                if (!result.ok()) {
                    job.failWith(result.error());
                    return;
                }
                job.complete(result->volume,
                    VolumeJobText::extended(result->volume, result->needsRestart),
                    result->needsRestart);
            });
        }));
}

VolumeJob *makeSnapshotJob(api::ApiClient &client, const core::VolumeRecord &volume)
{
    return new VolumeJob(VolumeJobText::snapshotTitle(volume.volume.name()),
        guarded(client, [volume](api::ApiClient &api, VolumeJob &job) {
            const auto call = api.createSnapshot(volume.appName, volume.volume.id());
            job.follow(call.job());
            call.then(&job, [&job, volume](const api::Result<api::Done> &result) {
                if (result.ok())
                    job.complete(volume.volume, VolumeJobText::snapshotTaken(volume.volume.name()));
                else
                    job.failWith(result.error());
            });
        }));
}

VolumeJob *makeDestroyVolumeJob(api::ApiClient &client, const core::VolumeRecord &volume)
{
    return new VolumeJob(VolumeJobText::destroyTitle(volume.volume.name()),
        guarded(client, [volume](api::ApiClient &api, VolumeJob &job) {
            const auto call = api.destroyVolume(volume.appName, volume.volume.id());
            job.follow(call.job());
            call.then(&job, [&job, volume](const api::Result<api::Volume> &result) {
                if (result.ok()) {
                    job.complete(result.value(), VolumeJobText::destroyed(volume.volume.name()));
                } else if (result.error().httpStatus() == 412) {
                    // The server's answer for "still attached" reads like a mount conflict.
                    job.failWith(result.error(), VolumeJobText::stillAttached(volume.volume));
                } else {
                    job.failWith(result.error());
                }
            });
        }));
}

} // namespace hangar::gui
