#include "gui/volumes/createvolumedialog.h"

#include "api/apiclient.h"
#include "gui/map/regionpicker.h"
#include "gui/panels/panelformat.h"
#include "gui/volumes/volumerules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace hangar::gui {

namespace {

// What the size box accepts, so sizes out of range can be typed and explained.
constexpr int kSizeBoxMaximum = 99999;

} // namespace

CreateVolumeDialog::CreateVolumeDialog(api::ApiClient &client, const QString &app, QWidget *parent)
    : JobDialog(parent)
    , m_client(&client)
    , m_app(app)
{
    setObjectName(QStringLiteral("createVolumeDialog"));
    setWindowTitle(tr("Create Volume"));
    setSubmitText(tr("&Create"));
    setForm(buildForm());
    connect(&m_catalog, &SnapshotCatalog::loaded, this, &CreateVolumeDialog::fillSnapshots);
    connect(&m_catalog, &SnapshotCatalog::failed, this, [this](const api::ApiError &error) {
        m_snapshot->clear();
        m_snapshot->setEnabled(false);
        setProblem(
            m_snapshotProblem, tr("The snapshots could not be loaded: %1").arg(error.message()));
        validate();
    });
    validate();
    m_name->setFocus();
}

CreateVolumeDialog::~CreateVolumeDialog() = default;

api::ApiClient *CreateVolumeDialog::client() const
{
    return m_client;
}

QWidget *CreateVolumeDialog::buildForm()
{
    auto *form = new QWidget(this);
    m_intro = new QLabel(tr("A volume is persistent storage on one host in one region. Create it "
                            "first, then a machine in the same region that mounts it; a machine "
                            "mounts one volume at a time."),
        form);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);

    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(volumerules::kMaxNameLength * 2); // long enough to be told why
    m_name->setPlaceholderText(tr("e.g. nginx-data"));
    m_name->setToolTip(
        tr("Up to 30 lowercase letters, digits, dashes and underscores. Machines refer to "
           "the volume by its ID; several volumes may share a name."));
    m_nameProblem = makeProblemLabel(QStringLiteral("nameProblemLabel"), form);

    m_region = new QComboBox(form);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setToolTip(tr("Where the volume lives. A machine must be in the same region (and "
                            "on the same host) to mount it."));
    m_regionProblem = makeProblemLabel(QStringLiteral("regionProblemLabel"), form);

    m_size = new QSpinBox(form);
    m_size->setObjectName(QStringLiteral("sizeSpin"));
    m_size->setRange(0, kSizeBoxMaximum);
    m_size->setValue(1);
    m_size->setSuffix(tr(" GB"));
    m_size->setToolTip(tr("From %1 to %2 GB. A volume can be extended later, but never shrunk.")
                           .arg(volumerules::kMinSizeGb)
                           .arg(volumerules::kMaxSizeGb));
    auto *sizeHint = new QLabel(tr("%1 to %2 GB; it can grow later, never shrink")
                                    .arg(volumerules::kMinSizeGb)
                                    .arg(volumerules::kMaxSizeGb),
        form);
    sizeHint->setForegroundRole(QPalette::PlaceholderText);
    auto *sizeRow = new QWidget(form);
    auto *sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_size);
    sizeLayout->addWidget(sizeHint, 1);
    m_sizeProblem = makeProblemLabel(QStringLiteral("sizeProblemLabel"), form);

    m_empty = new QRadioButton(tr("&Empty volume"), form);
    m_empty->setObjectName(QStringLiteral("emptyRadio"));
    m_empty->setChecked(true);
    m_fromSnapshot = new QRadioButton(tr("Restore from a &snapshot:"), form);
    m_fromSnapshot->setObjectName(QStringLiteral("snapshotRadio"));
    auto *sources = new QButtonGroup(form);
    sources->addButton(m_empty);
    sources->addButton(m_fromSnapshot);
    m_snapshot = new QComboBox(form);
    m_snapshot->setObjectName(QStringLiteral("snapshotCombo"));
    m_snapshot->setEnabled(false);
    m_snapshot->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snapshot->setMinimumContentsLength(30);
    m_snapshot->setToolTip(tr("Snapshots of this app's volumes, newest first. The new volume must "
                              "be at least as large as the volume the snapshot was taken from."));
    m_snapshotProblem = makeProblemLabel(QStringLiteral("snapshotProblemLabel"), form);
    m_forkLabel = new QLabel(form);
    m_forkLabel->setObjectName(QStringLiteral("forkSourceLabel"));
    m_forkLabel->setWordWrap(true);
    m_forkLabel->hide();
    auto *contents = new QWidget(form);
    auto *contentsLayout = new QVBoxLayout(contents);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addWidget(m_empty);
    contentsLayout->addWidget(m_fromSnapshot);
    QWidget *snapshotBox = withProblem(m_snapshot, m_snapshotProblem, contents);
    // Under its radio button, as what it belongs to.
    snapshotBox->setContentsMargins(
        style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6, 0, 0, 0);
    contentsLayout->addWidget(snapshotBox);
    contentsLayout->addWidget(m_forkLabel);

    m_encrypted = new QCheckBox(tr("Encr&ypt the contents"), form);
    m_encrypted->setObjectName(QStringLiteral("encryptedCheck"));
    m_encrypted->setChecked(true);
    m_encrypted->setToolTip(tr("Recommended. Encryption cannot be turned on or off later."));
    m_uniqueZone =
        new QCheckBox(tr("Put it on a different &host than volumes with this name"), form);
    m_uniqueZone->setObjectName(QStringLiteral("uniqueZoneCheck"));
    m_uniqueZone->setChecked(true);
    m_uniqueZone->setToolTip(
        tr("Recommended: volumes of one name on one host fail together. Creating fails when the "
           "region has no such host left; clear this to allow sharing one."));

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [fields, form](const QString &text, QWidget *buddy, QWidget *field) {
        auto *label = new QLabel(text, form);
        label->setBuddy(buddy);
        fields->addRow(label, field);
    };
    addRow(tr("&Name:"), m_name, withProblem(m_name, m_nameProblem, form));
    // The map picker beside the list: the same regions, seen where they are.
    auto *mapButton = new QPushButton(tr("&Map…"), form);
    mapButton->setObjectName(QStringLiteral("regionMapButton"));
    mapButton->setToolTip(tr("Choose the region on a world map"));
    connect(mapButton, &QPushButton::clicked, this, &CreateVolumeDialog::pickRegionOnMap);
    auto *regionRow = new QWidget(form);
    auto *regionLayout = new QHBoxLayout(regionRow);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    regionLayout->addWidget(withProblem(m_region, m_regionProblem, regionRow), 1);
    regionLayout->addWidget(mapButton, 0, Qt::AlignTop);
    addRow(tr("&Region:"), m_region, regionRow);
    addRow(tr("Si&ze:"), m_size, withProblem(sizeRow, m_sizeProblem, form));
    fields->addRow(tr("Contents:"), contents);
    fields->addRow(tr("Options:"), m_encrypted);
    fields->addRow(QString(), m_uniqueZone);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(fields);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &CreateVolumeDialog::validate);
    connect(m_region, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::validate);
    connect(m_size, &QSpinBox::valueChanged, this, &CreateVolumeDialog::validate);
    connect(m_fromSnapshot, &QRadioButton::toggled, this, &CreateVolumeDialog::sourceChanged);
    connect(m_snapshot, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::snapshotChosen);
    setMinimumWidth(540);
    return form;
}

void CreateVolumeDialog::showEvent(QShowEvent *event)
{
    JobDialog::showEvent(event);
    if (m_region->count() == 0 && !m_regionsRequested)
        loadRegions();
}

void CreateVolumeDialog::loadRegions()
{
    m_regionsRequested = true;
    m_region->clear();
    m_region->addItem(tr("Loading regions…"));
    m_region->setEnabled(false);
    validate();
    if (!m_client) {
        m_region->clear();
        setProblem(m_regionProblem, accountGone());
        validate();
        return;
    }
    m_client->regions().then(this, [this](const api::Result<api::RegionList> &regions) {
        if (!regions.ok()) {
            m_region->clear();
            setProblem(m_regionProblem,
                tr("The regions could not be loaded: %1").arg(regions.error().message()));
            validate();
            return;
        }
        fillRegions(regions.value(), m_wantedRegion);
    });
}

void CreateVolumeDialog::setRegions(const api::RegionList &regions, const QString &preferred)
{
    m_regionsRequested = true;
    fillRegions(regions, preferred.isEmpty() ? m_wantedRegion : preferred);
}

map::RegionPickerDialog *CreateVolumeDialog::pickRegionOnMap()
{
    auto *dialog = new map::RegionPickerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->picker()->setRegionList(m_regionList);
    dialog->picker()->setCurrentRegion(m_region->currentData().toString());
    connect(dialog, &map::RegionPickerDialog::regionSelected, this,
        [this](const QString &code) { setRegion(code); });
    dialog->open();
    return dialog;
}

void CreateVolumeDialog::fillRegions(const api::RegionList &regions, const QString &preferred)
{
    m_regionList = regions;
    QList<api::Region> offered;
    for (const api::Region &region : regions.regions) {
        if (!region.deprecated() || region.code() == preferred)
            offered.append(region);
    }
    std::sort(offered.begin(), offered.end(), [](const api::Region &a, const api::Region &b) {
        return QString::localeAwareCompare(a.name(), b.name()) < 0;
    });
    m_region->clear();
    for (const api::Region &region : std::as_const(offered)) {
        const QString name = region.name().isEmpty() ? region.code() : region.name();
        m_region->addItem(tr("%1 (%2)").arg(name, region.code()), region.code());
    }
    m_region->setEnabled(!offered.isEmpty());
    setRegion(preferred.isEmpty() ? regions.nearest : preferred);
    if (m_region->currentIndex() < 0 && m_region->count() > 0)
        m_region->setCurrentIndex(0);
    validate();
}

void CreateVolumeDialog::setRegion(const QString &code)
{
    m_wantedRegion = code;
    const int index = m_region->findData(code);
    if (index >= 0)
        m_region->setCurrentIndex(index);
}

void CreateVolumeDialog::setForkSource(const api::Volume &source)
{
    m_forkSource = source;
    setObjectName(QStringLiteral("forkVolumeDialog"));
    setWindowTitle(tr("Fork Volume %1").arg(source.name()));
    setSubmitText(tr("&Fork"));
    m_intro->setText(tr("Forking copies a volume to a new one, in this region or another. The copy "
                        "can be mounted at once; its data arrives in the background."));
    m_forkLabel->setText(tr("A copy of %1 (%2, %n GB in %3)", nullptr, source.sizeGb())
                             .arg(source.name(), source.id(), source.region()));
    m_forkLabel->show();
    m_empty->hide();
    m_fromSnapshot->hide();
    m_snapshot->hide();
    m_name->setText(source.name());
    m_size->setValue(source.sizeGb());
    setRegion(source.region());
    validate();
}

void CreateVolumeDialog::setRestoreSnapshot(const api::Volume &source, const QString &snapshotId)
{
    m_restoreVolumeId = source.id();
    m_restoreVolumeName = source.name();
    m_wantedSnapshot = snapshotId;
    setObjectName(QStringLiteral("restoreSnapshotDialog"));
    setWindowTitle(tr("Restore Snapshot"));
    m_intro->setText(tr("Creates a new volume holding the contents of a snapshot of %1. The "
                        "volume the snapshot was taken from is not changed.")
                         .arg(source.name()));
    if (m_name->text().isEmpty())
        m_name->setText(source.name());
    setRegion(source.region());
    m_fromSnapshot->setChecked(true); // loads the snapshots
}

void CreateVolumeDialog::sourceChanged()
{
    const bool restore = m_fromSnapshot->isChecked();
    m_snapshot->setEnabled(restore && !m_snapshots.isEmpty());
    if (restore && m_snapshots.isEmpty() && !m_catalog.isLoading())
        loadSnapshots();
    snapshotChosen();
}

void CreateVolumeDialog::loadSnapshots()
{
    m_snapshot->clear();
    m_snapshot->addItem(tr("Loading snapshots…"));
    m_snapshot->setEnabled(false);
    setProblem(m_snapshotProblem, m_client ? QString() : accountGone());
    if (m_client)
        m_catalog.load(*m_client, m_app, m_restoreVolumeId, m_restoreVolumeName);
    validate();
}

void CreateVolumeDialog::fillSnapshots(const QList<SnapshotChoice> &snapshots)
{
    m_snapshots = snapshots;
    const QSignalBlocker blocker(m_snapshot);
    m_snapshot->clear();
    for (const SnapshotChoice &choice : snapshots) {
        m_snapshot->addItem(tr("%1 — from %2 (%n GB)", nullptr, choice.volumeSizeGb)
                                .arg(formatDateTime(choice.createdAt), choice.volumeName),
            choice.id);
        m_snapshot->setItemData(m_snapshot->count() - 1,
            tr("Snapshot %1 of volume %2").arg(choice.id, choice.volumeId), Qt::ToolTipRole);
    }
    const int wanted = m_snapshot->findData(m_wantedSnapshot);
    m_snapshot->setCurrentIndex(wanted >= 0 ? wanted : (snapshots.isEmpty() ? -1 : 0));
    m_snapshot->setEnabled(m_fromSnapshot->isChecked() && !snapshots.isEmpty());
    snapshotChosen();
}

void CreateVolumeDialog::snapshotChosen()
{
    // A snapshot of a larger volume needs a volume at least that large.
    const int minimum = minimumSizeGb();
    if (m_size->value() < minimum && minimum <= volumerules::kMaxSizeGb)
        m_size->setValue(minimum);
    validate();
}

int CreateVolumeDialog::minimumSizeGb() const
{
    if (isFork())
        return m_forkSource.sizeGb();
    if (m_fromSnapshot->isChecked()) {
        const int index = m_snapshot->currentIndex();
        if (index >= 0 && index < m_snapshots.size()
            && m_snapshots.at(index).id == m_snapshot->currentData().toString())
            return m_snapshots.at(index).volumeSizeGb;
    }
    return volumerules::kMinSizeGb;
}

QStringList CreateVolumeDialog::problems() const
{
    QStringList all;
    const QString name = volumerules::nameProblem(m_name->text());
    if (!name.isEmpty())
        all.append(name);
    if (m_region->currentData().toString().isEmpty())
        all.append(
            m_regionProblem->text().isEmpty() ? tr("Choose a region.") : m_regionProblem->text());
    const QString size = volumerules::sizeProblem(m_size->value(), minimumSizeGb());
    if (!size.isEmpty())
        all.append(size);
    if (!isFork() && m_fromSnapshot->isChecked() && m_snapshot->currentData().toString().isEmpty())
        all.append(m_snapshotProblem->text().isEmpty() ? tr("Choose a snapshot.")
                                                       : m_snapshotProblem->text());
    return all;
}

void CreateVolumeDialog::validate()
{
    // An untouched empty name is not an error yet, just not done.
    const QString name = volumerules::nameProblem(m_name->text());
    setProblem(m_nameProblem, m_name->text().isEmpty() && !m_nameEdited ? QString() : name);
    setProblem(m_sizeProblem, volumerules::sizeProblem(m_size->value(), minimumSizeGb()));
    const bool snapshotsLoaded = !m_catalog.isLoading();
    if (m_fromSnapshot->isChecked() && snapshotsLoaded && m_snapshots.isEmpty()
        && m_snapshotProblem->text().isEmpty() && !isFork())
        setProblem(m_snapshotProblem,
            m_restoreVolumeId.isEmpty() ? tr("No volume of this app has a snapshot yet.")
                                        : tr("This volume has no snapshots yet."));
    if (!m_fromSnapshot->isChecked() && m_snapshots.isEmpty())
        setProblem(m_snapshotProblem, {});
    setInputValid(problems().isEmpty() && snapshotsLoaded);
}

api::CreateVolumeRequest CreateVolumeDialog::request() const
{
    api::CreateVolumeRequest request;
    request.name = m_name->text();
    request.region = m_region->currentData().toString();
    request.sizeGb = m_size->value();
    request.encrypted = m_encrypted->isChecked();
    request.requireUniqueZone = m_uniqueZone->isChecked();
    if (isFork())
        request.sourceVolumeId = m_forkSource.id();
    else if (m_fromSnapshot->isChecked())
        request.snapshotId = m_snapshot->currentData().toString();
    return request;
}

} // namespace hangar::gui
