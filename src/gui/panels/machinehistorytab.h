#pragma once

#include "api/values/machineconfig.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace hangar::api {
class ApiClient;
}

namespace hangar::gui {

class ConfigHistoryWidget;

// The History tab of a machine: its config versions from the server, fetched when the tab is
// shown or the machine's version changes, with diffs between any two and "restore".
class MachineHistoryTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineHistoryTab)

public:
    explicit MachineHistoryTab(QWidget *parent = nullptr);
    ~MachineHistoryTab() override;

    void setClient(api::ApiClient *client) { m_client = client; }
    // Refetches when the machine or its version differs from what is shown.
    void setMachine(const QString &app, const QString &machineId, const QString &version);
    ConfigHistoryWidget *history() const { return m_history; }
    void reload();

signals:
    void restoreRequested(const QString &versionId, const hangar::api::MachineConfig &config);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<api::ApiClient> m_client;
    QString m_app;
    QString m_machineId;
    QString m_version;
    QString m_loadedKey;
    QLabel *m_status;
    QPushButton *m_reload;
    ConfigHistoryWidget *m_history;
};

} // namespace hangar::gui
