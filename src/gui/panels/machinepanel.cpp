#include "gui/panels/machinepanel.h"

#include "gui/panels/panelformat.h"
#include "models/machineeventsmodel.h"
#include "ui_machinepanel.h"

#include <QHeaderView>

namespace hangar::gui {

MachinePanel::MachinePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MachinePanel>())
    , m_events(new models::MachineEventsModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("machinePanel"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->eventsView->setModel(m_events);
    m_ui->eventsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->eventsView->header()->setStretchLastSection(true);
    m_ui->checksView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->metadataView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

MachinePanel::~MachinePanel() = default;

void MachinePanel::setMachine(const core::MachineRecord &record, const QString &regionName)
{
    const api::Machine &machine = record.machine;
    m_machineId = machine.id();
    m_ui->titleLabel->setText(machine.name().isEmpty() ? machine.id() : machine.name());
    m_ui->stateBadge->setState(machine.state());
    m_ui->cordonedLabel->setVisible(machine.cordoned());
    m_ui->idValue->setText(machine.id());
    m_ui->appValue->setText(record.appName);
    const api::MachineConfig config = machine.config();
    m_ui->imageValue->setText(config.image().isEmpty() ? placeholder() : config.image());
    const QString digest = machine.imageRef().digest();
    m_ui->digestValue->setText(digest.isEmpty() ? placeholder() : digest);
    m_ui->sizeValue->setText(formatGuest(config.guest()));
    m_ui->regionValue->setText(regionName.isEmpty()
            ? machine.region()
            : QStringLiteral("%1 · %2").arg(machine.region(), regionName));
    m_ui->ipValue->setText(machine.privateIp().isEmpty() ? placeholder() : machine.privateIp());
    const QList<api::MountConfig> mounts = config.mounts();
    m_ui->volumeValue->setText(mounts.isEmpty()
            ? tr("None")
            : tr("%1 at %2")
                  .arg(mounts.first().name().isEmpty() ? mounts.first().volume()
                                                       : mounts.first().name(),
                      mounts.first().path()));
    m_ui->createdValue->setText(QStringLiteral("%1 (%2)").arg(
        formatDateTime(machine.createdAt()), formatAge(machine.createdAt())));
    m_ui->updatedValue->setText(QStringLiteral("%1 (%2)").arg(
        formatDateTime(machine.updatedAt()), formatAge(machine.updatedAt())));
    m_ui->versionValue->setText(machine.version().isEmpty() ? placeholder() : machine.version());
    fillChecks(machine);
    fillMetadata(machine);
    m_events->setEvents(machine.events());
}

void MachinePanel::fillChecks(const api::Machine &machine)
{
    m_ui->checksView->clear();
    const QList<api::CheckStatus> checks = machine.checks();
    for (const api::CheckStatus &check : checks) {
        if (check.isCompatibilityPlaceholder())
            continue;
        auto *item =
            new QTreeWidgetItem(m_ui->checksView, {check.name(), check.status(), check.output()});
        item->setToolTip(2, check.output());
    }
    if (m_ui->checksView->topLevelItemCount() == 0)
        new QTreeWidgetItem(
            m_ui->checksView, {tr("No health checks are configured for this machine.")});
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->checksTab),
        checks.isEmpty() ? tr("Checks") : tr("Checks (%1)").arg(checks.size()));
}

void MachinePanel::fillMetadata(const api::Machine &machine)
{
    m_ui->metadataView->clear();
    const QMap<QString, QString> metadata = machine.config().metadata();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        new QTreeWidgetItem(m_ui->metadataView, {it.key(), it.value()});
    if (metadata.isEmpty())
        new QTreeWidgetItem(m_ui->metadataView, {tr("No metadata.")});
}

bool MachinePanel::showTab(const QString &name)
{
    return showTabNamed(m_ui->tabs, name);
}

void MachinePanel::addTab(QWidget *page, const QString &title)
{
    m_ui->tabs->addTab(page, title);
}

} // namespace hangar::gui
