#pragma once

#include "gui/config/configsection.h"

namespace hangar::gui {

class ChecksEditor;

// The machine's top-level health checks (config.checks), keyed by name.
class ChecksSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksSection)

public:
    explicit ChecksSection(QWidget *parent = nullptr);
    ~ChecksSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;

private:
    QMap<QString, api::CheckConfig> current() const;

    ChecksEditor *m_editor;
    QMap<QString, api::CheckConfig> m_loaded;
};

} // namespace hangar::gui
