#pragma once

#include "api/values/machine.h"
#include "core/jobs/createmachinejob.h"
#include "gui/config/configsection.h"

#include <QWizard>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace hangar::gui {

namespace map {
class RegionPicker;
}

class ImageSection;
class KeyValueSection;
class MountSection;
class ServicesSection;
class SizeSection;

// Creating a machine step by step: image, name, region (map and list), size, volume (a free
// one, a new one, or for a clone a fork of the original's), services and ports, environment,
// and a last look at the JSON that will be sent. Each step's Next stays disabled, with the
// reason shown, until its fields are valid. The result is a MachinePlan for CreateMachineJob.
class CreateMachineWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateMachineWizard)

public:
    enum PageId {
        ImagePage,
        NamePage,
        RegionPage,
        SizePage,
        VolumePage,
        ServicesPage,
        EnvPage,
        ReviewPage
    };

    struct Setup {
        QString appName;
        QStringList takenNames; // machine names already used in the app
        QList<api::Volume> volumes; // the app's volumes (free ones are offered)
        QStringList secretNames;
        QAbstractItemModel *regions = nullptr; // a RegionSummaryModel; not owned
        QString defaultRegion;
    };

    explicit CreateMachineWizard(const Setup &setup, QWidget *parent = nullptr);
    ~CreateMachineWizard() override;

    // Starts from an existing machine's config (a clone): its mount is replaced by a fresh or
    // forked volume, chosen on the volume page.
    void cloneFrom(const api::Machine &machine, const api::Volume &mountedVolume);

    core::MachinePlan plan() const;

    // Direct access for tests and for the seed scenario's scripted run.
    ImageSection *imageSection() const { return m_image; }
    QLineEdit *nameEdit() const { return m_name; }
    map::RegionPicker *regionPicker() const { return m_regionPicker; }
    SizeSection *sizeSection() const { return m_size; }
    MountSection *mountSection() const { return m_mount; }
    ServicesSection *servicesSection() const { return m_services; }
    KeyValueSection *envSection() const { return m_env; }
    QRadioButton *newVolumeRadio() const { return m_newVolume; }
    QLineEdit *newVolumeNameEdit() const { return m_newVolumeName; }
    QSpinBox *newVolumeSizeSpin() const { return m_newVolumeSize; }
    QPlainTextEdit *reviewJson() const { return m_reviewJson; }

signals:
    void planReady(const hangar::core::MachinePlan &plan);

protected:
    void initializePage(int id) override;
    void accept() override;

private:
    QWizardPage *makeSectionPage(
        ConfigSection *section, const QString &title, const QString &subtitle);
    QWizardPage *makeNamePage();
    QWizardPage *makeRegionPage();
    QWizardPage *makeVolumePage();
    QWizardPage *makeReviewPage();
    ConfigEditorContext context() const;
    QString nameProblem() const;
    QString newVolumeProblem() const;
    api::MachineConfig buildConfig() const;
    void refreshVolumeChoice();

    Setup m_setup;
    api::MachineConfig m_base;
    QString m_cloneVolumeId;
    ImageSection *m_image;
    SizeSection *m_size;
    ServicesSection *m_services;
    KeyValueSection *m_env;
    MountSection *m_mount;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    map::RegionPicker *m_regionPicker = nullptr;
    QRadioButton *m_noVolume = nullptr;
    QRadioButton *m_existingVolume = nullptr;
    QRadioButton *m_newVolume = nullptr;
    QRadioButton *m_forkVolume = nullptr;
    QLineEdit *m_newVolumeName = nullptr;
    QSpinBox *m_newVolumeSize = nullptr;
    QCheckBox *m_newVolumeEncrypted = nullptr;
    QLineEdit *m_newVolumePath = nullptr;
    QLabel *m_volumeProblem = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QPlainTextEdit *m_reviewJson = nullptr;
};

// Fly's rule for machine and volume names, as a sentence; empty when `name` is fine.
QString machineNameProblem(const QString &name, const QStringList &taken);

} // namespace hangar::gui
