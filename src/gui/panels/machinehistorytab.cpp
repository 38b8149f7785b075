#include "gui/panels/machinehistorytab.h"

#include "api/apiclient.h"
#include "gui/review/confighistorywidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::gui {

MachineHistoryTab::MachineHistoryTab(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_history(new ConfigHistoryWidget(this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_reload->setObjectName(QStringLiteral("reloadHistoryButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_history, 1);
    connect(m_reload, &QPushButton::clicked, this, &MachineHistoryTab::reload);
    connect(m_history, &ConfigHistoryWidget::restoreRequested, this,
        [this](const api::MachineConfig &config) {
            emit restoreRequested(m_history->restorableVersion(), config);
        });
}

MachineHistoryTab::~MachineHistoryTab() = default;

void MachineHistoryTab::setMachine(
    const QString &app, const QString &machineId, const QString &version)
{
    m_app = app;
    m_machineId = machineId;
    m_version = version;
    if (isVisible())
        reload();
}

void MachineHistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadedKey != m_app + QLatin1Char('/') + m_machineId + QLatin1Char('@') + m_version)
        reload();
}

void MachineHistoryTab::reload()
{
    if (!m_client || m_machineId.isEmpty())
        return;
    const QString key = m_app + QLatin1Char('/') + m_machineId + QLatin1Char('@') + m_version;
    m_loadedKey = key;
    m_status->setText(tr("Loading the versions…"));
    m_reload->setEnabled(false);
    m_client->machineVersions(m_app, m_machineId)
        .then(this, [this, key](const api::Result<QList<api::MachineVersion>> &result) {
            if (key != m_loadedKey)
                return; // another machine was selected meanwhile
            m_reload->setEnabled(true);
            if (!result) {
                m_loadedKey.clear();
                m_status->setText(
                    tr("Could not load the history: %1").arg(result.error().message()));
                return;
            }
            m_history->setVersions(result.value());
            m_status->setText(tr(
                "%n version(s). Select two to compare them.", nullptr, int(result.value().size())));
            emit loaded();
        });
}

} // namespace hangar::gui
