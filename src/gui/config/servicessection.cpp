// ServicesSection's construction: the widgets, their help texts, the layout and the wiring.
#include "gui/config/servicessection.h"

#include "gui/config/checkseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hangar::gui {

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

} // namespace hangar::gui
