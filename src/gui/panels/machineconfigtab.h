#pragma once

#include "core/fleet/fleetrecords.h"
#include "gui/config/configsection.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {
class DraftStore;
class JobManager;
class OperationJob;
} // namespace hangar::core

namespace hangar::gui {

class ConfigEditor;
class ReviewDialog;

// The Config tab of a machine: the editor, Discard and "Review and apply…". Applying runs
// update-and-wait as a job; if someone else changed the machine meanwhile, the user chooses
// to re-apply their edits onto the new config, discard them, or keep editing. The draft is
// saved as it is typed and stays until it is applied or discarded, also across restarts.
class MachineConfigTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineConfigTab)

public:
    MachineConfigTab(core::JobManager &jobs, core::DraftStore &drafts, QWidget *parent = nullptr);
    ~MachineConfigTab() override;

    // The account the drafts belong to and the client that reaches it.
    void setAccount(const QString &accountId, api::ApiClient *client);
    // Shows a machine (or the same machine as it is now). An unapplied draft is kept.
    void setMachine(const core::MachineRecord &record, const ConfigEditorContext &context);
    QString machineId() const { return m_record.machine.id(); }
    QString appName() const { return m_record.appName; }

    ConfigEditor *editor() const { return m_editor; }
    // The open review or conflict dialog, if any (for tests and the window).
    ReviewDialog *reviewDialog() const;
    core::OperationJob *applyJob() const;

    // Opens the review of the draft; false when there is nothing valid to apply.
    bool reviewAndApply();
    // Reviews going back to `config` from an earlier version.
    void reviewRestore(const QString &versionId, const api::MachineConfig &config);
    void discardDraft();

signals:
    // An update went through; `machine` is the machine as it is now.
    void applied(const hangar::api::Machine &machine);
    void secondMountRequested(const QString &volumeId);

private:
    void onDraftChanged();
    void saveDraft();
    void apply(const api::MachineConfig &config, const QString &expectedVersion);
    void onApplyFinished(core::OperationJob *job, const api::MachineConfig &sent);
    void onConflict(const api::MachineConfig &mine);
    void showStatus(const QString &text, bool error = false);
    QString machineLabel() const;
    ReviewDialog *newReview();

    core::JobManager &m_jobs;
    core::DraftStore &m_drafts;
    QPointer<api::ApiClient> m_client;
    QString m_accountId;
    core::MachineRecord m_record;
    ConfigEditorContext m_context;
    QString m_baseVersion; // the version the editor's original is
    QString m_appliedNote; // what the last apply did, shown until the next edit
    ConfigEditor *m_editor;
    QLabel *m_status;
    QPushButton *m_discard;
    QPushButton *m_reviewButton;
    QPointer<ReviewDialog> m_review;
    QPointer<core::OperationJob> m_applyJob;
    QTimer *m_saveTimer;
};

} // namespace hangar::gui
