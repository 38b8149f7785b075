#pragma once

#include "core/fleet/fleetrecords.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace hangar::gui {

// One app: organisation, status, machines by state, volumes, and its machines at a glance.
class AppPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPanel)

public:
    explicit AppPanel(QWidget *parent = nullptr);
    ~AppPanel() override;

    void setApp(const api::App &app, const QList<core::MachineRecord> &machines,
        const QList<core::VolumeRecord> &volumes);
    QString appName() const { return m_appName; }

signals:
    void machineActivated(const QString &appName, const QString &machineId);

private:
    QString m_appName;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_counts;
    QTreeWidget *m_machines;
};

} // namespace hangar::gui
