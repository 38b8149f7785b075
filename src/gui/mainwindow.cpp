#include "gui/mainwindow.h"

#include "api/apitransport.h"
#include "core/fleet/fleetstore.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/settings/settings.h"
#include "core/transfer/helpermachines.h"
#include "core/transfer/transferoptions.h"
#include "gui/accounts/accountbanner.h"
#include "gui/activity/activitydock.h"
#include "gui/config/configeditor.h"
#include "gui/config/filessection.h"
#include "gui/files/volumefileswidget.h"
#include "gui/fleetactions.h"
#include "gui/fleetdecorations.h"
#include "gui/fleettreedrops.h"
#include "gui/machinecreation.h"
#include "gui/panels/apppanel.h"
#include "gui/panels/machineconfigtab.h"
#include "gui/panels/machinehistorytab.h"
#include "gui/panels/machinepanel.h"
#include "gui/panels/regionspanel.h"
#include "gui/panels/volumepanel.h"
#include "gui/panels/welcomepage.h"
#include "gui/volumes/volumeactions.h"
#include "gui/volumes/volumesnapshotswidget.h"
#include "gui/widgets/emptypage.h"
#include "gui/widgets/statusindicators.h"
#include "models/fleetbinding.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "models/regionsummarymodel.h"
#include "ui_mainwindow.h"

#include <QFileInfo>
#include <QLabel>

namespace hangar::gui {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(core::Settings &settings, core::JobManager &jobs, core::DraftStore &drafts,
    QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_jobs(jobs)
    , m_network(network)
    , m_treeModel(new models::FleetTreeModel(this))
    , m_filter(new models::FleetFilterProxy(this))
    , m_decorations(new FleetDecorations(this))
    , m_regionSummary(new models::RegionSummaryModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    m_banner = new AccountBanner(this);
    m_ui->centralLayout->insertWidget(0, m_banner);
    m_filter->setSourceModel(m_treeModel);
    m_decorations->setSourceModel(m_filter);
    m_ui->fleetTree->setModel(m_decorations);
    m_ui->fleetTree->setSortingEnabled(true);
    m_ui->fleetTree->sortByColumn(0, Qt::AscendingOrder);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setSizes({320, 960});

    m_welcome = new WelcomePage(this);
    m_emptyPage = makeEmptyPage(this);
    m_appPanel = new AppPanel(m_jobs, this);
    m_machinePanel = new MachinePanel(this);
    m_configTab = new MachineConfigTab(m_jobs, drafts, m_machinePanel);
    m_historyTab = new MachineHistoryTab(m_machinePanel);
    m_machinePanel->addTab(m_configTab, tr("&Config"));
    m_machinePanel->addTab(m_historyTab, tr("&History"));
    m_volumePanel = new VolumePanel(m_jobs, this);
    m_volumeFiles = new VolumeFilesWidget(m_jobs, m_volumePanel);
    m_volumeFiles->setObjectName(QStringLiteral("filesTab"));
    m_volumePanel->addTab(m_volumeFiles, tr("&Files"));
    m_regionsPanel = new RegionsPanel(m_regionSummary, this);
    for (QWidget *page : {static_cast<QWidget *>(m_welcome), m_emptyPage,
             static_cast<QWidget *>(m_appPanel), static_cast<QWidget *>(m_machinePanel),
             static_cast<QWidget *>(m_volumePanel), static_cast<QWidget *>(m_regionsPanel)})
        m_ui->panelStack->addWidget(page);
    m_ui->panelStack->setCurrentWidget(m_welcome);
    m_ui->navigationPane->setEnabled(false);

    m_activity = new ActivityDock(&m_jobs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_activity);
    resizeDocks({m_activity}, {150}, Qt::Vertical);
    m_indicators = new StatusIndicators(this);
    m_ui->statusBar->addPermanentWidget(m_indicators);

    m_drops = new FleetTreeDrops(
        m_ui->fleetTree, m_jobs, [this](const QString &id) { return session(id); }, this);
    applyTransferPreferences();
    connect(&m_settings, &core::Settings::changed, this, [this](core::Setting setting) {
        if (setting == core::Setting::CopyAskAboveMiB)
            applyTransferPreferences();
    });
    connect(m_drops, &FleetTreeDrops::configFileDropped, this,
        [this](const QString &accountId, const QString &machineId, const QString &localPath) {
            // The file joins the machine's draft after the usual dialog (path, mode, preview);
            // nothing is sent until the user reviews and applies.
            selectMachineWhenListed(accountId, machineId);
            if (m_configTab->machineId() != machineId)
                return;
            m_machinePanel->showTab(QStringLiteral("config"));
            m_configTab->editor()->showJson(false);
            m_configTab->editor()->filesSection()->openAddDialog(
                localPath, QStringLiteral("/etc/") + QFileInfo(localPath).fileName());
        });
    m_volumeActions = new VolumeActions(m_jobs, this, this);
    connect(m_volumeActions, &VolumeActions::volumesChanged, this, [this](const QString &app) {
        if (core::AccountSession *owner = session(m_volumeAccountId))
            owner->store().refreshApp(app);
    });
    connect(m_volumePanel->snapshots(), &VolumeSnapshotsWidget::restoreRequested, m_volumeActions,
        &VolumeActions::restoreSnapshot);
    connect(m_volumeActions, &VolumeActions::snapshotTaken, m_volumePanel->snapshots(),
        &VolumeSnapshotsWidget::refresh);
    m_creation = new MachineCreation(m_jobs, m_regionSummary, this);
    connect(m_creation, &MachineCreation::machineCreated, this,
        [this](const QString &accountId, const QString &appName, const QString &machineId) {
            Q_UNUSED(appName)
            selectMachineWhenListed(accountId, machineId);
            // A full refresh: the machine may have come with a new volume.
            if (core::AccountSession *owner = session(accountId))
                owner->store().refreshAll();
        });
    connect(m_creation, &MachineCreation::appCreated, this,
        [this](const QString &accountId, const QString &) {
            if (core::AccountSession *owner = session(accountId))
                owner->store().refreshAll();
        });
    m_actions = new FleetActions(
        m_jobs, [this](const QString &id) { return session(id); }, this, this);
    connect(m_actions, &FleetActions::machinesTouched, this,
        [this](const QString &accountId, const QList<core::MachineRef> &machines) {
            QStringList apps;
            QStringList ids;
            for (const core::MachineRef &machine : machines) {
                apps.append(machine.app);
                ids.append(machine.id);
            }
            refreshTouched(accountId, apps, ids);
        });
    createActions();
    createMenus();

    connect(m_welcome, &WelcomePage::trySandboxRequested, this, &MainWindow::sandboxRequested);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectRequested);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter,
        &models::FleetFilterProxy::setFilterText);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_ui->fleetTree->expandAll();
    });
    connect(m_ui->fleetTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::selectionChanged);
    connect(m_ui->fleetTree, &QWidget::customContextMenuRequested, this,
        &MainWindow::showTreeContextMenu);
    connect(m_configTab, &MachineConfigTab::applied, this, [this](const api::Machine &machine) {
        refreshTouched(m_configAccountId, {m_configTab->appName()}, {machine.id()});
    });
    connect(m_configTab, &MachineConfigTab::secondMountRequested, this,
        &MainWindow::explainSecondMount);
    connect(m_historyTab, &MachineHistoryTab::restoreRequested, m_configTab,
        &MachineConfigTab::reviewRestore);
    connect(m_appPanel, &AppPanel::machineActivated, this,
        [this](const QString &app, const QString &machineId) {
            for (const auto &owned : m_sessions) {
                const QModelIndex source =
                    m_treeModel->indexForMachine(owned->endpoint().id, machineId);
                if (source.isValid()) {
                    const QModelIndex shown =
                        m_decorations->mapFromSource(m_filter->mapFromSource(source));
                    m_ui->fleetTree->setCurrentIndex(shown);
                    return;
                }
            }
            Q_UNUSED(app)
        });
    connect(m_regionsPanel, &RegionsPanel::regionActivated, this, &MainWindow::filterToRegion);
    connect(m_ui->regionFilterLabel, &QLabel::linkActivated, this,
        [this] { filterToRegion(QString()); });
    restoreWindowState();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Jobs hold the sessions' clients: stop them before the sessions go.
    m_jobs.cancelAll();
}

void MainWindow::addAccount(std::unique_ptr<core::AccountSession> owned)
{
    core::AccountSession *added = owned.get();
    const QString accountId = added->endpoint().id;
    m_sessions.push_back(std::move(owned));
    core::FleetStore *store = &added->store();
    models::bindFleetTree(m_treeModel, store, accountId, added->endpoint().label);
    models::bindRegionSummary(m_regionSummary, store, accountId);
    connect(store, &core::FleetStore::deltaReady, this,
        [this, accountId](const core::FleetDelta &delta) { applyDelta(accountId, delta); });
    connect(store, &core::FleetStore::loaded, this, [this] {
        updateStatus();
        if (m_ui->panelStack->currentWidget() == m_emptyPage)
            setEmptyPageText(m_emptyPage, tr("Select an app, a machine or a volume in the tree."));
        m_ui->fleetTree->expandToDepth(m_sessions.size() > 1 ? 2 : 1);
        if (hasLoaded())
            emit fleetLoaded();
    });
    // Helper machines left behind by an interrupted copy are removed once the fleet is known.
    connect(
        store, &core::FleetStore::loaded, this,
        [this, added] { core::helpers::cleanUpOrphans(*added, m_jobs); }, Qt::SingleShotConnection);
    connect(store, &core::FleetStore::refreshingChanged, this, &MainWindow::updateStatus);
    connect(store, &core::FleetStore::refreshed, this, &MainWindow::updateStatus);
    connect(store, &core::FleetStore::refreshFailed, this, [this](const api::ApiError &error) {
        m_ui->statusBar->showMessage(error.message(), 10000);
        updateStatus();
    });
    connect(
        &added->transport(), &api::ApiTransport::activityChanged, this, &MainWindow::updateStatus);
    if (added->endpoint().sandbox)
        m_resetSandboxAction->setVisible(true);
    m_ui->navigationPane->setEnabled(true);
    if (m_ui->panelStack->currentWidget() == m_welcome) {
        setEmptyPageText(m_emptyPage, tr("Loading your fleet…"));
        m_ui->panelStack->setCurrentWidget(m_emptyPage);
    }
    setWindowTitle(added->endpoint().sandbox ? tr("Hangar — Sandbox")
                                             : tr("Hangar — %1").arg(added->endpoint().label));
    added->start();
    updatePolling();
    updateStatus();
    updateBanner();
}

void MainWindow::showWelcomeStatus(const QString &text)
{
    m_welcome->setStatus(text);
    if (m_sessions.empty())
        m_ui->panelStack->setCurrentWidget(m_welcome);
}

bool MainWindow::hasLoaded() const
{
    if (m_sessions.empty())
        return false;
    return std::all_of(m_sessions.begin(), m_sessions.end(),
        [](const auto &owned) { return owned->store().hasLoaded(); });
}

void MainWindow::applyDelta(const QString &accountId, const core::FleetDelta &delta)
{
    Q_UNUSED(delta)
    if (accountId == m_pendingAccountId && !m_pendingMachineId.isEmpty())
        selectMachineWhenListed(m_pendingAccountId, m_pendingMachineId);
    // The tree already took the delta; the panel and the actions follow the selection.
    const QModelIndex current = m_ui->fleetTree->currentIndex();
    if (current.isValid() && current.data(models::AccountIdRole).toString() == accountId) {
        QWidget *shown = m_ui->panelStack->currentWidget();
        if (shown == m_machinePanel || shown == m_volumePanel || shown == m_appPanel)
            showSelected();
    }
    selectionChanged();
}

void MainWindow::updateStatus()
{
    int inFlight = 0;
    int queued = 0;
    bool refreshing = false;
    bool sandbox = false;
    QString problem;
    QDateTime lastRefresh;
    for (const auto &owned : m_sessions) {
        inFlight += owned->transport().inFlightCount();
        queued += owned->transport().queuedCount();
        refreshing = refreshing || owned->store().isRefreshing();
        sandbox = sandbox || owned->endpoint().sandbox;
        if (owned->store().lastError().isError())
            problem = owned->store().lastError().message();
        if (!lastRefresh.isValid() || owned->store().lastRefresh() > lastRefresh)
            lastRefresh = owned->store().lastRefresh();
    }
    m_indicators->setVisible(!m_sessions.empty());
    m_indicators->setSandbox(sandbox);
    m_indicators->setConnection(problem.isEmpty(), problem);
    m_indicators->setLastRefresh(lastRefresh);
    m_indicators->setRefreshing(refreshing);
    m_indicators->setRequests(inFlight, queued);
}

void MainWindow::updatePolling()
{
    const bool hidden = !isVisible() || isMinimized();
    for (const auto &owned : m_sessions)
        owned->store().setPaused(hidden);
}

void MainWindow::refreshAll()
{
    for (const auto &owned : m_sessions)
        owned->store().refreshAll();
}

void MainWindow::refreshTouched(
    const QString &accountId, const QStringList &appNames, const QStringList &machineIds)
{
    core::AccountSession *owner = session(accountId);
    if (!owner)
        return;
    for (qsizetype i = 0; i < machineIds.size(); ++i)
        owner->store().refreshMachine(appNames.at(i), machineIds.at(i));
}

void MainWindow::showRegions()
{
    m_ui->fleetTree->clearSelection();
    m_ui->panelStack->setCurrentWidget(m_regionsPanel);
}

void MainWindow::filterToRegion(const QString &code)
{
    m_regionsPanel->setSelectedRegion(code);
    m_filter->setRegionFilter(code);
    m_ui->regionFilterLabel->setVisible(!code.isEmpty());
    m_ui->regionFilterLabel->setText(
        tr("Showing region %1 only · <a href=\"clear\">show all</a>").arg(code));
    if (!code.isEmpty())
        m_ui->fleetTree->expandAll();
}

void MainWindow::setGrouping(bool byRegion)
{
    m_treeModel->setGrouping(byRegion ? models::FleetTreeModel::Grouping::RegionApp
                                      : models::FleetTreeModel::Grouping::AppRegion);
    m_settings.setValue(core::Setting::TreeGrouping,
        byRegion ? QStringLiteral("region-app") : QStringLiteral("app-region"));
    m_ui->fleetTree->expandToDepth(0);
}

void MainWindow::applyTransferPreferences()
{
    const core::TransferOptions options = core::transferOptionsFrom(m_settings);
    m_drops->setOptions(options);
    m_volumeFiles->setOptions(options);
}

} // namespace hangar::gui
