#include "gui/mainwindow.h"

#include "api/apitransport.h"
#include "core/fleet/fleetstore.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/settings/settings.h"
#include "gui/activity/activitydock.h"
#include "gui/dialogs/connectdialog.h"
#include "gui/fleetactions.h"
#include "gui/fleetdecorations.h"
#include "gui/panels/apppanel.h"
#include "gui/panels/machinepanel.h"
#include "gui/panels/regionspanel.h"
#include "gui/panels/volumepanel.h"
#include "gui/panels/welcomepage.h"
#include "gui/widgets/statusindicators.h"
#include "models/fleetbinding.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"
#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace hangar::gui {

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

MainWindow::MainWindow(core::Settings &settings, core::JobManager &jobs,
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
    m_filter->setSourceModel(m_treeModel);
    m_decorations->setSourceModel(m_filter);
    m_ui->fleetTree->setModel(m_decorations);
    m_ui->fleetTree->setSortingEnabled(true);
    m_ui->fleetTree->sortByColumn(0, Qt::AscendingOrder);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setSizes({320, 960});

    m_welcome = new WelcomePage(this);
    m_emptyPage = makeEmptyPage(this);
    m_appPanel = new AppPanel(this);
    m_machinePanel = new MachinePanel(this);
    m_volumePanel = new VolumePanel(this);
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
    QAction *sandbox =
        file->addAction(tr("Open the &sandbox"), this, &MainWindow::sandboxRequested);
    sandbox->setObjectName(QStringLiteral("openSandboxAction"));
    file->addAction(m_resetSandboxAction);
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

    QMenu *machine = menuBar()->addMenu(tr("&Machine"));
    machine->setObjectName(QStringLiteral("machineMenu"));
    for (QAction *action : m_actions->machineActions()) {
        if (action == m_actions->cordonAction() || action == m_actions->destroyAction())
            machine->addSeparator();
        machine->addAction(action);
    }
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
    showSelected();
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
        if (const auto record = store.machine(id)) {
            m_machinePanel->setMachine(*record, regionName);
            m_ui->panelStack->setCurrentWidget(m_machinePanel);
        }
        break;
    case models::NodeKind::Volume:
        if (const auto record = store.volume(id)) {
            const auto attached = store.machine(record->volume.attachedMachineId());
            m_volumePanel->setVolume(*record, regionName,
                attached ? attached->machine.name() : QString(), &owner->client());
            m_ui->panelStack->setCurrentWidget(m_volumePanel);
        }
        break;
    case models::NodeKind::App:
        if (const auto app = store.app(id)) {
            m_appPanel->setApp(*app, store.machinesOfApp(id), store.volumesOfApp(id));
            m_ui->panelStack->setCurrentWidget(m_appPanel);
        }
        break;
    default:
        setEmptyText(m_emptyPage, tr("Select an app, a machine or a volume in the tree."));
        m_ui->panelStack->setCurrentWidget(m_emptyPage);
        break;
    }
}

void MainWindow::applyDelta(const QString &accountId, const core::FleetDelta &delta)
{
    Q_UNUSED(delta)
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
    if (m_actions->selection().isEmpty())
        return;
    // popup() returns at once, so the menu owns itself and goes when it closes.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("treeContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *action : m_actions->machineActions()) {
        if (action == m_actions->cordonAction() || action == m_actions->destroyAction())
            menu->addSeparator();
        menu->addAction(action);
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
    if (view == QLatin1String("welcome")) {
        m_ui->panelStack->setCurrentWidget(m_welcome);
        return true;
    }
    QWidget *shown = m_ui->panelStack->currentWidget();
    if (shown == m_machinePanel)
        return m_machinePanel->showTab(view);
    if (shown == m_volumePanel)
        return m_volumePanel->showTab(view);
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
