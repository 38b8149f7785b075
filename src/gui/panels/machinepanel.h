#pragma once

#include "core/fleet/fleetrecords.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MachinePanel;
}

namespace hangar::models {
class MachineEventsModel;
}

namespace hangar::gui {

// Everything about one machine: state, image and digest, size, region, private IP, times,
// checks, metadata and recent events. It shows; the window's actions act.
class MachinePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachinePanel)

public:
    explicit MachinePanel(QWidget *parent = nullptr);
    ~MachinePanel() override;

    void setMachine(const core::MachineRecord &record, const QString &regionName);
    QString machineId() const { return m_machineId; }
    // Opens a tab by name ("overview", "checks", "metadata", "events", or an added tab's name:
    // its object name without "Tab"); false if unknown.
    bool showTab(const QString &name);
    // Adds a page (such as Config or History) after the built-in tabs.
    void addTab(QWidget *page, const QString &title);

private:
    void fillChecks(const api::Machine &machine);
    void fillMetadata(const api::Machine &machine);

    std::unique_ptr<Ui::MachinePanel> m_ui;
    models::MachineEventsModel *m_events;
    QString m_machineId;
};

} // namespace hangar::gui
