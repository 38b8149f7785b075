#include "gui/panels/apppanel.h"

#include "gui/panels/panelformat.h"
#include "gui/secrets/secretswidget.h"
#include "gui/widgets/statebadge.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hangar::gui {

AppPanel::AppPanel(core::JobManager &jobs, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_machines(new QTreeWidget(m_tabs))
    , m_secrets(new SecretsWidget(jobs, m_tabs))
{
    setObjectName(QStringLiteral("appPanel"));
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_title->setFont(title);
    m_title->setObjectName(QStringLiteral("appTitle"));
    m_summary->setObjectName(QStringLiteral("appSummary"));
    m_counts->setObjectName(QStringLiteral("appCounts"));
    m_counts->setWordWrap(true);
    m_machines->setObjectName(QStringLiteral("appMachines"));
    m_machines->setRootIsDecorated(false);
    m_machines->setAlternatingRowColors(true);
    m_machines->setHeaderLabels(
        {tr("Machine"), tr("State"), tr("Region"), tr("Image"), tr("Size")});
    m_machines->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_machines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit machineActivated(m_appName, id);
    });
    m_tabs->setObjectName(QStringLiteral("appTabs"));
    m_machines->setObjectName(QStringLiteral("machinesTab"));
    m_secrets->setObjectName(QStringLiteral("secretsTab"));
    m_tabs->addTab(m_machines, tr("&Machines"));
    m_tabs->addTab(m_secrets, tr("&Secrets"));
    connect(m_secrets, &SecretsWidget::countChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_secrets), tr("&Secrets (%1)").arg(count));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts);
    layout->addWidget(m_tabs, 1);
}

bool AppPanel::showTab(const QString &name)
{
    return showTabNamed(m_tabs, name);
}

AppPanel::~AppPanel() = default;

void AppPanel::setApp(const api::App &app, const QList<core::MachineRecord> &machines,
    const QList<core::VolumeRecord> &volumes, api::ApiClient *client)
{
    m_appName = app.name();
    m_secrets->setApp(client, app.name());
    m_title->setText(app.name());
    m_summary->setText(
        tr("Organization %1 · status %2")
            .arg(app.organization().slug(), app.status().isEmpty() ? placeholder() : app.status()));
    QMap<QString, int> byState;
    for (const core::MachineRecord &record : machines)
        ++byState[record.machine.state()];
    QStringList parts;
    for (auto it = byState.begin(); it != byState.end(); ++it)
        parts.append(
            QStringLiteral("%1 %2").arg(it.value()).arg(StateBadge::labelFor(it.key()).toLower()));
    qint64 gigabytes = 0;
    for (const core::VolumeRecord &record : volumes)
        gigabytes += record.volume.sizeGb();
    m_counts->setText(machines.isEmpty()
            ? tr("No machines yet. Machines you create in this app appear here.")
            : tr("%n machine(s): %1", nullptr, int(machines.size()))
                    .arg(parts.join(QStringLiteral(" · ")))
                + QLatin1Char('\n')
                + tr("%n volume(s), %1 GB in all", nullptr, int(volumes.size())).arg(gigabytes));
    m_machines->clear();
    for (const core::MachineRecord &record : machines) {
        const api::Machine &machine = record.machine;
        auto *item = new QTreeWidgetItem(m_machines,
            {machine.name(), StateBadge::labelFor(machine.state()), machine.region(),
                machine.config().image(), formatGuest(machine.config().guest())});
        item->setData(0, Qt::UserRole, machine.id());
    }
    m_machines->sortItems(0, Qt::AscendingOrder);
}

} // namespace hangar::gui
