#include "gui/volumes/volumesnapshotswidget.h"

#include "api/apiclient.h"
#include "core/jobs/jobmanager.h"
#include "gui/panels/panelformat.h"
#include "gui/volumes/volumejobs.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace hangar::gui {

namespace {

enum Column { IdColumn, CreatedColumn, SizeColumn, StatusColumn, RetentionColumn };

} // namespace

VolumeSnapshotsWidget::VolumeSnapshotsWidget(core::JobManager &jobs, QWidget *parent)
    : ListPanel({tr("Snapshot"), tr("Created"), tr("Size"), tr("Status"), tr("Kept for")}, parent)
    , m_jobs(jobs)
    , m_create(addButton(tr("&Create snapshot"), QStringLiteral("createSnapshotButton"),
          tr("Take a snapshot of the volume now. Fly also takes one daily while automatic "
             "backups are on.")))
    , m_restore(addButton(tr("Restore to &new volume…"), QStringLiteral("restoreSnapshotButton"),
          tr("Create a new volume holding the selected snapshot")))
{
    setObjectName(QStringLiteral("volumeSnapshotsWidget"));
    list()->setObjectName(QStringLiteral("snapshotList"));
    messageLabel()->setObjectName(QStringLiteral("snapshotMessage"));
    refreshButton()->setObjectName(QStringLiteral("refreshSnapshotsButton"));
    connect(m_create, &QPushButton::clicked, this, &VolumeSnapshotsWidget::createSnapshot);
    connect(m_restore, &QPushButton::clicked, this, &VolumeSnapshotsWidget::restoreCurrent);
    connect(refreshButton(), &QPushButton::clicked, this, &VolumeSnapshotsWidget::refresh);
    connect(
        list(), &QTreeWidget::itemSelectionChanged, this, &VolumeSnapshotsWidget::updateButtons);
    connect(list(), &QTreeWidget::itemActivated, this, &VolumeSnapshotsWidget::restoreCurrent);
    updateButtons();
}

VolumeSnapshotsWidget::~VolumeSnapshotsWidget() = default;

void VolumeSnapshotsWidget::setVolume(api::ApiClient *client, const core::VolumeRecord &volume)
{
    const bool same = client == m_client && volume.volume.id() == m_volume.volume.id();
    m_client = client;
    m_volume = volume;
    if (!same) {
        m_snapshotting = false;
        refresh();
    }
    updateButtons();
}

QString VolumeSnapshotsWidget::currentSnapshotId() const
{
    const QTreeWidgetItem *item = list()->currentItem();
    return item && item->isSelected() ? item->data(IdColumn, Qt::UserRole).toString() : QString();
}

void VolumeSnapshotsWidget::refresh()
{
    const quint64 generation = ++m_generation;
    list()->clear();
    m_count = 0;
    if (!m_client || m_volume.volume.id().isEmpty()) {
        setLoading(false);
        showMessage({});
        return;
    }
    setLoading(true);
    showMessage(tr("Loading snapshots…"), false);
    m_client->listSnapshots(m_volume.appName, m_volume.volume.id())
        .then(this, [this, generation](const api::Result<QList<api::VolumeSnapshot>> &result) {
            if (generation != m_generation)
                return; // another volume, or a newer refresh
            setLoading(false);
            if (!result.ok()) {
                showMessage(
                    tr("The snapshots could not be loaded: %1").arg(result.error().message()),
                    true);
                return;
            }
            QList<api::VolumeSnapshot> snapshots = result.value();
            std::sort(snapshots.begin(), snapshots.end(),
                [](const api::VolumeSnapshot &a, const api::VolumeSnapshot &b) {
                    return a.createdAt() > b.createdAt();
                });
            for (const api::VolumeSnapshot &snapshot : std::as_const(snapshots)) {
                auto *item = new QTreeWidgetItem(list(),
                    {snapshot.id(),
                        tr("%1 (%2)").arg(
                            formatDateTime(snapshot.createdAt()), formatAge(snapshot.createdAt())),
                        formatBytes(snapshot.size()),
                        snapshot.status().isEmpty() ? placeholder() : snapshot.status(),
                        snapshot.retentionDays() > 0
                            ? tr("%n day(s)", nullptr, snapshot.retentionDays())
                            : placeholder()});
                item->setData(IdColumn, Qt::UserRole, snapshot.id());
                item->setToolTip(SizeColumn,
                    tr("Taken from a %1 volume").arg(formatBytes(snapshot.volumeSize())));
            }
            m_count = int(snapshots.size());
            showMessage(snapshots.isEmpty()
                    ? tr("No snapshots yet. Fly takes one daily while automatic backups are on; "
                         "“Create snapshot” takes one now.")
                    : QString(),
                false);
            updateButtons();
            emit countChanged(m_count);
        });
}

void VolumeSnapshotsWidget::createSnapshot()
{
    if (!m_client || m_volume.volume.id().isEmpty() || m_snapshotting)
        return;
    m_snapshotting = true;
    updateButtons();
    VolumeJob *job = makeSnapshotJob(*m_client, m_volume);
    const QString volumeId = m_volume.volume.id();
    connect(job, &core::Job::finished, this, [this, job, volumeId] {
        if (volumeId != m_volume.volume.id())
            return;
        m_snapshotting = false;
        updateButtons();
        if (job->state() == core::Job::State::Failed)
            showMessage(tr("The snapshot could not be taken: %1").arg(job->errorMessage()), true);
        else
            refresh();
    });
    m_jobs.add(job);
}

void VolumeSnapshotsWidget::restoreCurrent()
{
    const QString snapshotId = currentSnapshotId();
    if (!snapshotId.isEmpty())
        emit restoreRequested(m_volume, snapshotId);
}

void VolumeSnapshotsWidget::setLoading(bool loading)
{
    m_loading = loading;
    updateButtons();
}

void VolumeSnapshotsWidget::updateButtons()
{
    const bool usable = m_client && !m_volume.volume.id().isEmpty() && !m_volume.volume.isGone();
    setBusy(m_loading || m_snapshotting);
    m_create->setEnabled(usable && !m_snapshotting);
    m_restore->setEnabled(usable && !currentSnapshotId().isEmpty());
    refreshButton()->setEnabled(usable && !m_loading);
}

} // namespace hangar::gui
