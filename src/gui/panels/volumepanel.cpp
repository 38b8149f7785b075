#include "gui/panels/volumepanel.h"

#include "api/apiclient.h"
#include "gui/panels/panelformat.h"
#include "ui_volumepanel.h"

#include <QHeaderView>

namespace hangar::gui {

VolumePanel::VolumePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VolumePanel>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("volumePanel"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->snapshotsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

VolumePanel::~VolumePanel() = default;

void VolumePanel::setVolume(const core::VolumeRecord &record, const QString &regionName,
    const QString &attachedMachineName, api::ApiClient *client)
{
    const api::Volume &volume = record.volume;
    const bool sameVolume = volume.id() == m_volumeId;
    m_volumeId = volume.id();
    m_ui->titleLabel->setText(volume.name());
    m_ui->stateBadge->setState(volume.state());
    m_ui->idValue->setText(volume.id());
    m_ui->appValue->setText(record.appName);
    m_ui->sizeValue->setText(tr("%1 GB").arg(volume.sizeGb()));
    const qint64 total =
        volume.bytesTotal() > 0 ? volume.bytesTotal() : qint64(volume.sizeGb()) << 30;
    m_ui->usageBar->setRange(0, 1000);
    m_ui->usageBar->setValue(total > 0 ? int(volume.bytesUsed() * 1000 / total) : 0);
    m_ui->usageBar->setFormat(
        tr("%1 of %2").arg(formatBytes(volume.bytesUsed()), formatBytes(total)));
    m_ui->regionValue->setText(regionName.isEmpty()
            ? volume.region()
            : QStringLiteral("%1 · %2").arg(volume.region(), regionName));
    m_ui->zoneValue->setText(volume.zone().isEmpty() ? placeholder() : volume.zone());
    m_ui->encryptedValue->setText(volume.encrypted() ? tr("Encrypted") : tr("Not encrypted"));
    const QString attached = volume.attachedMachineId();
    m_ui->attachedValue->setText(attached.isEmpty()
            ? tr("Not attached — any new machine in %1 can mount it").arg(volume.region())
            : (attachedMachineName.isEmpty()
                    ? attached
                    : QStringLiteral("%1 (%2)").arg(attachedMachineName, attached)));
    m_ui->createdValue->setText(QStringLiteral("%1 (%2)").arg(
        formatDateTime(volume.createdAt()), formatAge(volume.createdAt())));
    if (client && !sameVolume)
        loadSnapshots(client, record.appName);
}

void VolumePanel::loadSnapshots(api::ApiClient *client, const QString &app)
{
    m_ui->snapshotsView->clear();
    new QTreeWidgetItem(m_ui->snapshotsView, {tr("Loading snapshots…")});
    const QString volumeId = m_volumeId;
    client->listSnapshots(app, volumeId)
        .then(this, [this, volumeId](const api::Result<QList<api::VolumeSnapshot>> &snapshots) {
            if (volumeId != m_volumeId)
                return; // another volume is shown by now
            m_ui->snapshotsView->clear();
            if (!snapshots.ok()) {
                new QTreeWidgetItem(m_ui->snapshotsView, {snapshots.error().message()});
                return;
            }
            for (const api::VolumeSnapshot &snapshot : snapshots.value()) {
                new QTreeWidgetItem(m_ui->snapshotsView,
                    {snapshot.id(), formatDateTime(snapshot.createdAt()),
                        formatBytes(snapshot.size()), snapshot.status()});
            }
            if (snapshots->isEmpty())
                new QTreeWidgetItem(m_ui->snapshotsView, {tr("No snapshots yet.")});
            m_ui->tabs->setTabText(1, tr("Snapshots (%1)").arg(snapshots->size()));
        });
}

bool VolumePanel::showTab(const QString &name)
{
    return showTabNamed(m_ui->tabs, name);
}

void VolumePanel::addTab(QWidget *page, const QString &title)
{
    m_ui->tabs->addTab(page, title);
}

} // namespace hangar::gui
