#pragma once

#include "gui/config/configsection.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;

namespace hangar::gui {

class FilesSection;
class KeyValueSection;
class MountSection;
class ServicesSection;
class SizeSection;

// A machine config as a form and as raw JSON, kept in sync. The form's sections write only
// what the user changed into a copy of the config, so every field they do not show (and every
// field Hangar does not know) is kept and can be seen and edited in the JSON tab.
class ConfigEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigEditor)

public:
    explicit ConfigEditor(QWidget *parent = nullptr);
    ~ConfigEditor() override;

    // Shows `config`; with `draft`, continues an earlier edit of it.
    void load(const api::MachineConfig &config, const ConfigEditorContext &context,
        const std::optional<QJsonObject> &draft = std::nullopt);
    // New context (volumes, secrets) without touching the edit.
    void setContext(const ConfigEditorContext &context);

    api::MachineConfig original() const { return m_original; }
    api::MachineConfig draft() const { return m_draft; }
    bool isModified() const { return m_draft != m_original; }
    // Everything that stops the draft from being applied; empty when it can be.
    QStringList problems() const;

    // Shows the form or the JSON tab.
    void showJson(bool json);
    SizeSection *sizeSection() const { return m_size; }
    KeyValueSection *envSection() const { return m_env; }
    ServicesSection *servicesSection() const { return m_services; }
    MountSection *mountSection() const { return m_mount; }
    FilesSection *filesSection() const { return m_files; }
    QPlainTextEdit *jsonEdit() const { return m_json; }

signals:
    // The draft or its problems changed (any edit in the form or the JSON).
    void draftChanged();
    void secondMountRequested(const QString &volumeId);

private:
    void loadSections(const api::MachineConfig &config);
    void onFormEdited();
    void onJsonEdited();
    void writeJson();
    void refreshProblems();
    QStringList draftProblems() const;
    void showUnshownFields();

    QTabWidget *m_tabs;
    QScrollArea *m_formPage;
    QLabel *m_problems;
    QLabel *m_unshown;
    QPlainTextEdit *m_json;
    QLabel *m_jsonStatus;
    QList<ConfigSection *> m_sections;
    SizeSection *m_size;
    KeyValueSection *m_env;
    ServicesSection *m_services;
    MountSection *m_mount;
    FilesSection *m_files;

    ConfigEditorContext m_context;
    api::MachineConfig m_original;
    api::MachineConfig m_formBase; // what the sections were loaded from
    api::MachineConfig m_draft;
    QString m_jsonError;
    bool m_writingJson = false;
};

} // namespace hangar::gui
