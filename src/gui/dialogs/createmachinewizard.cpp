#include "gui/dialogs/createmachinewizard.h"

#include "gui/config/imagesection.h"
#include "gui/config/keyvaluesection.h"
#include "gui/config/mountsection.h"
#include "gui/config/servicessection.h"
#include "gui/config/sizesection.h"
#include "gui/map/regionpicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

namespace hangar::gui {

QString machineNameProblem(const QString &name, const QStringList &taken)
{
    if (name.isEmpty())
        return {};
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (!valid.match(name).hasMatch())
        return CreateMachineWizard::tr("Use lowercase letters, digits and dashes (not at the "
                                       "start or end), up to 63 characters.");
    if (taken.contains(name))
        return CreateMachineWizard::tr("This app already has a machine called %1.").arg(name);
    return {};
}

namespace {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("pageProblem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    return label;
}

// A wizard page whose Next waits until `check` finds nothing wrong; `check` says what is.
class CheckedPage final : public QWizardPage {
public:
    using Check = std::function<QString()>;

    explicit CheckedPage(Check check, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_check(std::move(check))
        , m_problem(makeProblemLabel(this))
    {
    }

    QLabel *problemLabel() const { return m_problem; }
    bool isComplete() const override { return m_check().isEmpty(); }
    void recheck()
    {
        m_problem->setText(m_check());
        emit completeChanged();
    }

private:
    Check m_check;
    QLabel *m_problem;
};

} // namespace

CreateMachineWizard::CreateMachineWizard(const Setup &setup, QWidget *parent)
    : QWizard(parent)
    , m_setup(setup)
    , m_image(new ImageSection)
    , m_size(new SizeSection)
    , m_services(new ServicesSection)
    , m_env(new KeyValueSection(KeyValueSection::Kind::Env))
    , m_mount(new MountSection)
{
    setObjectName(QStringLiteral("createMachineWizard"));
    setWindowTitle(tr("Create a machine in %1").arg(setup.appName));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setButtonText(QWizard::FinishButton, tr("&Create machine"));
    resize(860, 640);

    // A new machine starts from a sensible default size; the user picks the rest.
    m_base.setGuest(api::GuestConfig::fromPreset(QStringLiteral("shared-cpu-1x")));
    m_base.setRestart([] {
        api::RestartConfig restart;
        restart.setPolicy(QStringLiteral("on-failure"));
        return restart;
    }());

    setPage(ImagePage,
        makeSectionPage(m_image, tr("Image"),
            tr("What the machine runs: an image from Docker Hub or "
               "another registry.")));
    setPage(NamePage, makeNamePage());
    setPage(RegionPage, makeRegionPage());
    setPage(SizePage,
        makeSectionPage(m_size, tr("Size"),
            tr("CPUs and memory. You can change this later; the "
               "machine restarts to take a new size.")));
    setPage(VolumePage, makeVolumePage());
    setPage(ServicesPage,
        makeSectionPage(m_services, tr("Services and ports"),
            tr("Which ports the Fly Proxy routes to the machine. "
               "Leave empty for a private machine.")));
    setPage(EnvPage,
        makeSectionPage(m_env, tr("Environment"),
            tr("Variables the machine's processes see. Put passwords "
               "in app secrets instead.")));
    setPage(ReviewPage, makeReviewPage());

    for (ConfigSection *section :
        {static_cast<ConfigSection *>(m_image), static_cast<ConfigSection *>(m_size),
            static_cast<ConfigSection *>(m_services), static_cast<ConfigSection *>(m_env)})
        section->load(m_base, context());
    m_mount->load(m_base, context());
}

CreateMachineWizard::~CreateMachineWizard() = default;

ConfigEditorContext CreateMachineWizard::context() const
{
    ConfigEditorContext c;
    c.appName = m_setup.appName;
    c.region = m_regionPicker ? m_regionPicker->currentRegion() : m_setup.defaultRegion;
    c.volumes = m_setup.volumes;
    c.secretNames = m_setup.secretNames;
    return c;
}

QWizardPage *CreateMachineWizard::makeSectionPage(
    ConfigSection *section, const QString &title, const QString &subtitle)
{
    auto *page = new CheckedPage([section] { return section->problems().value(0); });
    page->setTitle(title);
    page->setSubTitle(subtitle);
    section->setTitle(QString());
    section->setFlat(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(section, 1);
    if (section == m_image) {
        auto *examples = new QLabel(page);
        examples->setObjectName(QStringLiteral("imageExamples"));
        QStringList links;
        for (const char *image :
            {"nginx:latest", "caddy:2", "redis:7-alpine", "postgres:16", "flyio/hellofly:latest"})
            links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(QLatin1String(image)));
        examples->setText(tr("For example: %1").arg(links.join(QStringLiteral(" · "))));
        connect(examples, &QLabel::linkActivated, m_image, &ImageSection::setImage);
        layout->insertWidget(0, examples);
    }
    if (section == m_services) {
        auto *web = new QPushButton(tr("Add a &web service (ports 80 and 443 → 8080)"), page);
        web->setObjectName(QStringLiteral("addWebServiceButton"));
        connect(web, &QPushButton::clicked, this, [this] { m_services->addWebService(8080); });
        layout->addWidget(web, 0, Qt::AlignLeft);
    }
    layout->addWidget(page->problemLabel());
    connect(section, &ConfigSection::edited, page, &CheckedPage::recheck);
    return page;
}

QWizardPage *CreateMachineWizard::makeNamePage()
{
    auto *page = new CheckedPage([this] { return nameProblem(); });
    page->setTitle(tr("Name"));
    page->setSubTitle(tr("How the machine is shown in Hangar and on Fly. Leave it empty and Fly "
                         "picks a name."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("machineNameEdit"));
    m_name->setPlaceholderText(QStringLiteral("my-nginx-server")); // i18n: verbatim
    setHelp(m_name, tr("Lowercase letters, digits and dashes, unique within the app."));
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(QString(), page->problemLabel());
    connect(m_name, &QLineEdit::textChanged, page, [this, page] {
        markField(m_name, nameProblem());
        page->recheck();
    });
    return page;
}

QString CreateMachineWizard::nameProblem() const
{
    return machineNameProblem(m_name->text().trimmed(), m_setup.takenNames);
}

QWizardPage *CreateMachineWizard::makeRegionPage()
{
    auto *page = new CheckedPage([this] {
        return m_regionPicker->currentRegion().isEmpty()
            ? tr("Pick a region on the map or in the list.")
            : QString();
    });
    page->setTitle(tr("Region"));
    page->setSubTitle(tr("Where the machine runs. Volumes live in one region, so a machine can "
                         "only mount volumes of its own region."));
    m_regionPicker = new map::RegionPicker(page);
    m_regionPicker->setObjectName(QStringLiteral("wizardRegionPicker"));
    if (m_setup.regions)
        m_regionPicker->setModel(m_setup.regions);
    if (!m_setup.defaultRegion.isEmpty())
        m_regionPicker->setCurrentRegion(m_setup.defaultRegion);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_regionPicker, 1);
    layout->addWidget(page->problemLabel());
    connect(m_regionPicker, &map::RegionPicker::currentRegionChanged, page, &CheckedPage::recheck);
    return page;
}

QWizardPage *CreateMachineWizard::makeVolumePage()
{
    auto *page = new CheckedPage([this] { return newVolumeProblem(); });
    page->setTitle(tr("Volume"));
    page->setSubTitle(tr("Persistent storage that survives restarts and image updates. A "
                         "machine mounts at most one volume."));
    m_noVolume = new QRadioButton(tr("&No volume"), page);
    m_noVolume->setObjectName(QStringLiteral("noVolumeRadio"));
    m_existingVolume = new QRadioButton(tr("Mount a free volume of this app"), page);
    m_existingVolume->setObjectName(QStringLiteral("existingVolumeRadio"));
    m_newVolume = new QRadioButton(tr("Create a &new volume"), page);
    m_newVolume->setObjectName(QStringLiteral("newVolumeRadio"));
    m_forkVolume = new QRadioButton(page);
    m_forkVolume->setObjectName(QStringLiteral("forkVolumeRadio"));
    m_forkVolume->hide();
    auto *group = new QButtonGroup(page);
    for (QRadioButton *radio : {m_noVolume, m_existingVolume, m_newVolume, m_forkVolume})
        group->addButton(radio);
    m_noVolume->setChecked(true);

    m_mount->setTitle(QString());
    m_mount->setFlat(true);
    m_newVolumeName = new QLineEdit(page);
    m_newVolumeName->setObjectName(QStringLiteral("newVolumeNameEdit"));
    m_newVolumeName->setPlaceholderText(QStringLiteral("data")); // i18n: verbatim
    setHelp(m_newVolumeName, tr("Up to 30 lowercase letters, digits, dashes and underscores."));
    m_newVolumeSize = new QSpinBox(page);
    m_newVolumeSize->setObjectName(QStringLiteral("newVolumeSizeSpin"));
    m_newVolumeSize->setRange(1, 500);
    m_newVolumeSize->setValue(1);
    m_newVolumeSize->setSuffix(tr(" GB"));
    m_newVolumeEncrypted = new QCheckBox(tr("Encrypted at rest"), page);
    m_newVolumeEncrypted->setChecked(true);
    m_newVolumePath = new QLineEdit(QStringLiteral("/data"), page);
    m_newVolumePath->setObjectName(QStringLiteral("newVolumePathEdit"));
    auto *newForm = new QFormLayout;
    newForm->setContentsMargins(24, 0, 0, 0);
    newForm->addRow(tr("Na&me:"), m_newVolumeName);
    newForm->addRow(tr("Si&ze:"), m_newVolumeSize);
    newForm->addRow(QString(), m_newVolumeEncrypted);
    newForm->addRow(tr("Mount &path:"), m_newVolumePath);
    m_volumeProblem = page->problemLabel();

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_noVolume);
    layout->addWidget(m_existingVolume);
    layout->addWidget(m_mount);
    layout->addWidget(m_newVolume);
    layout->addLayout(newForm);
    layout->addWidget(m_forkVolume);
    layout->addStretch();
    layout->addWidget(m_volumeProblem);

    connect(group, &QButtonGroup::buttonToggled, page, [this, page] {
        refreshVolumeChoice();
        page->recheck();
    });
    for (QLineEdit *edit : {m_newVolumeName, m_newVolumePath})
        connect(edit, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    connect(m_mount, &ConfigSection::edited, page, [this, page] {
        if (!m_mount->volumeId().isEmpty() && !m_existingVolume->isChecked())
            m_existingVolume->setChecked(true);
        page->recheck();
    });
    refreshVolumeChoice();
    return page;
}

void CreateMachineWizard::refreshVolumeChoice()
{
    const bool creating = m_newVolume->isChecked() || m_forkVolume->isChecked();
    m_mount->setEnabled(m_existingVolume->isChecked());
    m_newVolumeName->setEnabled(creating);
    m_newVolumeSize->setEnabled(m_newVolume->isChecked());
    m_newVolumeEncrypted->setEnabled(m_newVolume->isChecked());
    m_newVolumePath->setEnabled(creating);
}

QString CreateMachineWizard::newVolumeProblem() const
{
    if (m_existingVolume->isChecked()) {
        if (m_mount->volumeId().isEmpty())
            return tr("Pick the volume to mount, or choose another option.");
        return m_mount->problems().value(0);
    }
    if (!m_newVolume->isChecked() && !m_forkVolume->isChecked())
        return {};
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,29}$"));
    const QString name = m_newVolumeName->text().trimmed();
    if (name.isEmpty())
        return tr("Name the new volume.");
    if (!valid.match(name).hasMatch())
        return tr("A volume name has up to 30 lowercase letters, digits, dashes and underscores.");
    const QString path = m_newVolumePath->text().trimmed();
    if (!path.startsWith(QLatin1Char('/')) || path == QLatin1String("/"))
        return tr("The mount path must be an absolute directory such as /data.");
    return {};
}

QWizardPage *CreateMachineWizard::makeReviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("This is what will be sent to Fly. Nothing is created until you press "
                         "Create machine."));
    m_reviewSummary = new QLabel(page);
    m_reviewSummary->setObjectName(QStringLiteral("createSummary"));
    m_reviewSummary->setWordWrap(true);
    m_reviewJson = new QPlainTextEdit(page);
    m_reviewJson->setObjectName(QStringLiteral("createRequestJson"));
    m_reviewJson->setReadOnly(true);
    m_reviewJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_reviewSummary);
    layout->addWidget(m_reviewJson, 1);
    return page;
}

void CreateMachineWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == VolumePage) {
        // The region is known now: offer only free volumes there.
        const QString chosen = m_mount->volumeId();
        m_mount->load(m_base, context());
        if (!chosen.isEmpty())
            m_mount->chooseVolume(chosen, m_mount->path());
        if (m_newVolumeName->text().isEmpty())
            m_newVolumeName->setText(QStringLiteral("data")); // i18n: verbatim
    }
    if (id == ReviewPage) {
        const core::MachinePlan planned = plan();
        QStringList parts;
        parts << tr("Creates %1 in %2 from %3, %4 CPU(s) and %5 MB.", nullptr,
            planned.machine.config.guest().cpus())
                     .arg(planned.machine.name.isEmpty() ? tr("a machine") : planned.machine.name,
                         planned.machine.region, planned.machine.config.image())
                     .arg(planned.machine.config.guest().cpus())
                     .arg(planned.machine.config.guest().memoryMb());
        if (planned.volume)
            parts << (planned.volume->sourceVolumeId.isEmpty()
                    ? tr("First creates volume %1 (%2 GB), mounted at %3.")
                          .arg(planned.volume->name)
                          .arg(planned.volume->sizeGb.value_or(1))
                          .arg(planned.mountPath)
                    : tr("First forks the original's volume into %1, mounted at %2.")
                          .arg(planned.volume->name, planned.mountPath));
        else if (!planned.machine.config.mounts().isEmpty())
            parts << tr("Mounts volume %1 at %2.")
                         .arg(
                             m_mount->volumeName(), planned.machine.config.mounts().first().path());
        m_reviewSummary->setText(parts.join(QLatin1Char(' ')));
        QJsonObject body = planned.machine.toJson();
        m_reviewJson->setPlainText(
            QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
    }
}

api::MachineConfig CreateMachineWizard::buildConfig() const
{
    api::MachineConfig config = m_base;
    m_image->store(config);
    m_size->store(config);
    m_services->store(config);
    m_env->store(config);
    config.remove(QLatin1String("mounts"));
    if (m_existingVolume->isChecked())
        m_mount->store(config);
    return config;
}

core::MachinePlan CreateMachineWizard::plan() const
{
    core::MachinePlan planned;
    planned.app = m_setup.appName;
    planned.machine.config = buildConfig();
    planned.machine.name = m_name->text().trimmed();
    planned.machine.region = m_regionPicker->currentRegion();
    if (m_newVolume->isChecked() || m_forkVolume->isChecked()) {
        api::CreateVolumeRequest volume;
        volume.name = m_newVolumeName->text().trimmed();
        volume.region = planned.machine.region;
        if (m_forkVolume->isChecked()) {
            volume.sourceVolumeId = m_cloneVolumeId;
        } else {
            volume.sizeGb = m_newVolumeSize->value();
            volume.encrypted = m_newVolumeEncrypted->isChecked();
        }
        volume.compute = planned.machine.config.guest();
        planned.volume = volume;
        planned.mountPath = m_newVolumePath->text().trimmed();
    }
    return planned;
}

void CreateMachineWizard::cloneFrom(const api::Machine &machine, const api::Volume &mountedVolume)
{
    setWindowTitle(tr("Clone %1").arg(machine.name().isEmpty() ? machine.id() : machine.name()));
    m_base = machine.config();
    const api::MountConfig mount = m_base.mounts().value(0);
    m_base.remove(QLatin1String("mounts"));
    for (ConfigSection *section :
        {static_cast<ConfigSection *>(m_image), static_cast<ConfigSection *>(m_size),
            static_cast<ConfigSection *>(m_services), static_cast<ConfigSection *>(m_env)})
        section->load(m_base, context());
    QString name = machine.name().isEmpty() ? QStringLiteral("clone")
                                            : machine.name() + QStringLiteral("-copy");
    for (int n = 2; m_setup.takenNames.contains(name); ++n)
        name = machine.name() + QStringLiteral("-copy-%1").arg(n);
    m_name->setText(name);
    m_regionPicker->setCurrentRegion(machine.region());
    if (!mountedVolume.id().isEmpty()) {
        m_cloneVolumeId = mountedVolume.id();
        m_forkVolume->setText(
            tr("&Fork %1 (a copy of its data) into a new volume").arg(mountedVolume.name()));
        m_forkVolume->show();
        m_forkVolume->setChecked(true);
        m_newVolume->setText(tr("Create a &fresh, empty volume"));
        m_newVolumeSize->setValue(qMax(1, mountedVolume.sizeGb()));
        m_newVolumeName->setText(mountedVolume.name());
        m_newVolumePath->setText(mount.path().isEmpty() ? QStringLiteral("/data") : mount.path());
    }
}

void CreateMachineWizard::accept()
{
    emit planReady(plan());
    QWizard::accept();
}

} // namespace hangar::gui
