#include "models/machineeventsmodel.h"

#include "models/fleetlabels.h"
#include "models/modelroles.h"

#include <algorithm>

namespace hangar::models {

using namespace Qt::StringLiterals;

MachineEventsModel::MachineEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MachineEventsModel::~MachineEventsModel() = default;

void MachineEventsModel::setEvents(const QList<api::MachineEvent> &events)
{
    QStringList keys;
    keys.reserve(events.size());
    for (const api::MachineEvent &event : events)
        keys.append(keyOf(event));

    // Where the newest event shown sits in the new list, and whether the rest lines up.
    const qsizetype newCount = m_events.isEmpty() ? events.size() : keys.indexOf(m_keys.first());
    bool aligned = newCount >= 0;
    const qsizetype overlap =
        aligned ? std::min(m_keys.size(), keys.size() - newCount) : qsizetype(0);
    for (qsizetype i = 0; aligned && i < overlap; ++i)
        aligned = keys.at(newCount + i) == m_keys.at(i);
    if (!aligned) {
        beginResetModel();
        m_events = events;
        m_keys = keys;
        endResetModel();
        return;
    }

    if (overlap < m_keys.size()) {
        // The API keeps a bounded list: the oldest shown events fell off its end.
        beginRemoveRows({}, int(overlap), int(m_keys.size()) - 1);
        m_events.resize(overlap);
        m_keys.resize(overlap);
        endRemoveRows();
    }
    if (newCount > 0) {
        beginInsertRows({}, 0, int(newCount) - 1);
        m_events = events.mid(0, newCount) + m_events;
        m_keys = keys.mid(0, newCount) + m_keys;
        endInsertRows();
    }
    const qsizetype older = keys.size() - newCount - overlap;
    if (older > 0 && !m_keys.isEmpty()) {
        // Older events than those shown (a longer page): they go at the bottom.
        const int first = int(m_keys.size());
        beginInsertRows({}, first, first + int(older) - 1);
        m_events += events.mid(newCount + overlap);
        m_keys += keys.mid(newCount + overlap);
        endInsertRows();
    }
}

void MachineEventsModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginResetModel();
    m_events.clear();
    m_keys.clear();
    endResetModel();
}

int MachineEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int MachineEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MachineEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::MachineEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(event, index.column());
    case Qt::ToolTipRole: {
        const api::ExitEvent exit = event.exitEvent();
        if (exit.isNull())
            return {};
        return exit.oomKilled() ? tr("Exit code %1 (out of memory)").arg(exit.exitCode())
                                : tr("Exit code %1").arg(exit.exitCode());
    }
    case IdRole:
        return m_keys.at(index.row());
    case KindRole:
        return int(NodeKind::Event);
    case EventTypeRole:
        return event.type();
    case StateRole:
        return event.status();
    case EventSourceRole:
        return event.source();
    case TimestampRole:
        return event.timestamp();
    case ExitCodeRole: {
        const api::ExitEvent exit = event.exitEvent();
        return exit.isNull() ? QVariant() : QVariant(exit.exitCode());
    }
    case SortValueRole:
        return index.column() == TimeColumn ? QVariant(event.timestamp())
                                            : displayValue(event, index.column());
    default:
        return {};
    }
}

QVariant MachineEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

Qt::ItemFlags MachineEventsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> MachineEventsModel::roleNames() const
{
    return sharedRoleNames();
}

QString MachineEventsModel::keyOf(const api::MachineEvent &event)
{
    if (!event.id().isEmpty())
        return event.id();
    return QString::number(event.timestampMs()) + u'/' + event.type() + u'/' + event.status() + u'/'
        + event.source();
}

QVariant MachineEventsModel::displayValue(const api::MachineEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return labels::dateTime(event.timestamp());
    case TypeColumn:
        return event.type();
    case StatusColumn:
        return event.status();
    case SourceColumn:
        return event.source();
    default:
        return {};
    }
}

} // namespace hangar::models
