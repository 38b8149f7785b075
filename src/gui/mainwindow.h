#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QModelIndex;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace hangar::core {
class AccountManager;
class AccountSession;
class DraftStore;
class JobManager;
class Settings;
struct FleetDelta;
} // namespace hangar::core

namespace hangar::models {
class FleetFilterProxy;
class FleetTreeModel;
class RegionSummaryModel;
} // namespace hangar::models

namespace hangar::gui {

class AccountBanner;
class ActivityDock;
class AppPanel;
class FleetActions;
class FleetDecorations;
class FleetTreeDrops;
class MachineConfigTab;
class MachineCreation;
class MachineHistoryTab;
class MachinePanel;
class RegionsPanel;
class StatusIndicators;
class VolumeActions;
class VolumeFilesWidget;
class VolumePanel;
class WelcomePage;

// The main window: the fleet tree with its filter on the left, the panel of the selection on
// the right, the activity dock below, machine actions in the toolbar and menus.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(core::Settings &settings, core::JobManager &jobs, core::DraftStore &drafts,
        QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows an account in the tree and starts loading it. The window owns the session.
    void addAccount(std::unique_ptr<core::AccountSession> session);
    // Closes an account's session (removed or replaced by an edit); its running jobs finish first.
    void removeAccount(const QString &accountId);
    // The saved accounts, for File > Accounts and the banner; not owned.
    void setAccountManager(core::AccountManager *accounts);
    QList<core::AccountSession *> sessions() const;
    core::AccountSession *session(const QString &accountId) const;
    // The sandbox's "Reset" (the sandbox itself lives outside the GUI library).
    void setSandboxReset(std::function<void()> reset);
    void showWelcomeStatus(const QString &text);

    // True once every account finished its first load.
    bool hasLoaded() const;
    // Selects "APP" or "APP/MACHINE-OR-VOLUME-NAME" in the tree; false when there is no such thing.
    bool selectPath(const QString &path);
    // Opens a view: "regions", "activity", "welcome", "new-machine" (the wizard), or a tab of the
    // panel shown: a machine's "overview", "checks", "metadata", "events", "config", "history";
    // a volume's "overview", "snapshots", "files"; an app's "machines", "secrets". False when
    // unknown.
    bool showView(const QString &view);

    FleetActions *actions() const { return m_actions; }
    MachineConfigTab *configTab() const { return m_configTab; }
    MachineCreation *creation() const { return m_creation; }
    FleetTreeDrops *treeDrops() const { return m_drops; }
    VolumeActions *volumeActions() const { return m_volumeActions; }
    MachineHistoryTab *historyTab() const { return m_historyTab; }

signals:
    void sandboxRequested();
    void connectRequested();
    void fleetLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createMenus();
    void addLanguageMenu(QMenu *parent);
    void restoreWindowState();
    void saveWindowState();
    void selectionChanged();
    void showSelected();
    void applyDelta(const QString &accountId, const core::FleetDelta &delta);
    void updateStatus();
    void updatePolling();
    void refreshAll();
    void refreshTouched(
        const QString &accountId, const QStringList &appNames, const QStringList &machineIds);
    void showRegions();
    void filterToRegion(const QString &code);
    void showTreeContextMenu(const QPoint &position);
    void setGrouping(bool byRegion);
    void updateBanner();
    void updateVolumeActions(const QModelIndex &current);
    void showAccounts();
    void showPreferences();
    // Copies started from now on use the preferences (the size above which to ask).
    void applyTransferPreferences();
    void showMachine(
        core::AccountSession &owner, const QString &machineId, const QString &regionName);
    void explainSecondMount(const QString &volumeId);
    void selectMachineWhenListed(const QString &accountId, const QString &machineId);

    std::unique_ptr<Ui::MainWindow> m_ui;
    core::Settings &m_settings;
    core::JobManager &m_jobs;
    QNetworkAccessManager *m_network;
    std::vector<std::unique_ptr<core::AccountSession>> m_sessions;
    models::FleetTreeModel *m_treeModel;
    models::FleetFilterProxy *m_filter;
    FleetDecorations *m_decorations;
    models::RegionSummaryModel *m_regionSummary;
    FleetActions *m_actions;
    ActivityDock *m_activity;
    StatusIndicators *m_indicators;
    WelcomePage *m_welcome;
    QWidget *m_emptyPage;
    AppPanel *m_appPanel;
    MachinePanel *m_machinePanel;
    MachineConfigTab *m_configTab;
    MachineHistoryTab *m_historyTab;
    QString m_configAccountId; // the account of the machine the config tab shows
    QHash<QString, QStringList> m_secretNames; // by "account/app", for the config editor
    MachineCreation *m_creation;
    VolumeFilesWidget *m_volumeFiles;
    VolumeActions *m_volumeActions;
    QString m_volumeAccountId; // the account the volume actions act in
    FleetTreeDrops *m_drops;
    AccountBanner *m_banner = nullptr;
    core::AccountManager *m_accounts = nullptr;
    QString m_pendingAccountId; // a new machine to select once the tree lists it
    QString m_pendingMachineId;
    VolumePanel *m_volumePanel;
    RegionsPanel *m_regionsPanel;
    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_regionsAction = nullptr;
    QAction *m_groupByRegionAction = nullptr;
    QAction *m_resetSandboxAction = nullptr;
    std::function<void()> m_resetSandbox;
    bool m_dockSized = false;
};

} // namespace hangar::gui
