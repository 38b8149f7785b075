#pragma once

#include "gui/config/configsection.h"

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QWidget;

namespace hangar::gui {

class ChecksEditor;

// The services the Fly Proxy routes to the machine: protocol and internal port, public ports
// with their handlers, autostop/autostart, concurrency and the service's checks. The list on
// the left picks the service the fields on the right edit.
class ServicesSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesSection)

public:
    explicit ServicesSection(QWidget *parent = nullptr);
    ~ServicesSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;

    // Adds the usual web service: internal port → 80 (http, force HTTPS) and 443 (tls, http).
    void addWebService(int internalPort);
    QList<api::ServiceConfig> services() const { return m_services; }

private:
    enum PortColumn { PortNumber, Handlers, ForceHttps, PortColumnCount };

    void rebuildList(int select);
    void showService(int index);
    void fillPorts();
    void onServiceFieldEdited();
    void onPortCellChanged(int row, int column);
    QString portProblem(int row, int column) const;
    QString portText(int row, int column) const;
    QString describe(const api::ServiceConfig &service) const;
    void serviceChanged();

    QListWidget *m_list;
    QPushButton *m_addService;
    QPushButton *m_removeService;
    QWidget *m_details;
    QComboBox *m_protocol;
    QSpinBox *m_internalPort;
    QTableWidget *m_ports;
    QPushButton *m_addPort;
    QPushButton *m_removePort;
    QComboBox *m_autostop;
    QCheckBox *m_autostart;
    QSpinBox *m_minRunning;
    QComboBox *m_concurrencyType;
    QSpinBox *m_softLimit;
    QSpinBox *m_hardLimit;
    ChecksEditor *m_checks;

    QList<api::ServiceConfig> m_loaded;
    QList<api::ServiceConfig> m_services;
    int m_current = -1;
    bool m_showing = false;
};

} // namespace hangar::gui
