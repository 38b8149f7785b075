#pragma once

#include "api/values/machineevent.h"

#include <QAbstractTableModel>

namespace hangar::models {

// The events of one machine, newest first, as the API lists them. Polling hands in the whole
// list each time; setEvents() works out what is new: events above the newest one shown are
// inserted at the top, events that fell off the end of the API's capped list are removed from
// the bottom, and only a list that shares nothing with the shown one resets the model.
class MachineEventsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineEventsModel)

public:
    enum Column {
        TimeColumn,
        TypeColumn,
        StatusColumn,
        SourceColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit MachineEventsModel(QObject *parent = nullptr);
    ~MachineEventsModel() override;

    // `events` newest first.
    void setEvents(const QList<api::MachineEvent> &events);
    void clear();
    const api::MachineEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Events need not carry an ID; time, type, status and source tell them apart then.
    static QString keyOf(const api::MachineEvent &event);
    QVariant displayValue(const api::MachineEvent &event, int column) const;

    QList<api::MachineEvent> m_events;
    QStringList m_keys;
};

} // namespace hangar::models
