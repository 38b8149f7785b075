#include "gui/volumes/snapshotcatalog.h"

#include "api/apiclient.h"
#include "gui/volumes/volumerules.h"

#include <QPointer>

#include <algorithm>

namespace hangar::gui {

SnapshotCatalog::SnapshotCatalog(QObject *parent)
    : QObject(parent)
{
}

SnapshotCatalog::~SnapshotCatalog() = default;

void SnapshotCatalog::load(
    api::ApiClient &client, const QString &app, const QString &volumeId, const QString &volumeName)
{
    ++m_generation;
    m_snapshots.clear();
    m_error = {};
    m_pending = 1;
    if (!volumeId.isEmpty()) {
        loadVolume(client, app, volumeId, volumeName);
        return;
    }
    const quint64 generation = m_generation;
    const QPointer<api::ApiClient> guard(&client);
    client.listVolumes(app).then(
        this, [this, guard, app, generation](const api::Result<QList<api::Volume>> &volumes) {
            if (generation != m_generation || !guard)
                return;
            if (!volumes.ok()) {
                m_error = volumes.error();
                settle();
                return;
            }
            for (const api::Volume &volume : volumes.value()) {
                if (!volume.isGone()) {
                    ++m_pending;
                    loadVolume(*guard, app, volume.id(), volume.name());
                }
            }
            settle(); // the list itself
        });
}

void SnapshotCatalog::loadVolume(
    api::ApiClient &client, const QString &app, const QString &volumeId, const QString &volumeName)
{
    const quint64 generation = m_generation;
    client.listSnapshots(app, volumeId)
        .then(this,
            [this, generation, volumeId, volumeName](
                const api::Result<QList<api::VolumeSnapshot>> &snapshots) {
                if (generation != m_generation)
                    return;
                if (!snapshots.ok()) {
                    if (!m_error.isError())
                        m_error = snapshots.error();
                } else {
                    for (const api::VolumeSnapshot &snapshot : snapshots.value()) {
                        m_snapshots.append({snapshot.id(), volumeId, volumeName,
                            snapshot.createdAt(), snapshot.size(),
                            volumerules::gbForBytes(snapshot.volumeSize()), snapshot.status()});
                    }
                }
                settle();
            });
}

void SnapshotCatalog::settle()
{
    if (--m_pending > 0)
        return;
    if (m_error.isError()) {
        emit failed(m_error);
        return;
    }
    std::sort(m_snapshots.begin(), m_snapshots.end(),
        [](const SnapshotChoice &a, const SnapshotChoice &b) { return a.createdAt > b.createdAt; });
    emit loaded(m_snapshots);
}

} // namespace hangar::gui
