#pragma once

#include <QDialog>

class QPushButton;

namespace hangar::gui {

// Says why a second volume cannot be mounted on a machine (Fly mounts one per machine) and
// offers the alternatives in one click: write the file as a config file at boot, or copy it
// into the volume that is mounted already.
class MountLimitDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MountLimitDialog)

public:
    struct Facts {
        QString machineName;
        QString mountedVolume; // name of the volume the machine mounts
        QString mountPath;
        QString requestedVolume; // the one the user asked for; may be empty
    };

    explicit MountLimitDialog(const Facts &facts, QWidget *parent = nullptr);
    ~MountLimitDialog() override;

    QPushButton *configFileButton() const { return m_configFile; }
    QPushButton *copyIntoVolumeButton() const { return m_copyInto; }

signals:
    void addConfigFileChosen();
    void copyIntoVolumeChosen();

private:
    QPushButton *m_configFile;
    QPushButton *m_copyInto;
};

} // namespace hangar::gui
