#pragma once

#include "models/fleetfilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace hangar::models {

// Filters and sorts the fleet tree (or a machine or volume table) on raw roles.
//
// Filtering applies to machine and volume rows (see FleetFilter for the syntax); with
// recursive filtering on, every ancestor of a match stays visible, and containers with no
// match below them are hidden while a filter is set. A region filter (a click on the map)
// keeps only rows in that region, on top of the text.
//
// Sorting puts containers before leaves (by NodeKind), then compares SortValueRole: strings
// naturally (QCollator numeric mode, so web-2 < web-10, case-insensitive), numbers and dates by
// value. It sorts on column 0 in ascending order from the start.
class FleetFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFilterProxy)

public:
    explicit FleetFilterProxy(QObject *parent = nullptr);
    ~FleetFilterProxy() override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    // A region code; empty shows every region.
    QString regionFilter() const { return m_regionFilter; }
    void setRegionFilter(const QString &regionCode);

    bool isFiltering() const { return !m_filter.isEmpty() || !m_regionFilter.isEmpty(); }

signals:
    void filterTextChanged(const QString &text);
    void regionFilterChanged(const QString &regionCode);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Runs `change` between the calls that tell the base class the row filter changed.
    template<typename Change>
    void changeFilter(Change change);
    int compareValues(const QVariant &left, const QVariant &right) const;

    QString m_filterText;
    QString m_regionFilter;
    FleetFilter m_filter;
    QCollator m_collator;
};

} // namespace hangar::models
