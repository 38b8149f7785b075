#include "gui/config/checkssection.h"

#include "gui/config/checkseditor.h"

#include <QVBoxLayout>

namespace hangar::gui {

ChecksSection::ChecksSection(QWidget *parent)
    : ConfigSection(tr("Health checks"), parent)
    , m_editor(new ChecksEditor(/*named=*/true, this))
{
    setObjectName(QStringLiteral("checksSection"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    connect(m_editor, &ChecksEditor::edited, this, &ChecksSection::emitEdited);
}

ChecksSection::~ChecksSection() = default;

void ChecksSection::load(const api::MachineConfig &config, const ConfigEditorContext &)
{
    setLoading(true);
    m_loaded = config.checks();
    QList<ChecksEditor::Entry> entries;
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it)
        entries.append({it.key(), it.value()});
    m_editor->setEntries(entries);
    setLoading(false);
}

void ChecksSection::store(api::MachineConfig &draft) const
{
    const QMap<QString, api::CheckConfig> now = current();
    if (now != m_loaded)
        draft.setChecks(now);
}

QStringList ChecksSection::problems() const
{
    return m_editor->problems();
}

QMap<QString, api::CheckConfig> ChecksSection::current() const
{
    QMap<QString, api::CheckConfig> checks;
    const QList<ChecksEditor::Entry> entries = m_editor->entries();
    for (const ChecksEditor::Entry &entry : entries)
        checks.insert(entry.name, entry.check);
    return checks;
}

} // namespace hangar::gui
