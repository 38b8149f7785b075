#pragma once

#include "gui/config/configsection.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hangar::gui {

// The machine's volume: a picker offering only volumes of the app in the machine's region
// that no other machine uses, and the path it is mounted at. Fly mounts at most one volume per
// machine, so asking for another one raises secondMountRequested instead of adding it.
class MountSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MountSection)

public:
    explicit MountSection(QWidget *parent = nullptr);
    ~MountSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;

    // Picks a volume (by ID) at a path, as the wizard and tests do.
    bool chooseVolume(const QString &volumeId, const QString &path = {});
    QString volumeId() const;
    QString path() const;
    // The name of the mounted volume, for messages.
    QString volumeName() const;

signals:
    // The user asked to mount `volumeId` (may be empty: "another volume") while one is mounted.
    void secondMountRequested(const QString &volumeId);

private:
    void fillVolumes(const ConfigEditorContext &context, const QString &mounted);
    void onEdited();
    void askForAnother();
    void rebuildAnotherMenu();

    QComboBox *m_volume;
    QLineEdit *m_path;
    QPushButton *m_another;
    QLabel *m_note;
    QList<api::MountConfig> m_loaded;
    QList<api::Volume> m_candidates;
    QString m_region;
};

} // namespace hangar::gui
