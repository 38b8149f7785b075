#include "gui/config/keyvaluesection.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hangar::gui {

KeyValueSection::KeyValueSection(Kind kind, QWidget *parent)
    : ConfigSection(kind == Kind::Env ? tr("Environment") : tr("Metadata"), parent)
    , m_kind(kind)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    const bool env = kind == Kind::Env;
    setObjectName(env ? QStringLiteral("envSection") : QStringLiteral("metadataSection"));
    m_table->setObjectName(env ? QStringLiteral("envTable") : QStringLiteral("metadataTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 200);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(120);
    setHelp(m_table,
        env ? tr("Environment variables the machine's processes see. Names must be unique; "
                 "keep passwords and keys in app secrets instead.")
            : tr("Key/value labels on the machine, such as fly_process_group. Keys must be "
                 "unique."));
    m_add->setObjectName(
        env ? QStringLiteral("addEnvButton") : QStringLiteral("addMetadataButton"));
    m_add->setText(env ? tr("Add &variable") : tr("Add &label"));
    m_remove->setObjectName(
        env ? QStringLiteral("removeEnvButton") : QStringLiteral("removeMetadataButton"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        appendRow(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        markRows();
        emitEdited();
    });
    connect(m_remove, &QPushButton::clicked, this, &KeyValueSection::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellChanged, this, &KeyValueSection::onCellChanged);
}

KeyValueSection::~KeyValueSection() = default;

void KeyValueSection::load(const api::MachineConfig &config, const ConfigEditorContext &)
{
    setLoading(true);
    m_loaded = m_kind == Kind::Env ? config.env() : config.metadata();
    m_table->setRowCount(0);
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it)
        appendRow(it.key(), it.value());
    markRows();
    setLoading(false);
}

void KeyValueSection::store(api::MachineConfig &draft) const
{
    const QMap<QString, QString> now = entries();
    if (now == m_loaded)
        return;
    if (m_kind == Kind::Env)
        draft.setEnv(now);
    else
        draft.setMetadata(now);
}

QStringList KeyValueSection::problems() const
{
    QStringList found;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString problem = rowProblem(row);
        if (!problem.isEmpty() && !found.contains(problem))
            found.append(problem);
    }
    return found;
}

void KeyValueSection::addEntry(const QString &name, const QString &value)
{
    appendRow(name, value);
    markRows();
    emitEdited();
}

QMap<QString, QString> KeyValueSection::entries() const
{
    QMap<QString, QString> map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0)->text().trimmed();
        if (!name.isEmpty() && !map.contains(name))
            map.insert(name, m_table->item(row, 1)->text());
    }
    return map;
}

void KeyValueSection::appendRow(const QString &name, const QString &value)
{
    const bool wasLoading = isLoading();
    setLoading(true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    setLoading(wasLoading);
}

void KeyValueSection::onCellChanged()
{
    if (isLoading())
        return;
    markRows();
    emitEdited();
}

void KeyValueSection::removeSelected()
{
    QList<int> rows;
    const auto ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges)
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows.append(row);
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    markRows();
    emitEdited();
}

QString KeyValueSection::rowProblem(int row) const
{
    const QString name = m_table->item(row, 0)->text().trimmed();
    const QString label = m_kind == Kind::Env ? tr("variable") : tr("label");
    if (name.isEmpty())
        return m_table->item(row, 1)->text().isEmpty()
            ? tr("Row %1 is empty: give the %2 a name or remove the row.").arg(row + 1).arg(label)
            : tr("Row %1 has a value but no name.").arg(row + 1);
    for (int other = 0; other < row; ++other)
        if (m_table->item(other, 0)->text().trimmed() == name)
            return tr("“%1” is set twice; each name can appear once.").arg(name);
    if (m_kind == Kind::Env) {
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
        if (!valid.match(name).hasMatch())
            return tr("“%1” is not a usable variable name: use letters, digits and _, not "
                      "starting with a digit.")
                .arg(name);
    }
    return {};
}

void KeyValueSection::markRows()
{
    const bool wasLoading = isLoading();
    setLoading(true);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        markItem(m_table->item(row, 0), rowProblem(row));
    }
    setLoading(wasLoading);
}

} // namespace hangar::gui
