#include "gui/config/mountsection.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>

namespace hangar::gui {

MountSection::MountSection(QWidget *parent)
    : ConfigSection(tr("Volume"), parent)
    , m_volume(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_another(new QPushButton(tr("Mount another volume…"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("mountSection"));
    m_volume->setObjectName(QStringLiteral("mountVolumeCombo"));
    setHelp(m_volume,
        tr("A volume of this app in the machine's region that no other machine "
           "uses. A machine mounts at most one volume."));
    m_path->setObjectName(QStringLiteral("mountPathEdit"));
    m_path->setPlaceholderText(QStringLiteral("/data")); // i18n: verbatim
    setHelp(m_path,
        tr("Where the volume appears inside the machine, an absolute path such as "
           "/data."));
    m_another->setObjectName(QStringLiteral("mountAnotherButton"));
    setHelp(m_another, tr("Machines on Fly mount one volume; this explains the alternatives."));
    m_note->setObjectName(QStringLiteral("mountNote"));
    m_note->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_volume, 1);
    row->addWidget(m_another);
    auto *layout = new QFormLayout(this);
    auto *volumeLabel = new QLabel(tr("Vol&ume:"), this);
    volumeLabel->setBuddy(m_volume); // the row is a layout, so the form cannot pair them
    layout->addRow(volumeLabel, row);
    layout->addRow(tr("Mount &path:"), m_path);
    layout->addRow(QString(), m_note);

    connect(m_volume, qOverload<int>(&QComboBox::activated), this, [this] {
        if (!volumeId().isEmpty() && m_path->text().isEmpty())
            m_path->setText(QStringLiteral("/data")); // i18n: verbatim
        onEdited();
    });
    connect(m_path, &QLineEdit::textEdited, this, &MountSection::onEdited);
    connect(m_another, &QPushButton::clicked, this, &MountSection::askForAnother);
}

MountSection::~MountSection() = default;

void MountSection::load(const api::MachineConfig &config, const ConfigEditorContext &context)
{
    setLoading(true);
    m_loaded = config.mounts();
    m_region = context.region;
    const api::MountConfig mount = m_loaded.value(0);
    fillVolumes(context, mount.volume());
    m_path->setText(mount.path());
    onEdited();
    setLoading(false);
}

void MountSection::fillVolumes(const ConfigEditorContext &context, const QString &mounted)
{
    const QSignalBlocker blocker(m_volume);
    m_volume->clear();
    m_candidates.clear();
    m_volume->addItem(tr("No volume"), QString());
    for (const api::Volume &volume : context.volumes) {
        const bool mine = volume.id() == mounted
            || (!context.machineId.isEmpty() && volume.attachedMachineId() == context.machineId);
        const bool free = !volume.isAttached() && !volume.isGone();
        const bool here = context.region.isEmpty() || volume.region() == context.region;
        if (!mine && !(free && here))
            continue;
        m_candidates.append(volume);
        m_volume->addItem(
            tr("%1 (%2 GB, %3)").arg(volume.name()).arg(volume.sizeGb()).arg(volume.id()),
            volume.id());
    }
    if (!mounted.isEmpty() && m_volume->findData(mounted) < 0)
        m_volume->addItem(mounted, mounted); // mounted but not in the volume list (yet)
    m_volume->setCurrentIndex(qMax(0, m_volume->findData(mounted)));
}

void MountSection::store(api::MachineConfig &draft) const
{
    const QString id = volumeId();
    const QString where = path();
    QList<api::MountConfig> mounts = m_loaded;
    if (id.isEmpty()) {
        mounts.clear();
    } else {
        api::MountConfig mount = mounts.isEmpty() ? api::MountConfig() : mounts.first();
        if (mount.volume() != id) {
            mount = api::MountConfig(); // a different volume: its old settings do not carry over
            mount.setVolume(id);
        }
        if (mount.path() != where)
            mount.setPath(where);
        if (mounts.isEmpty())
            mounts.append(mount);
        else
            mounts[0] = mount;
    }
    if (mounts != m_loaded)
        draft.setMounts(mounts);
}

QStringList MountSection::problems() const
{
    if (volumeId().isEmpty())
        return {};
    const QString where = path();
    if (where.isEmpty())
        return {tr("Say where to mount the volume, for example /data.")};
    if (!where.startsWith(QLatin1Char('/')))
        return {tr("The mount path must be absolute (start with /).")};
    if (where == QLatin1String("/"))
        return {tr("A volume cannot be mounted over the root directory.")};
    return {};
}

bool MountSection::chooseVolume(const QString &id, const QString &where)
{
    const int index = m_volume->findData(id);
    if (index < 0)
        return false;
    m_volume->setCurrentIndex(index);
    if (!where.isEmpty())
        m_path->setText(where);
    else if (m_path->text().isEmpty())
        m_path->setText(QStringLiteral("/data")); // i18n: verbatim
    onEdited();
    return true;
}

QString MountSection::volumeId() const
{
    return m_volume->currentData().toString();
}

QString MountSection::path() const
{
    return m_path->text().trimmed();
}

QString MountSection::volumeName() const
{
    for (const api::Volume &volume : m_candidates)
        if (volume.id() == volumeId())
            return volume.name();
    return volumeId();
}

void MountSection::onEdited()
{
    const bool mounted = !volumeId().isEmpty();
    m_path->setEnabled(mounted);
    markField(m_path, problems().value(0));
    const int free = m_volume->count() - 1 - (mounted ? 1 : 0);
    if (m_volume->count() <= 1)
        m_note->setText(m_region.isEmpty()
                ? tr("This app has no free volume. Create one from the Volumes menu.")
                : tr("This app has no free volume in %1. Create one from the Volumes "
                     "menu.")
                      .arg(m_region));
    else
        m_note->setText(
            mounted ? QString() : tr("%n free volume(s) can be mounted here.", nullptr, free));
    m_note->setVisible(!m_note->text().isEmpty());
    rebuildAnotherMenu();
    emitEdited();
}

void MountSection::rebuildAnotherMenu()
{
    // With a volume mounted, the button lists the other free volumes, so asking for one of them
    // by name leads to the explanation of why it cannot be mounted too.
    delete m_another->menu();
    m_another->setMenu(nullptr);
    if (volumeId().isEmpty())
        return;
    auto *menu = new QMenu(m_another);
    menu->setObjectName(QStringLiteral("mountAnotherMenu"));
    for (const api::Volume &volume : std::as_const(m_candidates)) {
        if (volume.id() == volumeId())
            continue;
        QAction *action = menu->addAction(tr("%1 (%2 GB)").arg(volume.name()).arg(volume.sizeGb()));
        action->setData(volume.id());
        connect(action, &QAction::triggered, this,
            [this, id = volume.id()] { emit secondMountRequested(id); });
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *other = menu->addAction(tr("Another volume…"));
    connect(other, &QAction::triggered, this, [this] { emit secondMountRequested(QString()); });
    m_another->setMenu(menu);
}

void MountSection::askForAnother()
{
    if (volumeId().isEmpty()) {
        // Nothing mounted yet: this is the first mount, so just open the picker.
        m_volume->setFocus();
        m_volume->showPopup();
        return;
    }
    emit secondMountRequested(QString());
}

} // namespace hangar::gui
