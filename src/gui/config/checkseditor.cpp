#include "gui/config/checkseditor.h"

#include "api/values/durations.h"
#include "gui/config/configsection.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hangar::gui {

ChecksEditor::ChecksEditor(bool named, QWidget *parent)
    : QWidget(parent)
    , m_named(named)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add chec&k"), this))
    , m_remove(new QPushButton(tr("Remove check"), this))
{
    m_table->setObjectName(QStringLiteral("checksTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Port"), tr("Interval"),
        tr("Timeout"), tr("Grace period"), tr("Method"), tr("Path")});
    m_table->setColumnHidden(Name, !named);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    setHelp(m_table,
        tr("Health checks: type tcp (the port accepts connections) or http (GET of the "
           "path answers 2xx). Durations are like 15s, 1m or 500ms."));
    m_add->setObjectName(QStringLiteral("addCheckButton"));
    m_remove->setObjectName(QStringLiteral("removeCheckButton"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        Entry entry;
        entry.check.setType(QStringLiteral("tcp"));
        entry.check.setIntervalMs(15000);
        entry.check.setTimeoutMs(2000);
        if (m_named) {
            int number = m_entries.size() + 1;
            auto taken = [this](const QString &name) {
                return std::any_of(m_entries.cbegin(), m_entries.cend(),
                    [&](const Entry &e) { return e.name == name; });
            };
            while (taken(QStringLiteral("check%1").arg(number)))
                ++number;
            entry.name = QStringLiteral("check%1").arg(number);
        }
        m_entries.append(entry);
        m_table->insertRow(m_table->rowCount());
        fillRow(m_table->rowCount() - 1);
        m_table->setCurrentCell(m_table->rowCount() - 1, m_named ? Name : Port);
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_entries.removeAt(row);
        m_table->removeRow(row);
        emit edited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    connect(m_table, &QTableWidget::cellChanged, this, &ChecksEditor::onCellChanged);
}

ChecksEditor::~ChecksEditor() = default;

void ChecksEditor::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    m_table->setRowCount(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        fillRow(row);
}

QStringList ChecksEditor::problems() const
{
    QStringList found;
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = 0; column < ColumnCount; ++column) {
            const QString problem = cellProblem(row, column);
            if (!problem.isEmpty())
                found.append(problem);
        }
    return found;
}

void ChecksEditor::fillRow(int row)
{
    m_filling = true;
    const Entry &entry = m_entries.at(row);
    const api::CheckConfig &check = entry.check;
    auto duration = [&](QLatin1String key, qint64 ms) {
        return check.contains(key) ? api::formatGoDuration(ms) : QString();
    };
    const QStringList cells = {
        entry.name,
        check.type(),
        check.port() > 0 ? QString::number(check.port()) : QString(),
        duration(QLatin1String("interval"), check.intervalMs()),
        duration(QLatin1String("timeout"), check.timeoutMs()),
        duration(QLatin1String("grace_period"), check.gracePeriodMs()),
        check.method(),
        check.path(),
    };
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    markRow(row);
    m_filling = false;
}

QString ChecksEditor::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void ChecksEditor::onCellChanged(int row, int column)
{
    if (m_filling || row >= m_entries.size())
        return;
    Entry &entry = m_entries[row];
    api::CheckConfig &check = entry.check;
    const QString value = text(row, column);
    if (cellProblem(row, column).isEmpty()) {
        switch (column) {
        case Name:
            entry.name = value;
            break;
        case Type:
            check.setType(value.toLower());
            break;
        case Port:
            check.setPort(value.toInt());
            break;
        case Interval:
            check.setIntervalMs(api::parseGoDurationMs(value).value_or(0));
            break;
        case Timeout:
            check.setTimeoutMs(api::parseGoDurationMs(value).value_or(0));
            break;
        case GracePeriod:
            check.setGracePeriodMs(api::parseGoDurationMs(value).value_or(0));
            break;
        case Method:
            check.setMethod(value.toUpper());
            break;
        case Path:
            check.setPath(value);
            break;
        default:
            break;
        }
    }
    m_filling = true;
    markRow(row);
    m_filling = false;
    emit edited();
}

QString ChecksEditor::cellProblem(int row, int column) const
{
    const QString value = text(row, column);
    const QString type = text(row, Type).toLower();
    switch (column) {
    case Name:
        if (!m_named)
            return {};
        if (value.isEmpty())
            return tr("Check %1 needs a name.").arg(row + 1);
        for (int other = 0; other < row; ++other)
            if (text(other, Name) == value)
                return tr("Two checks are named “%1”.").arg(value);
        return {};
    case Type:
        return type == QLatin1String("tcp") || type == QLatin1String("http")
            ? QString()
            : tr("Check %1: the type is tcp or http.").arg(row + 1);
    case Port: {
        if (value.isEmpty())
            return {};
        bool ok = false;
        const int port = value.toInt(&ok);
        return ok && port >= 1 && port <= 65535
            ? QString()
            : tr("Check %1: the port is a number from 1 to 65535.").arg(row + 1);
    }
    case Interval:
    case Timeout:
    case GracePeriod:
        return value.isEmpty() || api::parseGoDurationMs(value).has_value()
            ? QString()
            : tr("Check %1: “%2” is not a duration; write it like 15s, 1m30s or 500ms.")
                  .arg(row + 1)
                  .arg(value);
    case Path:
        if (type == QLatin1String("http") && !value.isEmpty()
            && !value.startsWith(QLatin1Char('/')))
            return tr("Check %1: an HTTP path starts with /.").arg(row + 1);
        return {};
    default:
        return {};
    }
}

void ChecksEditor::markRow(int row)
{
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item)
            continue;
        markItem(item, cellProblem(row, column));
    }
}

} // namespace hangar::gui
