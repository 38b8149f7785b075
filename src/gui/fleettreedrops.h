#pragma once

#include "core/transfer/transferoptions.h"

#include <QObject>

#include <functional>

class QAbstractItemView;
class QDropEvent;
class QMimeData;
class QModelIndex;

namespace hangar::core {
class AccountSession;
class JobManager;
} // namespace hangar::core

namespace hangar::gui {

// Local files dropped on the fleet tree: on a volume they are copied into it (a job in the
// activity dock); one small file on a machine is offered as a config file of that machine
// (configFileDropped), which the window adds to the machine's draft for review. Other rows
// refuse the drag.
class FleetTreeDrops final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTreeDrops)

public:
    using SessionLookup = std::function<core::AccountSession *(const QString &accountId)>;

    FleetTreeDrops(QAbstractItemView *tree, core::JobManager &jobs, SessionLookup sessions,
        QObject *parent = nullptr);
    ~FleetTreeDrops() override;

    // For the copies that drops start from now on.
    void setOptions(const core::TransferOptions &options) { m_options = options; }
    const core::TransferOptions &options() const { return m_options; }

    // What a drop at `index` would do (for tests and the drag cursor).
    bool accepts(const QModelIndex &index, const QMimeData *mime) const;
    // Handles a drop of `mime` on the row `index`; false when the row does not take it.
    bool drop(const QModelIndex &index, const QMimeData *mime);

signals:
    void configFileDropped(
        const QString &accountId, const QString &machineId, const QString &localPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_tree;
    core::JobManager &m_jobs;
    SessionLookup m_sessions;
    core::TransferOptions m_options;
};

} // namespace hangar::gui
