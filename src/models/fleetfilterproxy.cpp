#include "models/fleetfilterproxy.h"

#include "models/modelroles.h"

#include <QDateTime>

namespace hangar::models {

namespace {

bool isLeafKind(const QVariant &kind)
{
    // Table models' rows are leaves too; only the tree has container rows.
    if (!kind.isValid())
        return true;
    const auto nodeKind = NodeKind(kind.toInt());
    return nodeKind == NodeKind::Machine || nodeKind == NodeKind::Volume
        || nodeKind == NodeKind::Event;
}

// The user's locale, except that the C locale (tests, minimal systems) would make QCollator
// compare code points and ignore numeric mode: English collation is the sensible neutral order.
QCollator naturalCollator()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

FleetFilterProxy::FleetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(naturalCollator())
{
    setRecursiveFilteringEnabled(true);
    setSortRole(SortValueRole);
    sort(0, Qt::AscendingOrder);
}

FleetFilterProxy::~FleetFilterProxy() = default;

template<typename Change>
void FleetFilterProxy::changeFilter(Change change)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    change();
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    change();
    invalidateFilter();
#endif
}

void FleetFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    FleetFilter parsed = FleetFilter::parse(text);
    const bool sameTerms = parsed.isEmpty() && m_filter.isEmpty();
    if (sameTerms) {
        m_filterText = text; // only whitespace changed: nothing to refilter
    } else {
        changeFilter([&] {
            m_filterText = text;
            m_filter = std::move(parsed);
        });
    }
    emit filterTextChanged(text);
}

void FleetFilterProxy::setRegionFilter(const QString &regionCode)
{
    if (regionCode == m_regionFilter)
        return;
    changeFilter([&] { m_regionFilter = regionCode; });
    emit regionFilterChanged(regionCode);
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Containers show only through their matching descendants (recursive filtering).
    if (!isLeafKind(index.data(KindRole)))
        return false;
    if (!m_regionFilter.isEmpty() && index.data(RegionRole).toString() != m_regionFilter)
        return false;
    return m_filter.matches(index);
}

bool FleetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftKind = left.data(KindRole);
    const QVariant rightKind = right.data(KindRole);
    if (leftKind.isValid() && rightKind.isValid() && leftKind.toInt() != rightKind.toInt())
        return leftKind.toInt() < rightKind.toInt();

    QVariant leftValue = left.data(sortRole());
    QVariant rightValue = right.data(sortRole());
    if (!leftValue.isValid() && !rightValue.isValid()) {
        leftValue = left.data(Qt::DisplayRole);
        rightValue = right.data(Qt::DisplayRole);
    }
    if (const int order = compareValues(leftValue, rightValue))
        return order < 0;
    // Equal values: keep a stable, total order.
    return m_collator.compare(left.data(IdRole).toString(), right.data(IdRole).toString()) < 0;
}

int FleetFilterProxy::compareValues(const QVariant &left, const QVariant &right) const
{
    // Missing values sort last.
    if (!left.isValid() || left.isNull() || !right.isValid() || right.isNull())
        return threeWay(!left.isValid() || left.isNull(), !right.isValid() || right.isNull());
    const int type = left.metaType().id();
    if (type != right.metaType().id())
        return m_collator.compare(left.toString(), right.toString());
    switch (type) {
    case QMetaType::QString:
        return m_collator.compare(left.toString(), right.toString());
    case QMetaType::QDateTime:
        return threeWay(left.toDateTime(), right.toDateTime());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return threeWay(left.toLongLong(), right.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return threeWay(left.toULongLong(), right.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return threeWay(left.toDouble(), right.toDouble());
    default:
        return m_collator.compare(left.toString(), right.toString());
    }
}

} // namespace hangar::models
