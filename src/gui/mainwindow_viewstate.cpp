// Selecting and showing by name (for --select and --show), and the window's remembered
// geometry and visibility.

#include "core/fleet/fleetstore.h"
#include "core/session/accountsession.h"
#include "core/settings/settings.h"
#include "gui/activity/activitydock.h"
#include "gui/fleetdecorations.h"
#include "gui/machinecreation.h"
#include "gui/mainwindow.h"
#include "gui/panels/apppanel.h"
#include "gui/panels/machinepanel.h"
#include "gui/panels/volumepanel.h"
#include "gui/panels/welcomepage.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>

namespace hangar::gui {

using namespace Qt::StringLiterals;

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
