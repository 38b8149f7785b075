#include "gui/mainwindow.h"

#include "api/apitransport.h"
#include "core/accounts/accountmanager.h"
#include "core/fleet/fleetstore.h"
#include "core/i18n/languages.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/settings/settings.h"
#include "core/transfer/helpermachines.h"
#include "gui/accounts/accountbanner.h"
#include "gui/accounts/accountsdialog.h"
#include "gui/activity/activitydock.h"
#include "gui/config/configeditor.h"
#include "gui/config/filessection.h"
#include "gui/config/mountlimitdialog.h"
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
#include "gui/widgets/statusindicators.h"
#include "models/fleetbinding.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"
#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace hangar::gui {

using namespace Qt::StringLiterals;

namespace {

QWidget *makeEmptyPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("emptyPage"));
    auto *label = new QLabel(page);
    label->setObjectName(QStringLiteral("emptyPageLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    return page;
}

void setEmptyText(QWidget *page, const QString &text)
{
    page->findChild<QLabel *>(QStringLiteral("emptyPageLabel"))->setText(text);
}

} // namespace

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

void MainWindow::createActions()
{
    m_refreshAction =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Refresh everything now (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshAll);
    m_filterAction = new QAction(tr("&Filter"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    addAction(m_filterAction);
    m_regionsAction =
        new QAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("Re&gions"), this);
    m_regionsAction->setObjectName(QStringLiteral("regionsAction"));
    m_regionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_regionsAction->setToolTip(tr("Where your machines and volumes are (Ctrl+R)"));
    connect(m_regionsAction, &QAction::triggered, this, &MainWindow::showRegions);
    m_groupByRegionAction = new QAction(tr("Group by &region first"), this);
    m_groupByRegionAction->setObjectName(QStringLiteral("groupByRegionAction"));
    m_groupByRegionAction->setCheckable(true);
    m_groupByRegionAction->setChecked(
        m_settings.string(core::Setting::TreeGrouping) == QLatin1String("region-app"));
    connect(m_groupByRegionAction, &QAction::toggled, this, &MainWindow::setGrouping);
    setGrouping(m_groupByRegionAction->isChecked());
    m_resetSandboxAction = new QAction(tr("Reset sandbox…"), this);
    m_resetSandboxAction->setObjectName(QStringLiteral("resetSandboxAction"));
    m_resetSandboxAction->setVisible(false);
    connect(m_resetSandboxAction, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset the sandbox"),
            tr("Throw away everything you did in the sandbox and start again with the demo fleet?"),
            QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->addButton(tr("Reset"), QMessageBox::DestructiveRole);
        connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole && m_resetSandbox)
                m_resetSandbox();
        });
        box->open();
    });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_creation->newMachineAction());
    toolbar->addSeparator();
    for (QAction *action : {m_actions->startAction(), m_actions->stopAction(),
             m_actions->restartAction(), m_actions->suspendAction()})
        toolbar->addAction(action);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->destroyAction());
    toolbar->addSeparator();
    toolbar->addAction(m_regionsAction);
    // Delete destroys only while the tree has focus, not while typing in the filter.
    m_ui->fleetTree->addAction(m_actions->destroyAction());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction =
        file->addAction(tr("&Connect to Fly.io…"), this, &MainWindow::connectRequested);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    auto *accountsAction = new QAction(tr("&Accounts…"), this);
    accountsAction->setObjectName(QStringLiteral("accountsAction"));
    connect(accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);
    file->addAction(accountsAction);
    QAction *sandbox =
        file->addAction(tr("Open the &sandbox"), this, &MainWindow::sandboxRequested);
    sandbox->setObjectName(QStringLiteral("openSandboxAction"));
    file->addAction(m_resetSandboxAction);
    file->addSeparator();
    file->addAction(m_creation->newAppAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_filterAction);
    view->addAction(m_regionsAction);
    view->addAction(m_groupByRegionAction);
    view->addSeparator();
    view->addAction(m_activity->toggleViewAction());
    view->addSeparator();
    addLanguageMenu(view);

    QMenu *volume = menuBar()->addMenu(tr("V&olume"));
    volume->setObjectName(QStringLiteral("volumeMenu"));
    for (QAction *action : m_volumeActions->actions()) {
        if (action == m_volumeActions->destroyAction())
            volume->addSeparator();
        volume->addAction(action);
    }

    QMenu *machine = menuBar()->addMenu(tr("&Machine"));
    machine->setObjectName(QStringLiteral("machineMenu"));
    machine->addAction(m_creation->newMachineAction());
    machine->addAction(m_creation->cloneMachineAction());
    machine->addSeparator();
    for (QAction *action : m_actions->machineActions()) {
        if (action == m_actions->cordonAction() || action == m_actions->destroyAction())
            machine->addSeparator();
        machine->addAction(action);
    }
}

void MainWindow::addLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString chosen = m_settings.string(core::Setting::LanguageOverride);
    auto add = [&](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? u"system"_s : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
    };
    add(QString(), tr("System language"));
    menu->addSeparator();
    for (const core::Language &language : core::availableLanguages())
        add(language.code, language.nativeName); // each in its own language
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        m_settings.setValue(core::Setting::LanguageOverride, action->data().toString());
        statusBar()->showMessage(
            tr("Hangar will use %1 the next time it starts.").arg(action->text()), 8000);
    });
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
            setEmptyText(m_emptyPage, tr("Select an app, a machine or a volume in the tree."));
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
        setEmptyText(m_emptyPage, tr("Loading your fleet…"));
        m_ui->panelStack->setCurrentWidget(m_emptyPage);
    }
    setWindowTitle(added->endpoint().sandbox ? tr("Hangar — Sandbox")
                                             : tr("Hangar — %1").arg(added->endpoint().label));
    added->start();
    updatePolling();
    updateStatus();
    updateBanner();
}

QList<core::AccountSession *> MainWindow::sessions() const
{
    QList<core::AccountSession *> result;
    for (const auto &owned : m_sessions)
        result.append(owned.get());
    return result;
}

core::AccountSession *MainWindow::session(const QString &accountId) const
{
    for (const auto &owned : m_sessions) {
        if (owned->endpoint().id == accountId)
            return owned.get();
    }
    return nullptr;
}

void MainWindow::setSandboxReset(std::function<void()> reset)
{
    m_resetSandbox = std::move(reset);
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

void MainWindow::selectionChanged()
{
    QList<SelectedMachine> machines;
    const QModelIndexList rows = m_ui->fleetTree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (models::NodeKind(row.data(models::KindRole).toInt()) != models::NodeKind::Machine)
            continue;
        SelectedMachine machine;
        machine.accountId = row.data(models::AccountIdRole).toString();
        machine.ref.app = row.data(models::AppNameRole).toString();
        machine.ref.id = row.data(models::IdRole).toString();
        machine.ref.label = row.data(models::NameRole).toString();
        if (machine.ref.label.isEmpty())
            machine.ref.label = machine.ref.id;
        machine.state = row.data(models::StateRole).toString();
        machine.cordoned = row.data(models::CordonedRole).toBool();
        machines.append(machine);
    }
    m_actions->setSelection(machines);
    const QModelIndex current = m_ui->fleetTree->currentIndex();
    MachineCreation::Target target;
    if (current.isValid()) {
        target.session = session(current.data(models::AccountIdRole).toString());
        target.appName = current.data(models::AppNameRole).toString();
        target.region = current.data(models::RegionRole).toString();
        if (models::NodeKind(current.data(models::KindRole).toInt()) == models::NodeKind::Machine)
            target.machineId = current.data(models::IdRole).toString();
    }
    m_creation->setTarget(target);
    updateVolumeActions(current);
    showSelected();
    updateBanner();
}

void MainWindow::updateVolumeActions(const QModelIndex &current)
{
    core::AccountSession *owner =
        current.isValid() ? session(current.data(models::AccountIdRole).toString()) : nullptr;
    m_volumeAccountId = owner ? owner->endpoint().id : QString();
    m_volumeActions->setClient(owner ? &owner->client() : nullptr);
    if (!owner) {
        m_volumeActions->setContext({}, std::nullopt);
        return;
    }
    const core::FleetStore &store = owner->store();
    m_volumeActions->setRegions(store.regions());
    m_volumeActions->setMachineNames([owner](const QString &, const QString &machineId) {
        const auto machine = owner->store().machine(machineId);
        return machine ? machine->machine.name() : QString();
    });
    const bool isVolume =
        models::NodeKind(current.data(models::KindRole).toInt()) == models::NodeKind::Volume;
    m_volumeActions->setContext(current.data(models::AppNameRole).toString(),
        isVolume ? store.volume(current.data(models::IdRole).toString()) : std::nullopt);
}

void MainWindow::setAccountManager(core::AccountManager *accounts)
{
    m_accounts = accounts;
    if (m_accounts)
        connect(
            m_accounts, &core::AccountManager::profilesChanged, this, &MainWindow::updateBanner);
    updateBanner();
}

void MainWindow::showAccounts()
{
    if (!m_accounts)
        return;
    auto *dialog = new AccountsDialog(*m_accounts, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateBanner()
{
    QString accountId = m_ui->fleetTree->currentIndex().data(models::AccountIdRole).toString();
    if (accountId.isEmpty() && m_sessions.size() == 1)
        accountId = m_sessions.front()->endpoint().id;
    if (const core::AccountSession *owner = session(accountId))
        m_banner->showEndpoint(owner->endpoint(), m_accounts);
    else
        m_banner->clearAccount();
}

void MainWindow::removeAccount(const QString &accountId)
{
    const auto found = std::find_if(m_sessions.begin(), m_sessions.end(),
        [&accountId](const auto &owned) { return owned->endpoint().id == accountId; });
    if (found == m_sessions.end())
        return;
    core::AccountSession *leaving = found->release();
    m_sessions.erase(found);
    core::FleetStore *store = &leaving->store();
    models::unbindFleetTree(m_treeModel, store, accountId);
    models::unbindRegionSummary(m_regionSummary, store, accountId);
    disconnect(store, nullptr, this, nullptr);
    disconnect(&leaving->transport(), nullptr, this, nullptr);
    store->setPaused(true);
    // Panels let go of the account's client before the session can go.
    m_volumeFiles->setVolume(nullptr, {});
    m_volumePanel->snapshots()->setVolume(nullptr, {});
    if (m_volumeAccountId == accountId)
        m_volumeActions->setClient(nullptr);
    if (m_configAccountId == accountId) {
        m_configTab->setAccount(accountId, nullptr);
        m_historyTab->setClient(nullptr);
        m_configAccountId.clear();
    }
    m_secretNames.removeIf([&accountId](const auto &entry) {
        return entry.key().startsWith(accountId + QLatin1Char('/'));
    });
    // Jobs may still hold this account's client: the session goes once none is running.
    leaving->setParent(this);
    if (m_jobs.runningCount() == 0)
        leaving->deleteLater();
    else
        connect(&m_jobs, &core::JobManager::runningCountChanged, leaving, [leaving](int running) {
            if (running == 0)
                leaving->deleteLater();
        });
    selectionChanged();
    if (m_sessions.empty()) {
        m_ui->navigationPane->setEnabled(false);
        m_ui->panelStack->setCurrentWidget(m_welcome);
    }
    updatePolling();
    updateStatus();
}

void MainWindow::selectMachineWhenListed(const QString &accountId, const QString &machineId)
{
    const QModelIndex source = m_treeModel->indexForMachine(accountId, machineId);
    if (!source.isValid()) {
        m_pendingAccountId = accountId;
        m_pendingMachineId = machineId;
        return;
    }
    m_pendingAccountId.clear();
    m_pendingMachineId.clear();
    const QModelIndex shown = m_decorations->mapFromSource(m_filter->mapFromSource(source));
    if (shown.isValid())
        m_ui->fleetTree->setCurrentIndex(shown);
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_ui->fleetTree->currentIndex();
    if (!current.isValid()) {
        if (!m_sessions.empty() && m_ui->panelStack->currentWidget() != m_regionsPanel)
            m_ui->panelStack->setCurrentWidget(m_emptyPage);
        return;
    }
    const QString accountId = current.data(models::AccountIdRole).toString();
    core::AccountSession *owner = session(accountId);
    if (!owner)
        return;
    core::FleetStore &store = owner->store();
    const QString appName = current.data(models::AppNameRole).toString();
    if (!appName.isEmpty())
        store.setFocusedApp(appName);
    const QString id = current.data(models::IdRole).toString();
    const QString regionName = current.data(models::RegionNameRole).toString();
    switch (models::NodeKind(current.data(models::KindRole).toInt())) {
    case models::NodeKind::Machine:
        showMachine(*owner, id, regionName);
        break;
    case models::NodeKind::Volume:
        if (const auto record = store.volume(id)) {
            const auto attached = store.machine(record->volume.attachedMachineId());
            m_volumePanel->setVolume(*record, regionName,
                attached ? attached->machine.name() : QString(), &owner->client());
            m_volumeFiles->setVolume(owner, *record);
            m_ui->panelStack->setCurrentWidget(m_volumePanel);
        }
        break;
    case models::NodeKind::App:
        if (const auto app = store.app(id)) {
            m_appPanel->setApp(
                *app, store.machinesOfApp(id), store.volumesOfApp(id), &owner->client());
            m_ui->panelStack->setCurrentWidget(m_appPanel);
        }
        break;
    default:
        setEmptyText(m_emptyPage, tr("Select an app, a machine or a volume in the tree."));
        m_ui->panelStack->setCurrentWidget(m_emptyPage);
        break;
    }
}

void MainWindow::showMachine(
    core::AccountSession &owner, const QString &machineId, const QString &regionName)
{
    core::FleetStore &store = owner.store();
    const auto record = store.machine(machineId);
    if (!record)
        return;
    m_machinePanel->setMachine(*record, regionName);
    const QString accountId = owner.endpoint().id;
    const QString secretsKey = accountId + QLatin1Char('/') + record->appName;
    ConfigEditorContext context;
    context.appName = record->appName;
    context.region = record->machine.region();
    context.machineId = record->machine.id();
    context.imageDigest = record->machine.imageRef().digest();
    const QList<core::VolumeRecord> volumes = store.volumesOfApp(record->appName);
    for (const core::VolumeRecord &volume : volumes)
        context.volumes.append(volume.volume);
    context.secretNames = m_secretNames.value(secretsKey);
    m_configAccountId = accountId;
    m_configTab->setAccount(accountId, &owner.client());
    m_configTab->setMachine(*record, context);
    m_historyTab->setClient(&owner.client());
    m_historyTab->setMachine(record->appName, record->machine.id(), record->machine.version());
    m_ui->panelStack->setCurrentWidget(m_machinePanel);
    if (!m_secretNames.contains(secretsKey)) {
        // Secret names feed the config-file picker; they come later, without blocking the panel.
        m_secretNames.insert(secretsKey, {});
        owner.client()
            .listSecrets(record->appName)
            .then(this, [this, secretsKey](const api::Result<QList<api::Secret>> &result) {
                if (!result) {
                    m_secretNames.remove(secretsKey);
                    return;
                }
                QStringList names;
                for (const api::Secret &secret : result.value())
                    names.append(secret.name());
                m_secretNames.insert(secretsKey, names);
                m_creation->setSecretNames(secretsKey.section(QLatin1Char('/'), 0, 0),
                    secretsKey.section(QLatin1Char('/'), 1), names);
                showSelected();
            });
    }
}

void MainWindow::explainSecondMount(const QString &volumeId)
{
    core::AccountSession *owner = session(m_configAccountId);
    if (!owner)
        return;
    const api::MachineConfig draft = m_configTab->editor()->draft();
    const api::MountConfig mount = draft.mounts().value(0);
    const auto mounted = owner->store().volume(mount.volume());
    const auto requested = owner->store().volume(volumeId);
    const auto machine = owner->store().machine(m_configTab->machineId());
    MountLimitDialog::Facts facts;
    facts.machineName = machine ? machine->machine.name() : m_configTab->machineId();
    facts.mountedVolume = mounted ? mounted->volume.name() : mount.volume();
    facts.mountPath = mount.path();
    facts.requestedVolume = requested ? requested->volume.name() : QString();
    auto *dialog = new MountLimitDialog(facts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MountLimitDialog::addConfigFileChosen, this, [this] {
        m_machinePanel->showTab(QStringLiteral("config"));
        m_configTab->editor()->showJson(false);
        m_configTab->editor()->filesSection()->openAddDialog();
    });
    const QString mountedName = facts.mountedVolume;
    connect(dialog, &MountLimitDialog::copyIntoVolumeChosen, this, [this, mountedName] {
        if (selectPath(m_configTab->appName() + QLatin1Char('/') + mountedName))
            showView(QStringLiteral("files"));
    });
    dialog->open();
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

void MainWindow::showTreeContextMenu(const QPoint &position)
{
    const QModelIndex at = m_ui->fleetTree->indexAt(position);
    const auto kind = models::NodeKind(at.data(models::KindRole).toInt());
    const bool onVolume = at.isValid() && kind == models::NodeKind::Volume;
    const bool onApp = at.isValid() && kind == models::NodeKind::App;
    if (m_actions->selection().isEmpty() && !onVolume && !onApp)
        return;
    // popup() returns at once, so the menu owns itself and goes when it closes.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("treeContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (onVolume) {
        menu->addActions(m_volumeActions->actions());
    } else if (onApp) {
        menu->addAction(m_creation->newMachineAction());
        menu->addAction(m_volumeActions->createAction());
    } else {
        menu->addAction(m_creation->cloneMachineAction());
        menu->addSeparator();
        for (QAction *action : m_actions->machineActions()) {
            if (action == m_actions->cordonAction() || action == m_actions->destroyAction())
                menu->addSeparator();
            menu->addAction(action);
        }
    }
    menu->popup(m_ui->fleetTree->viewport()->mapToGlobal(position));
}

bool MainWindow::selectPath(const QString &path)
{
    const QString appName = path.section(QLatin1Char('/'), 0, 0);
    const QString itemName = path.section(QLatin1Char('/'), 1);
    for (const auto &owned : m_sessions) {
        const QString accountId = owned->endpoint().id;
        QModelIndex source;
        if (itemName.isEmpty()) {
            source = m_treeModel->indexForApp(accountId, appName);
        } else {
            for (const core::MachineRecord &record : owned->store().machinesOfApp(appName)) {
                if (record.machine.name() == itemName || record.machine.id() == itemName)
                    source = m_treeModel->indexForMachine(accountId, record.machine.id());
            }
            for (const core::VolumeRecord &record : owned->store().volumesOfApp(appName)) {
                if (!source.isValid()
                    && (record.volume.name() == itemName || record.volume.id() == itemName))
                    source = m_treeModel->indexForVolume(accountId, record.volume.id());
            }
        }
        if (!source.isValid())
            continue;
        const QModelIndex shown = m_decorations->mapFromSource(m_filter->mapFromSource(source));
        if (!shown.isValid())
            return false;
        m_ui->fleetTree->scrollTo(shown);
        m_ui->fleetTree->setCurrentIndex(shown);
        m_ui->fleetTree->selectionModel()->select(
            shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }
    return false;
}

bool MainWindow::showView(const QString &view)
{
    if (view == QLatin1String("regions")) {
        showRegions();
        return true;
    }
    if (view == QLatin1String("activity")) {
        m_activity->show();
        m_activity->raise();
        return true;
    }
    if (view == QLatin1String("new-machine"))
        return m_creation->openNewMachine() != nullptr;
    if (view == QLatin1String("welcome")) {
        m_ui->panelStack->setCurrentWidget(m_welcome);
        return true;
    }
    QWidget *shown = m_ui->panelStack->currentWidget();
    if (shown == m_machinePanel)
        return m_machinePanel->showTab(view);
    if (shown == m_volumePanel)
        return m_volumePanel->showTab(view);
    if (shown == m_appPanel)
        return m_appPanel->showTab(view);
    return false;
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.bytes(core::Setting::MainWindowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.bytes(core::Setting::MainWindowState);
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = m_settings.bytes(core::Setting::MainSplitterState);
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(core::Setting::MainWindowGeometry, saveGeometry());
    m_settings.setValue(core::Setting::MainWindowState, saveState());
    m_settings.setValue(core::Setting::MainSplitterState, m_ui->mainSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updatePolling();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // A first start gets a modest activity dock; later starts restore what the user left.
    if (!m_dockSized && m_settings.bytes(core::Setting::MainWindowState).isEmpty())
        resizeDocks({m_activity}, {120}, Qt::Vertical);
    m_dockSized = true;
    updatePolling();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updatePolling();
}

} // namespace hangar::gui
