// ServicesSection's public ports table: filling it, checking its cells and reading them back.
#include "gui/config/portsyntax.h"
#include "gui/config/servicessection.h"

#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>

namespace hangar::gui {

void ServicesSection::fillPorts()
{
    const QSignalBlocker blocker(m_ports);
    const QList<api::PortConfig> ports =
        m_current >= 0 ? m_services.at(m_current).ports() : QList<api::PortConfig>();
    m_ports->setRowCount(ports.size());
    for (int row = 0; row < ports.size(); ++row) {
        const api::PortConfig &port = ports.at(row);
        m_ports->setItem(row, PortNumber, new QTableWidgetItem(portsText(port)));
        m_ports->setItem(
            row, Handlers, new QTableWidgetItem(port.handlers().join(QStringLiteral(", "))));
        auto *force = new QTableWidgetItem;
        force->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        force->setCheckState(port.forceHttps() ? Qt::Checked : Qt::Unchecked);
        m_ports->setItem(row, ForceHttps, force);
        for (int column = 0; column < PortColumnCount; ++column) {
            markItem(m_ports->item(row, column), portProblem(row, column));
        }
    }
}

QString ServicesSection::portText(int row, int column) const
{
    const QTableWidgetItem *item = m_ports->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString ServicesSection::portProblem(int row, int column) const
{
    if (column == PortNumber) {
        const auto [start, end] = parsePorts(portText(row, column));
        if (start < 1 || end > 65535 || start > end)
            return tr("A public port is a number from 1 to 65535, or a range such as 8000-8010.");
    }
    if (column == Handlers) {
        static const QRegularExpression token(QStringLiteral("^[a-z_0-9]+$"));
        const QStringList handlers = splitHandlers(portText(row, column));
        for (const QString &handler : handlers)
            if (!token.match(handler).hasMatch())
                return tr("“%1” is not a handler name (http, tls, proxy_proto, …).").arg(handler);
    }
    return {};
}

void ServicesSection::onPortCellChanged(int row, int column)
{
    if (m_current < 0)
        return;
    QList<api::PortConfig> ports = m_services[m_current].ports();
    if (row >= ports.size())
        return;
    api::PortConfig &port = ports[row];
    const QString value = portText(row, column);
    if (column == PortNumber) {
        const auto [start, end] = parsePorts(value);
        if (start == end && start > 0) {
            port.remove(QLatin1String("start_port"));
            port.remove(QLatin1String("end_port"));
            port.setPort(start);
        } else if (start > 0) {
            port.remove(QLatin1String("port"));
            port.setStartPort(start);
            port.setEndPort(end);
        } else {
            // Keep the invalid text visible; the problem list stops Apply until it is fixed.
            port.remove(QLatin1String("start_port"));
            port.remove(QLatin1String("end_port"));
            port.setPort(0);
        }
    } else if (column == Handlers) {
        port.setHandlers(splitHandlers(value));
    } else if (column == ForceHttps) {
        port.setForceHttps(m_ports->item(row, column)->checkState() == Qt::Checked);
    }
    m_services[m_current].setPorts(ports);
    const QSignalBlocker blocker(m_ports);
    for (int c = 0; c < PortColumnCount; ++c) {
        markItem(m_ports->item(row, c), portProblem(row, c));
    }
    serviceChanged();
}

} // namespace hangar::gui
