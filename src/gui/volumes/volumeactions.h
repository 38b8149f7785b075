#pragma once

#include "api/values/region.h"
#include "core/fleet/fleetrecords.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMessageBox;
class QWidget;

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {
class Job;
class JobManager;
} // namespace hangar::core

namespace hangar::gui {

class CreateVolumeDialog;
class DestroyDialog;
class ExtendVolumeDialog;
class VolumeJob;

// The volume verbs: create, fork, restore a snapshot, extend, snapshot and destroy, in the
// account set with the constructor or setClient(). Each opens its dialog window-modal (open(), no
// nested event loop) and runs the work as a job in the activity dock. The actions follow the volume
// set with setVolume(): destroy is offered only for a detached volume, and explains itself when
// asked anyway.
class VolumeActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeActions)

public:
    // The attached machine's name for a machine id, to word dialogs; empty when unknown.
    using MachineNames = std::function<QString(const QString &app, const QString &machineId)>;

    VolumeActions(api::ApiClient &client, core::JobManager &jobs, QWidget *dialogParent,
        QObject *parent = nullptr);
    // No account yet: every action stays disabled until setClient().
    VolumeActions(core::JobManager &jobs, QWidget *dialogParent, QObject *parent = nullptr);
    ~VolumeActions() override;

    // The account to act in (e.g. the selected volume's); nullptr disables the actions. Jobs and
    // dialogs already started keep the client they began with.
    void setClient(api::ApiClient *client);
    api::ApiClient *client() const;
    // Regions for the create dialog (e.g. FleetStore::regions()); without them it loads them.
    void setRegions(const api::RegionList &regions) { m_regions = regions; }
    void setMachineNames(MachineNames names) { m_machineNames = std::move(names); }
    // What the actions act on: the app for Create, and the selected volume, if any.
    void setContext(const QString &app, const std::optional<core::VolumeRecord> &volume);

    QAction *createAction() const { return m_create; }
    QAction *extendAction() const { return m_extend; }
    QAction *forkAction() const { return m_fork; }
    QAction *snapshotAction() const { return m_snapshot; }
    QAction *destroyAction() const { return m_destroy; }
    QList<QAction *> actions() const;

public slots:
    // Each returns the dialog it opened (nullptr when none), e.g. for tests.
    CreateVolumeDialog *createVolume(const QString &app, const QString &region = {});
    CreateVolumeDialog *forkVolume(const hangar::core::VolumeRecord &source);
    CreateVolumeDialog *restoreSnapshot(
        const hangar::core::VolumeRecord &source, const QString &snapshotId);
    ExtendVolumeDialog *extendVolume(const hangar::core::VolumeRecord &volume);
    // Refused (with an explanation) while the volume is attached; else typed confirmation.
    DestroyDialog *destroyVolume(const hangar::core::VolumeRecord &volume);
    // No dialog: a snapshot is taken at once.
    void snapshotVolume(const hangar::core::VolumeRecord &volume);

signals:
    // A job changed the app's volumes (or tried to): refresh them, e.g. FleetStore::refreshApp.
    void volumesChanged(const QString &app);
    void volumeCreated(const QString &app, const hangar::api::Volume &volume);
    void snapshotTaken(const QString &app, const QString &volumeId);

private:
    QAction *makeAction(const QString &text, const QString &objectName, const QString &toolTip);
    void updateEnabled();
    CreateVolumeDialog *openCreateDialog(const QString &app);
    QString machineLabel(const core::VolumeRecord &volume) const;
    void track(const QString &app, core::Job *job);
    void offerRestart(api::ApiClient &client, const core::VolumeRecord &volume);
    QMessageBox *inform(const QString &objectName, const QString &title, const QString &text);

    QPointer<api::ApiClient> m_client;
    QMetaObject::Connection m_clientGone;
    core::JobManager &m_jobs;
    QWidget *m_dialogParent;
    api::RegionList m_regions;
    MachineNames m_machineNames;
    QString m_app;
    std::optional<core::VolumeRecord> m_volume;
    QAction *m_create;
    QAction *m_extend;
    QAction *m_fork;
    QAction *m_snapshot;
    QAction *m_destroy;
};

} // namespace hangar::gui
