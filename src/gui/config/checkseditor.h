#pragma once

#include "api/values/checkconfig.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace hangar::gui {

// A table of health checks: the top-level named checks of a machine or the checks of one
// service. Each row edits its check's JSON in place, so fields without a column survive.
class ChecksEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksEditor)

public:
    struct Entry {
        QString name; // top-level checks only
        api::CheckConfig check;
    };

    // `named`: the checks are keyed by name (config.checks) rather than listed.
    explicit ChecksEditor(bool named, QWidget *parent = nullptr);
    ~ChecksEditor() override;

    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const { return m_entries; }
    QStringList problems() const;

signals:
    void edited();

private:
    enum Column { Name, Type, Port, Interval, Timeout, GracePeriod, Method, Path, ColumnCount };

    void fillRow(int row);
    void onCellChanged(int row, int column);
    QString cellProblem(int row, int column) const;
    void markRow(int row);
    QString text(int row, int column) const;

    bool m_named;
    bool m_filling = false;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<Entry> m_entries;
};

} // namespace hangar::gui
