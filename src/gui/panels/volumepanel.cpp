#include "gui/panels/volumepanel.h"

#include "api/apiclient.h"
#include "gui/panels/panelformat.h"
#include "gui/volumes/volumesnapshotswidget.h"
#include "ui_volumepanel.h"

namespace hangar::gui {

VolumePanel::VolumePanel(core::JobManager &jobs, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VolumePanel>())
{
    m_ui->setupUi(this);
    m_snapshots = new VolumeSnapshotsWidget(jobs, m_ui->snapshotsTab);
    m_ui->snapshotsLayout->addWidget(m_snapshots);
    connect(m_snapshots, &VolumeSnapshotsWidget::countChanged, this, [this](int count) {
        m_ui->tabs->setTabText(
            m_ui->tabs->indexOf(m_ui->snapshotsTab), tr("Snapshots (%1)").arg(count));
    });
    setObjectName(QStringLiteral("volumePanel"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
}

VolumePanel::~VolumePanel() = default;

void VolumePanel::setVolume(const core::VolumeRecord &record, const QString &regionName,
    const QString &attachedMachineName, api::ApiClient *client)
{
    const api::Volume &volume = record.volume;
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
    m_snapshots->setVolume(client, record);
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
