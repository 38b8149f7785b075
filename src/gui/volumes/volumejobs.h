#pragma once

#include "api/apijob.h"
#include "api/values/volume.h"
#include "core/fleet/fleetrecords.h"
#include "core/jobs/job.h"

#include <QPointer>

#include <functional>

namespace hangar::api {
class ApiClient;
struct CreateVolumeRequest;
} // namespace hangar::api

namespace hangar::gui {

// A job over one volume call, for the activity dock. It keeps what the call answered: the
// volume as it is afterwards, and for an extend whether its machine must restart.
class VolumeJob final : public core::Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeJob)

public:
    using Starter = std::function<void(VolumeJob &job)>;

    VolumeJob(const QString &title, Starter starter, QObject *parent = nullptr);
    ~VolumeJob() override;

    const api::Volume &volume() const { return m_volume; }
    bool needsRestart() const { return m_needsRestart; }

    // For the starter: the call in flight (cancelling the job cancels it), then the outcome.
    void follow(api::ApiJob *call) { m_call = call; }
    void complete(const api::Volume &volume, const QString &summary, bool needsRestart = false);
    void failWith(const api::ApiError &error, const QString &message = {});

protected:
    void run() override;
    void abort() override;

private:
    Starter m_starter;
    QPointer<api::ApiJob> m_call;
    api::Volume m_volume;
    bool m_needsRestart = false;
    bool m_aborting = false;
};

// Ready-made jobs for the volume actions, titled for the dock ("Create volume data", "Extend
// data to 5 GB"). Add them to the JobManager.
VolumeJob *makeCreateVolumeJob(
    api::ApiClient &client, const QString &app, const api::CreateVolumeRequest &request);
VolumeJob *makeExtendVolumeJob(
    api::ApiClient &client, const core::VolumeRecord &volume, int newSizeGb);
VolumeJob *makeSnapshotJob(api::ApiClient &client, const core::VolumeRecord &volume);
VolumeJob *makeDestroyVolumeJob(api::ApiClient &client, const core::VolumeRecord &volume);

} // namespace hangar::gui
