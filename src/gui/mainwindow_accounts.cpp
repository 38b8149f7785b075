// The main window's accounts: the sessions it shows, the accounts dialog, removing one.

#include "api/apiclient.h"
#include "api/apitransport.h"
#include "core/accounts/accountmanager.h"
#include "core/fleet/fleetstore.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "gui/accounts/accountbanner.h"
#include "gui/accounts/accountsdialog.h"
#include "gui/files/volumefileswidget.h"
#include "gui/mainwindow.h"
#include "gui/panels/machineconfigtab.h"
#include "gui/panels/machinehistorytab.h"
#include "gui/panels/volumepanel.h"
#include "gui/panels/welcomepage.h"
#include "gui/volumes/volumeactions.h"
#include "gui/volumes/volumesnapshotswidget.h"
#include "models/fleetbinding.h"
#include "models/modelroles.h"
#include "ui_mainwindow.h"

namespace hangar::gui {

using namespace Qt::StringLiterals;

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

} // namespace hangar::gui
