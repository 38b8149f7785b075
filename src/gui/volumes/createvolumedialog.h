#pragma once

#include "api/values/region.h"
#include "api/values/volume.h"
#include "api/values/volumerequests.h"
#include "gui/volumes/snapshotcatalog.h"
#include "gui/widgets/jobdialog.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace hangar::api {
class ApiClient;
}

namespace hangar::gui {

namespace map {
class RegionPickerDialog;
}

// Creates a volume: name, region, size, encryption, a separate host from same-named volumes,
// and its contents: empty, restored from a snapshot of the app, or (setForkSource) a copy of
// another volume. Every field is checked as it is typed, with the reason shown under it; Create
// stays disabled until all is well. Regions and snapshots come from the API unless given.
class CreateVolumeDialog final : public JobDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVolumeDialog)

public:
    CreateVolumeDialog(api::ApiClient &client, const QString &app, QWidget *parent = nullptr);
    ~CreateVolumeDialog() override;

    QString app() const { return m_app; }
    // The account's client, or nullptr once the account is gone.
    api::ApiClient *client() const;
    // The regions to offer; without them the dialog loads them when it is shown. `preferred`
    // is selected (else the nearest region).
    void setRegions(const api::RegionList &regions, const QString &preferred = {});
    void setRegion(const QString &code);
    // Fork mode: the new volume is a copy of `source` (its name and region are the defaults).
    void setForkSource(const api::Volume &source);
    // Restore mode: the new volume starts with this snapshot of `source`.
    void setRestoreSnapshot(const api::Volume &source, const QString &snapshotId);

    bool isFork() const { return !m_forkSource.id().isEmpty(); }
    api::CreateVolumeRequest request() const;
    // Every current problem, in form order (empty when Create is enabled).
    QStringList problems() const;
    // Opens the map to choose the region (the list beside it follows); returns the dialog.
    map::RegionPickerDialog *pickRegionOnMap();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildForm();
    void loadRegions();
    void fillRegions(const api::RegionList &regions, const QString &preferred);
    void loadSnapshots();
    void fillSnapshots(const QList<SnapshotChoice> &snapshots);
    void sourceChanged();
    void snapshotChosen();
    int minimumSizeGb() const;
    void validate();

    QPointer<api::ApiClient> m_client; // the account may go while the dialog is open
    QString m_app;
    api::Volume m_forkSource;
    QString m_restoreVolumeId;
    QString m_restoreVolumeName;
    QString m_wantedSnapshot;
    QString m_wantedRegion;
    bool m_regionsRequested = false;
    bool m_nameEdited = false;
    SnapshotCatalog m_catalog;
    QList<SnapshotChoice> m_snapshots;

    QLabel *m_intro;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_region;
    api::RegionList m_regionList;
    QLabel *m_regionProblem;
    QSpinBox *m_size;
    QLabel *m_sizeProblem;
    QRadioButton *m_empty;
    QRadioButton *m_fromSnapshot;
    QLabel *m_forkLabel;
    QComboBox *m_snapshot;
    QLabel *m_snapshotProblem;
    QCheckBox *m_encrypted;
    QCheckBox *m_uniqueZone;
};

} // namespace hangar::gui
