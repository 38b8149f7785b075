#include "gui/widgets/statusindicators.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace hangar::gui {

StatusIndicators::StatusIndicators(QWidget *parent)
    : QWidget(parent)
    , m_sandbox(new QLabel(tr("Sandbox"), this))
    , m_connection(new QLabel(this))
    , m_lastRefresh(new QLabel(this))
    , m_requests(new QLabel(this))
{
    setObjectName(QStringLiteral("statusIndicators"));
    m_sandbox->setObjectName(QStringLiteral("sandboxMarker"));
    m_sandbox->setToolTip(tr("You are in the sandbox: a simulated Fly.io account on this computer. "
                             "Nothing here touches real machines."));
    m_sandbox->setStyleSheet(
        QStringLiteral("QLabel { background: #f59e0b; color: #1f2937; border-radius: 4px; "
                       "padding: 1px 8px; font-weight: bold; }"));
    m_sandbox->hide();
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_lastRefresh->setObjectName(QStringLiteral("lastRefreshStatus"));
    m_requests->setObjectName(QStringLiteral("requestsStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_requests);
    layout->addWidget(m_lastRefresh);
    layout->addWidget(m_connection);
    layout->addWidget(m_sandbox);
    setConnection(true, QString());
    setRequests(0, 0);
}

StatusIndicators::~StatusIndicators() = default;

void StatusIndicators::setSandbox(bool sandbox)
{
    m_sandbox->setVisible(sandbox);
}

void StatusIndicators::setConnection(bool ok, const QString &problem)
{
    m_connection->setText(ok ? tr("● Connected") : tr("● Problem"));
    m_connection->setStyleSheet(
        ok ? QStringLiteral("color: #1f9d55;") : QStringLiteral("color: #dc2626;"));
    m_connection->setToolTip(ok ? tr("The last refresh worked.") : problem);
}

void StatusIndicators::setLastRefresh(const QDateTime &when)
{
    m_lastRefreshTime = when;
    if (!m_refreshing)
        m_lastRefresh->setText(when.isValid()
                ? tr("Updated %1")
                      .arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat))
                : QString());
}

void StatusIndicators::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    if (refreshing)
        m_lastRefresh->setText(tr("Refreshing…"));
    else
        setLastRefresh(m_lastRefreshTime);
}

void StatusIndicators::setRequests(int inFlight, int queued)
{
    m_requests->setVisible(inFlight + queued > 0);
    m_requests->setText(queued > 0
            ? tr("%n request(s) in flight, %1 waiting", nullptr, inFlight).arg(queued)
            : tr("%n request(s) in flight", nullptr, inFlight));
}

} // namespace hangar::gui
