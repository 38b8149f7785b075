#pragma once

#include "core/fleet/fleetrecords.h"

#include <QWidget>

#include <memory>

namespace Ui {
class VolumePanel;
}

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {
class JobManager;
}

namespace hangar::gui {

class VolumeSnapshotsWidget;

// One volume: size and usage, region and zone, encryption, the machine it is attached to and
// its snapshots (loaded when the volume is shown).
class VolumePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumePanel)

public:
    explicit VolumePanel(core::JobManager &jobs, QWidget *parent = nullptr);
    ~VolumePanel() override;

    // `attachedMachineName` names the attached machine when it is known. With a client the
    // snapshots are fetched (again only when the volume or the client changes).
    void setVolume(const core::VolumeRecord &record, const QString &regionName,
        const QString &attachedMachineName, api::ApiClient *client);
    QString volumeId() const { return m_volumeId; }
    // Opens a tab by name ("overview", "snapshots", or an added page's object name without
    // "Tab"); false if unknown.
    bool showTab(const QString &name);
    // Adds a page (such as Files) after the built-in tabs.
    void addTab(QWidget *page, const QString &title);

    VolumeSnapshotsWidget *snapshots() const { return m_snapshots; }

private:
    std::unique_ptr<Ui::VolumePanel> m_ui;
    VolumeSnapshotsWidget *m_snapshots;
    QString m_volumeId;
};

} // namespace hangar::gui
