#pragma once

#include "gui/config/configsection.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace hangar::gui {

// How the machine's process is started and stopped: init overrides (cmd, entrypoint, exec,
// tty), the stop signal and timeout, the restart policy, auto_destroy and a schedule.
class ProcessSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessSection)

public:
    explicit ProcessSection(QWidget *parent = nullptr);
    ~ProcessSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;

private:
    void onEdited();
    QString durationProblem() const;

    QLineEdit *m_cmd;
    QLineEdit *m_entrypoint;
    QLineEdit *m_exec;
    QCheckBox *m_tty;
    QComboBox *m_signal;
    QLineEdit *m_stopTimeout;
    QComboBox *m_restartPolicy;
    QSpinBox *m_maxRetries;
    QCheckBox *m_autoDestroy;
    QComboBox *m_schedule;
    api::MachineConfig m_loaded;
};

// argv as a user would type it in a shell ("nginx" "-g" "daemon off;" → nginx -g 'daemon off;').
QString joinCommand(const QStringList &argv);
// The reverse: a typed command line split into argv, honouring quotes;
std::optional<QStringList> splitCommand(const QString &line); // nothing when a quote is open

} // namespace hangar::gui
