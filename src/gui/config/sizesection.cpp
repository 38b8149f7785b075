#include "gui/config/sizesection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace hangar::gui {

namespace {
const QString kCustom = QStringLiteral("custom");
}

SizeSection::SizeSection(QWidget *parent)
    : ConfigSection(tr("Size"), parent)
    , m_preset(new QComboBox(this))
    , m_cpuKind(new QComboBox(this))
    , m_cpus(new QSpinBox(this))
    , m_memory(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("sizeSection"));
    m_preset->setObjectName(QStringLiteral("sizePresetCombo"));
    for (const QString &name : api::GuestConfig::presetNames()) {
        const api::GuestConfig preset = api::GuestConfig::fromPreset(name);
        m_preset->addItem(
            tr("%1 — %n CPU(s), %2 MB", nullptr, preset.cpus()).arg(name).arg(preset.memoryMb()),
            name);
    }
    m_preset->addItem(tr("Custom size"), kCustom);
    setHelp(m_preset,
        tr("A named size from Fly's list, or Custom to choose the CPU kind, the "
           "number of CPUs and the memory yourself."));

    m_cpuKind->setObjectName(QStringLiteral("cpuKindCombo"));
    m_cpuKind->addItem(tr("Shared"), QStringLiteral("shared"));
    m_cpuKind->addItem(tr("Performance"), QStringLiteral("performance"));
    setHelp(m_cpuKind,
        tr("Shared CPUs are cheap and fine for most web apps; performance CPUs are "
           "dedicated cores for steady heavy work."));
    m_cpus->setObjectName(QStringLiteral("cpusSpin"));
    m_cpus->setRange(1, 128);
    setHelp(
        m_cpus, tr("Shared: 1, 2, 4, 6 or 8. Performance: 1–16 in even steps, or 32, 64, 128."));
    m_memory->setObjectName(QStringLiteral("memorySpin"));
    m_memory->setRange(0, 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MB"));
    setHelp(m_memory,
        tr("Shared CPUs take 256–2048 MB per CPU in steps of 256 MB; performance "
           "CPUs take 2048–8192 MB per CPU in steps of 1024 MB."));
    m_summary->setObjectName(QStringLiteral("sizeSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Preset:"), m_preset);
    layout->addRow(tr("CPU &kind:"), m_cpuKind);
    layout->addRow(tr("&CPUs:"), m_cpus);
    layout->addRow(tr("&Memory:"), m_memory);
    layout->addRow(QString(), m_summary);

    connect(m_preset, qOverload<int>(&QComboBox::activated), this, &SizeSection::onPresetChosen);
    connect(m_cpuKind, qOverload<int>(&QComboBox::activated), this, &SizeSection::onCustomEdited);
    connect(m_cpus, qOverload<int>(&QSpinBox::valueChanged), this, &SizeSection::onCustomEdited);
    connect(m_memory, qOverload<int>(&QSpinBox::valueChanged), this, &SizeSection::onCustomEdited);
}

SizeSection::~SizeSection() = default;

void SizeSection::load(const api::MachineConfig &config, const ConfigEditorContext &)
{
    setLoading(true);
    m_loaded = config.guest();
    m_guest = m_loaded;
    if (m_guest.isNull() && !config.size().isEmpty())
        m_guest = api::GuestConfig::fromPreset(config.size());
    showGuest(m_guest);
    setLoading(false);
}

void SizeSection::store(api::MachineConfig &draft) const
{
    if (m_guest != m_loaded)
        draft.setGuest(m_guest);
}

QStringList SizeSection::problems() const
{
    if (m_guest.isNull())
        return {tr("Choose a size.")};
    const QString error = m_guest.validationError();
    return error.isEmpty() ? QStringList() : QStringList {error};
}

api::GuestConfig SizeSection::guest() const
{
    return m_guest;
}

void SizeSection::onPresetChosen()
{
    const QString name = m_preset->currentData().toString();
    if (name != kCustom)
        m_guest.applyPreset(name);
    showGuest(m_guest);
    emitEdited();
}

void SizeSection::onCustomEdited()
{
    if (isLoading())
        return;
    m_guest.setCpuKind(m_cpuKind->currentData().toString());
    m_guest.setCpus(m_cpus->value());
    m_guest.setMemoryMb(m_memory->value());
    refreshState();
    emitEdited();
}

void SizeSection::showGuest(const api::GuestConfig &guest)
{
    const bool wasLoading = isLoading();
    setLoading(true);
    const QSignalBlocker blockKind(m_cpuKind);
    const QSignalBlocker blockCpus(m_cpus);
    const QSignalBlocker blockMemory(m_memory);
    const QString kind = guest.cpuKind().isEmpty() ? QStringLiteral("shared") : guest.cpuKind();
    m_cpuKind->setCurrentIndex(qMax(0, m_cpuKind->findData(kind)));
    m_cpus->setValue(guest.cpus());
    m_memory->setValue(guest.memoryMb());
    setLoading(wasLoading);
    refreshState();
}

void SizeSection::refreshState()
{
    const QString preset = m_guest.presetName();
    const QSignalBlocker blockPreset(m_preset);
    const int presetIndex = m_preset->findData(preset.isEmpty() ? kCustom : preset);
    m_preset->setCurrentIndex(presetIndex < 0 ? m_preset->count() - 1 : presetIndex);
    const QString problem = problems().value(0);
    markField(m_cpus, problem);
    markField(m_memory, problem);
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    m_summary->setText(tr("%n CPU(s) (%1), %2 MB of memory", nullptr, m_guest.cpus())
                           .arg(m_cpuKind->currentText().toLower())
                           .arg(m_guest.memoryMb()));
}

} // namespace hangar::gui
