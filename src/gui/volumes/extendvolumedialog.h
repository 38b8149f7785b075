#pragma once

#include "core/fleet/fleetrecords.h"
#include "gui/widgets/jobdialog.h"

class QLabel;
class QSpinBox;

namespace hangar::gui {

// Grows a volume. The new size must be larger than the current one (volumes never shrink) and
// at most 500 GB; the reason is shown while it is not. Says beforehand what happens to the
// machine the volume is attached to.
class ExtendVolumeDialog final : public JobDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtendVolumeDialog)

public:
    // `machineLabel` names the attached machine (its name, or empty to show its id).
    ExtendVolumeDialog(
        const core::VolumeRecord &volume, const QString &machineLabel, QWidget *parent = nullptr);
    ~ExtendVolumeDialog() override;

    const core::VolumeRecord &volume() const { return m_volume; }
    int newSizeGb() const;
    void setNewSizeGb(int sizeGb);
    QString problem() const;

private:
    void validate();

    core::VolumeRecord m_volume;
    QSpinBox *m_size;
    QLabel *m_growth;
    QLabel *m_sizeProblem;
};

} // namespace hangar::gui
