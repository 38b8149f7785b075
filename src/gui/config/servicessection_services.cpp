// ServicesSection's services: loading, storing and checking them, and the selected one's fields.
#include "gui/config/checkseditor.h"
#include "gui/config/portsyntax.h"
#include "gui/config/servicessection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>

namespace hangar::gui {

void ServicesSection::load(const api::MachineConfig &config, const ConfigEditorContext &)
{
    setLoading(true);
    m_loaded = config.services();
    m_services = m_loaded;
    rebuildList(m_services.isEmpty() ? -1 : 0);
    setLoading(false);
}

void ServicesSection::store(api::MachineConfig &draft) const
{
    if (m_services != m_loaded)
        draft.setServices(m_services);
}

QStringList ServicesSection::problems() const
{
    QStringList found;
    for (int index = 0; index < m_services.size(); ++index) {
        const api::ServiceConfig &service = m_services.at(index);
        const QString name = tr("Service %1").arg(index + 1);
        if (service.internalPort() < 1 || service.internalPort() > 65535)
            found.append(tr("%1: set the internal port your process listens on.").arg(name));
        const QList<api::PortConfig> ports = service.ports();
        for (const api::PortConfig &port : ports) {
            static const QRegularExpression token(QStringLiteral("^[a-z_0-9]+$"));
            const QStringList handlers = port.handlers();
            for (const QString &handler : handlers)
                if (!token.match(handler).hasMatch())
                    found.append(tr("%1: “%2” is not a handler name (http, tls, proxy_proto, …).")
                                     .arg(name, handler));
            const int start = port.isRange() ? port.startPort() : port.port();
            const int end = port.isRange() ? port.endPort() : port.port();
            if (start < 1 || end > 65535 || start > end)
                found.append(tr("%1: a public port is a number from 1 to 65535, or a range "
                                "such as 8000-8010.")
                                 .arg(name));
        }
        const api::ConcurrencyConfig limits = service.concurrency();
        if (limits.hardLimit() > 0 && limits.softLimit() > limits.hardLimit())
            found.append(tr("%1: the soft limit cannot be above the hard limit.").arg(name));
    }
    if (m_current >= 0)
        found.append(m_checks->problems());
    return found;
}

void ServicesSection::addWebService(int internalPort)
{
    api::ServiceConfig service;
    service.setProtocol(QStringLiteral("tcp"));
    service.setInternalPort(internalPort);
    api::PortConfig http;
    http.setPort(80);
    http.setHandlers({QStringLiteral("http")});
    http.setForceHttps(true);
    api::PortConfig https;
    https.setPort(443);
    https.setHandlers({QStringLiteral("tls"), QStringLiteral("http")});
    service.setPorts({http, https});
    service.setAutostop(api::Autostop::Stop);
    service.setAutostart(true);
    m_services.append(service);
    rebuildList(m_services.size() - 1);
    emitEdited();
}

void ServicesSection::rebuildList(int select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const api::ServiceConfig &service : std::as_const(m_services))
        m_list->addItem(describe(service));
    m_list->setCurrentRow(select);
    showService(select);
}

QString ServicesSection::describe(const api::ServiceConfig &service) const
{
    QStringList ports;
    const QList<api::PortConfig> list = service.ports();
    for (const api::PortConfig &port : list)
        ports.append(portsText(port));
    const QString protocol =
        service.protocol().isEmpty() ? QStringLiteral("tcp") : service.protocol();
    return ports.isEmpty() ? tr("%1 :%2 (private)").arg(protocol).arg(service.internalPort())
                           : tr("%1 :%2 ← %3")
                                 .arg(protocol)
                                 .arg(service.internalPort())
                                 .arg(ports.join(QStringLiteral(", ")));
}

void ServicesSection::showService(int index)
{
    m_current = index >= 0 && index < m_services.size() ? index : -1;
    m_details->setEnabled(m_current >= 0);
    m_removeService->setEnabled(m_current >= 0);
    m_showing = true;
    const api::ServiceConfig service =
        m_current >= 0 ? m_services.at(m_current) : api::ServiceConfig();
    const QSignalBlocker b1(m_protocol), b2(m_internalPort), b3(m_autostop), b4(m_autostart),
        b5(m_minRunning), b6(m_concurrencyType), b7(m_softLimit), b8(m_hardLimit);
    m_protocol->setCurrentIndex(service.protocol() == QLatin1String("udp") ? 1 : 0);
    m_internalPort->setValue(service.internalPort());
    m_autostop->setCurrentIndex(m_autostop->findData(int(service.autostop())));
    m_autostart->setChecked(service.autostart());
    m_minRunning->setValue(service.minMachinesRunning());
    const api::ConcurrencyConfig limits = service.concurrency();
    m_concurrencyType->setCurrentIndex(qMax(0, m_concurrencyType->findData(limits.type())));
    m_softLimit->setValue(limits.softLimit());
    m_hardLimit->setValue(limits.hardLimit());
    QList<ChecksEditor::Entry> checks;
    const QList<api::CheckConfig> list = service.checks();
    for (const api::CheckConfig &check : list)
        checks.append({QString(), check});
    m_checks->setEntries(checks);
    fillPorts();
    m_showing = false;
}

void ServicesSection::onServiceFieldEdited()
{
    if (m_showing || m_current < 0)
        return;
    api::ServiceConfig &service = m_services[m_current];
    const QString protocol = m_protocol->currentData().toString();
    if (service.protocol() != protocol)
        service.setProtocol(protocol);
    if (service.internalPort() != m_internalPort->value())
        service.setInternalPort(m_internalPort->value());
    const auto autostop = api::Autostop(m_autostop->currentData().toInt());
    if (service.autostop() != autostop)
        service.setAutostop(autostop);
    if (service.autostart() != m_autostart->isChecked())
        service.setAutostart(m_autostart->isChecked());
    if (service.minMachinesRunning() != m_minRunning->value())
        service.setMinMachinesRunning(m_minRunning->value());
    api::ConcurrencyConfig limits = service.concurrency();
    const api::ConcurrencyConfig before = limits;
    const QString type = m_concurrencyType->currentData().toString();
    if (limits.type() != type)
        limits.setType(type);
    if (limits.softLimit() != m_softLimit->value())
        limits.setSoftLimit(m_softLimit->value());
    if (limits.hardLimit() != m_hardLimit->value())
        limits.setHardLimit(m_hardLimit->value());
    if (limits != before)
        service.setConcurrency(limits);
    serviceChanged();
}

void ServicesSection::serviceChanged()
{
    if (m_current >= 0 && m_list->item(m_current))
        m_list->item(m_current)->setText(describe(m_services.at(m_current)));
    markField(m_internalPort,
        m_current >= 0 && m_internalPort->value() == 0 ? tr("Set the port your process listens on.")
                                                       : QString());
    markField(m_softLimit,
        m_hardLimit->value() > 0 && m_softLimit->value() > m_hardLimit->value()
            ? tr("The soft limit cannot be above the hard limit.")
            : QString());
    emitEdited();
}

} // namespace hangar::gui
