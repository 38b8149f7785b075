#pragma once

#include "core/fleet/fleetrecords.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {
class JobManager;
}

namespace hangar::gui {

class SecretsWidget;

// One app: organisation, status, machines by state, volumes, its machines at a glance and its
// secrets.
class AppPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPanel)

public:
    explicit AppPanel(core::JobManager &jobs, QWidget *parent = nullptr);
    ~AppPanel() override;

    // With a client the app's secrets are listed (again only when the app or client changes).
    void setApp(const api::App &app, const QList<core::MachineRecord> &machines,
        const QList<core::VolumeRecord> &volumes, api::ApiClient *client);
    // Opens a tab by name ("machines", "secrets"); false if unknown.
    bool showTab(const QString &name);
    SecretsWidget *secrets() const { return m_secrets; }
    QString appName() const { return m_appName; }

signals:
    void machineActivated(const QString &appName, const QString &machineId);

private:
    QString m_appName;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_counts;
    QTabWidget *m_tabs;
    QTreeWidget *m_machines;
    SecretsWidget *m_secrets;
};

} // namespace hangar::gui
