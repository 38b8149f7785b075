#pragma once

#include "gui/config/configsection.h"

class QCheckBox;
class QLineEdit;

namespace hangar::gui {

// The machine's resolver: its hostname, nameservers and search domains, and whether it is
// registered in the app's private DNS. Options and forwarding rules are edited in the JSON tab.
class DnsSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsSection)

public:
    explicit DnsSection(QWidget *parent = nullptr);
    ~DnsSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;

private:
    void onEdited();
    QString nameserverProblem() const;
    QString hostnameProblem() const;

    QLineEdit *m_hostname;
    QLineEdit *m_nameservers;
    QLineEdit *m_searches;
    QCheckBox *m_skipRegistration;
    api::DnsConfig m_loaded;
};

} // namespace hangar::gui
