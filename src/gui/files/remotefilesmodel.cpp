#include "gui/files/remotefilesmodel.h"

#include "gui/files/filesformat.h"

#include <QApplication>
#include <QDateTime>
#include <QStyle>

namespace hangar::gui {

using core::scripts::StatLine;

RemoteFilesModel::RemoteFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RemoteFilesModel::~RemoteFilesModel() = default;

void RemoteFilesModel::setEntries(const QList<core::scripts::RemoteEntry> &entries)
{
    beginResetModel(); // a new folder: the whole source changed
    m_entries = entries;
    endResetModel();
}

int RemoteFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RemoteFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::scripts::RemoteEntry &entry = m_entries.at(index.row());
    const bool isDir = entry.type == StatLine::Type::Directory;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            QString name = entry.name;
            return name.replace(QLatin1Char('\n'), QChar(0x23CE)); // ⏎ keeps the row one line
        }
        case SizeColumn:
            return isDir ? QString() : formatFileSize(entry.size);
        case ModifiedColumn:
            return QLocale().toString(
                QDateTime::fromSecsSinceEpoch(entry.mtime).toLocalTime(), QLocale::ShortFormat);
        case TypeColumn:
            return describeType(entry);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QApplication::style()->standardIcon(
                isDir ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(entry.name, formatMode(entry.mode));
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return entry.name;
    case SizeRole:
        return entry.size;
    case ModifiedRole:
        return entry.mtime;
    case IsDirectoryRole:
        return isDir;
    case SortRole: {
        const QString group = isDir ? QStringLiteral("0") : QStringLiteral("1");
        switch (index.column()) {
        case SizeColumn:
            return QStringLiteral("%1%2").arg(group).arg(entry.size, 20, 10, QLatin1Char('0'));
        case ModifiedColumn:
            return QStringLiteral("%1%2").arg(group).arg(entry.mtime, 20, 10, QLatin1Char('0'));
        case TypeColumn:
            return QString(group + describeType(entry) + entry.name.toLower());
        default:
            return QString(group + entry.name.toLower());
        }
    }
    }
    return {};
}

QVariant RemoteFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

Qt::ItemFlags RemoteFilesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_entries.at(index.row()).type == StatLine::Type::Directory)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

} // namespace hangar::gui
