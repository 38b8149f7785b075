#include "gui/config/servicessection.h"

#include "gui/config/checkseditor.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

// "443" or "8000-8010" as {start, end}; {0, 0} when the text is neither.
QPair<int, int> parsePorts(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})(?:\\s*-\\s*(\\d{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {0, 0};
    const int start = match.captured(1).toInt();
    const int end = match.captured(2).isEmpty() ? start : match.captured(2).toInt();
    return {start, end};
}

QString portsText(const api::PortConfig &port)
{
    if (port.isRange())
        return QStringLiteral("%1-%2").arg(port.startPort()).arg(port.endPort());
    return port.port() > 0 ? QString::number(port.port()) : QString();
}

QStringList splitHandlers(const QString &text)
{
    QStringList handlers;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        handlers.append(part.toLower());
    return handlers;
}

} // namespace

ServicesSection::ServicesSection(QWidget *parent)
    : ConfigSection(tr("Services"), parent)
    , m_list(new QListWidget(this))
    , m_addService(new QPushButton(tr("Add ser&vice"), this))
    , m_removeService(new QPushButton(tr("Remove service"), this))
    , m_details(new QWidget(this))
    , m_protocol(new QComboBox(m_details))
    , m_internalPort(new QSpinBox(m_details))
    , m_ports(new QTableWidget(0, PortColumnCount, m_details))
    , m_addPort(new QPushButton(tr("Add &port"), m_details))
    , m_removePort(new QPushButton(tr("Remove port"), m_details))
    , m_autostop(new QComboBox(m_details))
    , m_autostart(new QCheckBox(tr("Start the machine when a request arrives"), m_details))
    , m_minRunning(new QSpinBox(m_details))
    , m_concurrencyType(new QComboBox(m_details))
    , m_softLimit(new QSpinBox(m_details))
    , m_hardLimit(new QSpinBox(m_details))
    , m_checks(new ChecksEditor(/*named=*/false, m_details))
{
    setObjectName(QStringLiteral("servicesSection"));
    m_list->setObjectName(QStringLiteral("servicesList"));
    m_list->setMaximumWidth(220);
    setHelp(m_list,
        tr("Each service exposes one internal port of the machine through the Fly "
           "Proxy on one or more public ports."));
    m_addService->setObjectName(QStringLiteral("addServiceButton"));
    m_removeService->setObjectName(QStringLiteral("removeServiceButton"));

    m_protocol->setObjectName(QStringLiteral("serviceProtocolCombo"));
    m_protocol->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    m_protocol->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    setHelp(m_protocol, tr("TCP for web and most servers; UDP for DNS, games and the like."));
    m_internalPort->setObjectName(QStringLiteral("internalPortSpin"));
    m_internalPort->setRange(0, 65535);
    m_internalPort->setSpecialValueText(tr("not set"));
    setHelp(m_internalPort, tr("The port your process listens on inside the machine."));

    m_ports->setObjectName(QStringLiteral("portsTable"));
    m_ports->setHorizontalHeaderLabels({tr("Public port(s)"), tr("Handlers"), tr("Force HTTPS")});
    m_ports->horizontalHeader()->setSectionResizeMode(Handlers, QHeaderView::Stretch);
    m_ports->verticalHeader()->hide();
    m_ports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ports->setMinimumHeight(90);
    setHelp(m_ports,
        tr("Public ports: one number (443) or a range (8000-8010). Handlers say what "
           "the proxy does first: tls terminates TLS, http speaks HTTP, proxy_proto "
           "adds the PROXY header; none passes raw TCP."));
    m_addPort->setObjectName(QStringLiteral("addPortButton"));
    m_removePort->setObjectName(QStringLiteral("removePortButton"));

    m_autostop->setObjectName(QStringLiteral("autostopCombo"));
    m_autostop->addItem(tr("Keep running"), int(api::Autostop::Off));
    m_autostop->addItem(tr("Stop when idle"), int(api::Autostop::Stop));
    m_autostop->addItem(tr("Suspend when idle"), int(api::Autostop::Suspend));
    setHelp(m_autostop,
        tr("What the proxy does with the machine when it has no traffic. Suspend "
           "resumes fastest but keeps memory in a snapshot."));
    m_autostart->setObjectName(QStringLiteral("autostartCheck"));
    setHelp(m_autostart, tr("Lets the proxy start a stopped or suspended machine on demand."));
    m_minRunning->setObjectName(QStringLiteral("minRunningSpin"));
    m_minRunning->setRange(0, 1000);
    setHelp(m_minRunning,
        tr("Machines of the app the proxy keeps running in the primary region "
           "even when idle."));
    m_concurrencyType->setObjectName(QStringLiteral("concurrencyTypeCombo"));
    m_concurrencyType->addItem(tr("Not set"), QString());
    m_concurrencyType->addItem(tr("Connections"), QStringLiteral("connections"));
    m_concurrencyType->addItem(tr("Requests"), QStringLiteral("requests"));
    setHelp(m_concurrencyType,
        tr("What the limits count: open connections, or HTTP requests in "
           "flight."));
    m_softLimit->setObjectName(QStringLiteral("softLimitSpin"));
    m_softLimit->setRange(0, 100000);
    m_softLimit->setSpecialValueText(tr("not set"));
    setHelp(m_softLimit, tr("Above this the proxy prefers other machines (and may start one)."));
    m_hardLimit->setObjectName(QStringLiteral("hardLimitSpin"));
    m_hardLimit->setRange(0, 100000);
    m_hardLimit->setSpecialValueText(tr("not set"));
    setHelp(m_hardLimit, tr("At this the proxy sends no more traffic to the machine."));

    auto *portButtons = new QHBoxLayout;
    portButtons->addWidget(m_addPort);
    portButtons->addWidget(m_removePort);
    portButtons->addStretch();
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_concurrencyType);
    limits->addWidget(new QLabel(tr("soft"), m_details));
    limits->addWidget(m_softLimit);
    limits->addWidget(new QLabel(tr("hard"), m_details));
    limits->addWidget(m_hardLimit);
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("P&rotocol:"), m_protocol);
    form->addRow(tr("&Internal port:"), m_internalPort);
    form->addRow(tr("Public ports:"), m_ports);
    form->addRow(QString(), portButtons);
    form->addRow(tr("When idle:"), m_autostop);
    form->addRow(QString(), m_autostart);
    form->addRow(tr("Minimum running:"), m_minRunning);
    form->addRow(tr("Concurrency:"), limits);
    form->addRow(tr("Service checks:"), m_checks);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addService);
    listButtons->addWidget(m_removeService);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_details, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ServicesSection::showService);
    connect(m_addService, &QPushButton::clicked, this, [this] {
        api::ServiceConfig service;
        service.setProtocol(QStringLiteral("tcp"));
        service.setInternalPort(8080);
        m_services.append(service);
        rebuildList(m_services.size() - 1);
        emitEdited();
    });
    connect(m_removeService, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        m_services.removeAt(m_current);
        rebuildList(qMin(m_current, m_services.size() - 1));
        emitEdited();
    });
    connect(m_addPort, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        QList<api::PortConfig> ports = m_services[m_current].ports();
        api::PortConfig port;
        port.setPort(ports.isEmpty() ? 80 : 443);
        port.setHandlers(ports.isEmpty()
                ? QStringList {QStringLiteral("http")}
                : QStringList {QStringLiteral("tls"), QStringLiteral("http")});
        ports.append(port);
        m_services[m_current].setPorts(ports);
        fillPorts();
        serviceChanged();
    });
    connect(m_removePort, &QPushButton::clicked, this, [this] {
        const int row = m_ports->currentRow();
        if (m_current < 0 || row < 0)
            return;
        QList<api::PortConfig> ports = m_services[m_current].ports();
        ports.removeAt(row);
        m_services[m_current].setPorts(ports);
        fillPorts();
        serviceChanged();
    });
    connect(m_ports, &QTableWidget::cellChanged, this, &ServicesSection::onPortCellChanged);
    connect(m_protocol, qOverload<int>(&QComboBox::activated), this,
        &ServicesSection::onServiceFieldEdited);
    connect(m_internalPort, qOverload<int>(&QSpinBox::valueChanged), this,
        &ServicesSection::onServiceFieldEdited);
    connect(m_autostop, qOverload<int>(&QComboBox::activated), this,
        &ServicesSection::onServiceFieldEdited);
    connect(m_autostart, &QCheckBox::toggled, this, &ServicesSection::onServiceFieldEdited);
    connect(m_minRunning, qOverload<int>(&QSpinBox::valueChanged), this,
        &ServicesSection::onServiceFieldEdited);
    connect(m_concurrencyType, qOverload<int>(&QComboBox::activated), this,
        &ServicesSection::onServiceFieldEdited);
    connect(m_softLimit, qOverload<int>(&QSpinBox::valueChanged), this,
        &ServicesSection::onServiceFieldEdited);
    connect(m_hardLimit, qOverload<int>(&QSpinBox::valueChanged), this,
        &ServicesSection::onServiceFieldEdited);
    connect(m_checks, &ChecksEditor::edited, this, [this] {
        if (m_showing || m_current < 0)
            return;
        QList<api::CheckConfig> checks;
        const QList<ChecksEditor::Entry> entries = m_checks->entries();
        for (const ChecksEditor::Entry &entry : entries)
            checks.append(entry.check);
        m_services[m_current].setChecks(checks);
        serviceChanged();
    });
}

ServicesSection::~ServicesSection() = default;

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
