#pragma once

#include "core/fleet/fleetrecords.h"
#include "gui/widgets/listpanel.h"

#include <QPointer>

class QPushButton;

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {
class JobManager;
}

namespace hangar::gui {

// The snapshots of one volume, newest first: when, how large, status and how long they are
// kept. "Create snapshot" takes one now (as a job in the activity dock) and lists it; "Restore
// to new volume…" (or a double-click) asks for a volume holding the chosen snapshot.
class VolumeSnapshotsWidget final : public ListPanel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeSnapshotsWidget)

public:
    explicit VolumeSnapshotsWidget(core::JobManager &jobs, QWidget *parent = nullptr);
    ~VolumeSnapshotsWidget() override;

    // Shows this volume's snapshots, loading them when it is another volume than before (or
    // another client). The client must outlive the widget or be replaced first.
    void setVolume(api::ApiClient *client, const core::VolumeRecord &volume);
    QString volumeId() const { return m_volume.volume.id(); }
    bool isLoading() const { return m_loading; }
    int snapshotCount() const { return m_count; }
    // The id of the selected snapshot, or empty.
    QString currentSnapshotId() const;

public slots:
    void refresh();
    void createSnapshot();
    void restoreCurrent();

signals:
    // The user wants a new volume holding this snapshot (VolumeActions::restoreSnapshot).
    void restoreRequested(const hangar::core::VolumeRecord &volume, const QString &snapshotId);
    // The list was loaded: `count` snapshots (for a tab title).
    void countChanged(int count);

private:
    void setLoading(bool loading);
    void updateButtons();

    core::JobManager &m_jobs;
    QPointer<api::ApiClient> m_client;
    core::VolumeRecord m_volume;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_snapshotting = false;
    int m_count = 0;
    QPushButton *m_create;
    QPushButton *m_restore;
};

} // namespace hangar::gui
