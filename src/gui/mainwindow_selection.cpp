// What the main window shows for the selection in the tree: panels and their actions.

#include "api/apiclient.h"
#include "core/fleet/fleetstore.h"
#include "core/session/accountsession.h"
#include "gui/config/configeditor.h"
#include "gui/config/filessection.h"
#include "gui/config/mountlimitdialog.h"
#include "gui/files/volumefileswidget.h"
#include "gui/fleetactions.h"
#include "gui/fleetdecorations.h"
#include "gui/machinecreation.h"
#include "gui/mainwindow.h"
#include "gui/panels/apppanel.h"
#include "gui/panels/machineconfigtab.h"
#include "gui/panels/machinehistorytab.h"
#include "gui/panels/machinepanel.h"
#include "gui/panels/regionspanel.h"
#include "gui/panels/volumepanel.h"
#include "gui/volumes/volumeactions.h"
#include "gui/widgets/emptypage.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "models/modelroles.h"
#include "ui_mainwindow.h"

namespace hangar::gui {

using namespace Qt::StringLiterals;

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
        setEmptyPageText(m_emptyPage, tr("Select an app, a machine or a volume in the tree."));
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

} // namespace hangar::gui
