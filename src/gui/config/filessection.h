#pragma once

#include "gui/config/configsection.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hangar::gui {

class ConfigFileDialog;

// Files written into the machine at boot (config.files): their paths, where their content
// comes from and a preview of it.
class FilesSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesSection)

public:
    explicit FilesSection(QWidget *parent = nullptr);
    ~FilesSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;

    // Opens the add dialog, prefilled with a local file when one is given. The dialog is
    // returned (already open) so callers and tests can drive it.
    ConfigFileDialog *openAddDialog(const QString &localPath = {}, const QString &guestPath = {});
    void addFile(const api::FileConfig &file);
    QList<api::FileConfig> files() const { return m_files; }

private:
    void rebuild(int select);
    void showPreview();
    void editSelected();
    QStringList takenPaths() const;

    QTreeWidget *m_list;
    QLabel *m_preview;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QStringList m_secretNames;
    QList<api::FileConfig> m_loaded;
    QList<api::FileConfig> m_files;
};

} // namespace hangar::gui
