#include "gui/volumes/volumeactions.h"

#include "api/apiclient.h"
#include "core/jobs/jobmanager.h"
#include "core/jobs/machinejobs.h"
#include "core/jobs/operationjob.h"
#include "gui/dialogs/destroydialog.h"
#include "gui/volumes/createvolumedialog.h"
#include "gui/volumes/extendvolumedialog.h"
#include "gui/volumes/volumejobs.h"
#include "gui/volumes/volumerules.h"
#include "gui/widgets/namedaction.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace hangar::gui {

VolumeActions::VolumeActions(
    api::ApiClient &client, core::JobManager &jobs, QWidget *dialogParent, QObject *parent)
    : VolumeActions(jobs, dialogParent, parent)
{
    setClient(&client);
}

VolumeActions::VolumeActions(core::JobManager &jobs, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_dialogParent(dialogParent)
{
    m_create = makeAction(tr("&New volume…"), QStringLiteral("createVolumeAction"),
        tr("Create a volume in this app"));
    m_extend = makeAction(tr("E&xtend volume…"), QStringLiteral("extendVolumeAction"),
        tr("Give the selected volume more space"));
    m_fork = makeAction(tr("&Fork volume…"), QStringLiteral("forkVolumeAction"),
        tr("Copy the selected volume to a new one, in any region"));
    m_snapshot = makeAction(tr("Take &snapshot"), QStringLiteral("snapshotVolumeAction"),
        tr("Take a snapshot of the selected volume now"));
    m_destroy = makeAction(tr("&Destroy volume…"), QStringLiteral("destroyVolumeAction"),
        tr("Destroy the selected volume and its data (asks first)"));
    setClient(nullptr);
    connect(m_create, &QAction::triggered, this, [this] { createVolume(m_app); });
    connect(m_extend, &QAction::triggered, this, [this] {
        if (m_volume)
            extendVolume(*m_volume);
    });
    connect(m_fork, &QAction::triggered, this, [this] {
        if (m_volume)
            forkVolume(*m_volume);
    });
    connect(m_snapshot, &QAction::triggered, this, [this] {
        if (m_volume)
            snapshotVolume(*m_volume);
    });
    connect(m_destroy, &QAction::triggered, this, [this] {
        if (m_volume)
            destroyVolume(*m_volume);
    });
    updateEnabled();
}

VolumeActions::~VolumeActions() = default;

api::ApiClient *VolumeActions::client() const
{
    return m_client;
}

QAction *VolumeActions::makeAction(
    const QString &text, const QString &objectName, const QString &toolTip)
{
    return makeNamedAction(this, text, objectName, toolTip);
}

QList<QAction *> VolumeActions::actions() const
{
    return {m_create, m_extend, m_fork, m_snapshot, m_destroy};
}

void VolumeActions::setClient(api::ApiClient *client)
{
    disconnect(m_clientGone);
    m_client = client;
    if (client)
        m_clientGone = connect(client, &QObject::destroyed, this, &VolumeActions::updateEnabled);
    updateEnabled();
}

void VolumeActions::setContext(const QString &app, const std::optional<core::VolumeRecord> &volume)
{
    m_app = app;
    m_volume = volume;
    updateEnabled();
}

void VolumeActions::updateEnabled()
{
    const bool live = m_client && m_volume && !m_volume->volume.isGone();
    m_create->setEnabled(m_client && !m_app.isEmpty());
    m_extend->setEnabled(live && m_volume->volume.sizeGb() < volumerules::kMaxSizeGb);
    m_fork->setEnabled(live);
    m_snapshot->setEnabled(live);
    const bool attached = live && m_volume->volume.isAttached();
    m_destroy->setEnabled(live && !attached);
    m_destroy->setToolTip(attached
            ? tr("Attached to machine %1: destroy that machine first").arg(machineLabel(*m_volume))
            : m_destroy->statusTip());
}

QString VolumeActions::machineLabel(const core::VolumeRecord &volume) const
{
    const QString id = volume.volume.attachedMachineId();
    const QString name =
        m_machineNames && !id.isEmpty() ? m_machineNames(volume.appName, id) : QString();
    return name.isEmpty() ? id : name;
}

void VolumeActions::track(const QString &app, core::Job *job)
{
    connect(job, &core::Job::finished, this, [this, app] { emit volumesChanged(app); });
}

CreateVolumeDialog *VolumeActions::openCreateDialog(const QString &app)
{
    auto *dialog = new CreateVolumeDialog(*m_client, app, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_regions.regions.isEmpty())
        dialog->setRegions(m_regions);
    connect(dialog, &JobDialog::submitted, this, [this, dialog, app] {
        if (!dialog->client()) {
            dialog->showError(JobDialog::accountGone());
            return;
        }
        VolumeJob *job = makeCreateVolumeJob(*dialog->client(), app, dialog->request());
        connect(job, &core::Job::finished, this, [this, job, app] {
            if (job->state() == core::Job::State::Succeeded)
                emit volumeCreated(app, job->volume());
        });
        track(app, job);
        dialog->run(job, m_jobs);
    });
    return dialog;
}

CreateVolumeDialog *VolumeActions::createVolume(const QString &app, const QString &region)
{
    if (!m_client || app.isEmpty())
        return nullptr;
    CreateVolumeDialog *dialog = openCreateDialog(app);
    if (!region.isEmpty())
        dialog->setRegion(region);
    dialog->open();
    return dialog;
}

CreateVolumeDialog *VolumeActions::forkVolume(const core::VolumeRecord &source)
{
    if (!m_client || source.volume.isGone())
        return nullptr;
    CreateVolumeDialog *dialog = openCreateDialog(source.appName);
    dialog->setForkSource(source.volume);
    dialog->open();
    return dialog;
}

CreateVolumeDialog *VolumeActions::restoreSnapshot(
    const core::VolumeRecord &source, const QString &snapshotId)
{
    if (!m_client)
        return nullptr;
    CreateVolumeDialog *dialog = openCreateDialog(source.appName);
    dialog->setRestoreSnapshot(source.volume, snapshotId);
    dialog->open();
    return dialog;
}

ExtendVolumeDialog *VolumeActions::extendVolume(const core::VolumeRecord &volume)
{
    if (!m_client || volume.volume.isGone())
        return nullptr;
    auto *dialog = new ExtendVolumeDialog(volume, machineLabel(volume), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<api::ApiClient> client = m_client;
    connect(dialog, &JobDialog::submitted, this, [this, dialog, volume, client] {
        if (!client) {
            dialog->showError(JobDialog::accountGone());
            return;
        }
        VolumeJob *job = makeExtendVolumeJob(*client, volume, dialog->newSizeGb());
        connect(job, &core::Job::finished, this, [this, job, volume, client] {
            if (job->state() == core::Job::State::Succeeded && job->needsRestart() && client)
                offerRestart(*client, volume);
        });
        track(volume.appName, job);
        dialog->run(job, m_jobs);
    });
    dialog->open();
    return dialog;
}

void VolumeActions::offerRestart(api::ApiClient &client, const core::VolumeRecord &volume)
{
    const QString machineId = volume.volume.attachedMachineId();
    if (machineId.isEmpty())
        return;
    const QString label = machineLabel(volume);
    QMessageBox *box = inform(QStringLiteral("restartPromptBox"), tr("Restart %1?").arg(label),
        tr("%1 now has more space, but machine %2 sees it only after a restart. Restart the "
           "machine now?")
            .arg(volume.volume.name(), label));
    box->setIcon(QMessageBox::Question);
    box->setStandardButtons(QMessageBox::NoButton);
    QPushButton *restart = box->addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNowButton"));
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("restartLaterButton"));
    box->setDefaultButton(restart);
    box->setEscapeButton(later);
    const core::MachineRef machine {volume.appName, machineId, label};
    const QPointer<api::ApiClient> guard(&client);
    connect(restart, &QPushButton::clicked, this, [this, machine, guard] {
        if (guard)
            m_jobs.add(core::makeTransitionJob(
                *guard, machine, api::TransitionAndWait::Transition::Restart));
    });
    box->open();
}

QMessageBox *VolumeActions::inform(
    const QString &objectName, const QString &title, const QString &text)
{
    auto *box =
        new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, m_dialogParent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

DestroyDialog *VolumeActions::destroyVolume(const core::VolumeRecord &volume)
{
    if (!m_client || volume.volume.isGone())
        return nullptr;
    if (volume.volume.isAttached()) {
        inform(QStringLiteral("volumeAttachedBox"), tr("Volume in Use"),
            tr("%1 is attached to machine %2 and cannot be destroyed. Destroy that machine "
               "first: a machine's mount cannot be removed by an update.")
                .arg(volume.volume.name(), machineLabel(volume)))
            ->open();
        return nullptr;
    }
    auto *dialog =
        new DestroyDialog({volume.volume.name()}, QStringLiteral("volume"), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<api::ApiClient> client = m_client;
    connect(dialog, &QDialog::accepted, this, [this, volume, client] {
        if (!client)
            return; // the account went while the dialog was open
        VolumeJob *job = makeDestroyVolumeJob(*client, volume);
        track(volume.appName, job);
        m_jobs.add(job);
    });
    dialog->open();
    return dialog;
}

void VolumeActions::snapshotVolume(const core::VolumeRecord &volume)
{
    if (!m_client || volume.volume.isGone())
        return;
    VolumeJob *job = makeSnapshotJob(*m_client, volume);
    const QString app = volume.appName;
    const QString volumeId = volume.volume.id();
    connect(job, &core::Job::finished, this, [this, job, app, volumeId] {
        if (job->state() == core::Job::State::Succeeded)
            emit snapshotTaken(app, volumeId);
    });
    track(app, job);
    m_jobs.add(job);
}

} // namespace hangar::gui
