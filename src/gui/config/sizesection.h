#pragma once

#include "gui/config/configsection.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace hangar::gui {

// CPU and memory: one of Fly's presets, or a custom cpu kind / count / memory checked against
// Fly's rules as the user types.
class SizeSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizeSection)

public:
    explicit SizeSection(QWidget *parent = nullptr);
    ~SizeSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;

    // The size as it stands in the form (for the wizard's summary).
    api::GuestConfig guest() const;

private:
    void onPresetChosen();
    void onCustomEdited();
    void showGuest(const api::GuestConfig &guest);
    void refreshState();

    QComboBox *m_preset;
    QComboBox *m_cpuKind;
    QSpinBox *m_cpus;
    QSpinBox *m_memory;
    QLabel *m_summary;
    api::GuestConfig m_loaded;
    api::GuestConfig m_guest;
};

} // namespace hangar::gui
