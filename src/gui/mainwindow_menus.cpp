// The main window's actions, menus and the tree's context menu.

#include "core/i18n/languages.h"
#include "core/settings/settings.h"
#include "gui/activity/activitydock.h"
#include "gui/dialogs/preferencesdialog.h"
#include "gui/fleetactions.h"
#include "gui/machinecreation.h"
#include "gui/mainwindow.h"
#include "gui/volumes/volumeactions.h"
#include "models/modelroles.h"
#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
namespace hangar::gui {

using namespace Qt::StringLiterals;

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
    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Not every platform has a standard key for preferences; Ctrl+, is the common one.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)}
            : QKeySequence::keyBindings(QKeySequence::Preferences));
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addAction(preferences);
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

void MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace hangar::gui
