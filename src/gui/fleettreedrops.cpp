#include "gui/fleettreedrops.h"

#include "core/fleet/fleetstore.h"
#include "core/session/accountsession.h"
#include "core/transfer/localscan.h"
#include "gui/files/machinefiledrop.h"
#include "gui/files/volumedrop.h"
#include "models/modelroles.h"

#include <QAbstractItemView>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

namespace hangar::gui {

FleetTreeDrops::FleetTreeDrops(
    QAbstractItemView *tree, core::JobManager &jobs, SessionLookup sessions, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_jobs(jobs)
    , m_sessions(std::move(sessions))
{
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->viewport()->installEventFilter(this);
}

FleetTreeDrops::~FleetTreeDrops() = default;

bool FleetTreeDrops::accepts(const QModelIndex &index, const QMimeData *mime) const
{
    if (!index.isValid() || !mime)
        return false;
    switch (models::NodeKind(index.data(models::KindRole).toInt())) {
    case models::NodeKind::Volume:
        return canAcceptVolumeDrop(mime);
    case models::NodeKind::Machine:
        return MachineFileDrop::canAccept(mime);
    default:
        return false;
    }
}

bool FleetTreeDrops::drop(const QModelIndex &index, const QMimeData *mime)
{
    if (!accepts(index, mime))
        return false;
    core::AccountSession *session = m_sessions(index.data(models::AccountIdRole).toString());
    if (!session)
        return false;
    const QString id = index.data(models::IdRole).toString();
    QWidget *parent = m_tree->window();
    if (models::NodeKind(index.data(models::KindRole).toInt()) == models::NodeKind::Volume) {
        const auto volume = session->store().volume(id);
        if (!volume)
            return false;
        startVolumeCopy(*session, m_jobs, *volume, mime->urls(), parent, {}, {}, m_options);
        return true;
    }
    const QStringList paths = core::localPathsOf(mime);
    if (paths.size() != 1 || !session->store().machine(id))
        return false;
    emit configFileDropped(session->endpoint().id, id, paths.first());
    return true;
}

bool FleetTreeDrops::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QModelIndex index = m_tree->indexAt(drag->position().toPoint());
        if (accepts(index, drag->mimeData())) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else if (event->type() == QEvent::DragEnter && drag->mimeData()->hasUrls()) {
            drag->accept(); // keep listening: the pointer may move onto a volume
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *dropEvent = static_cast<QDropEvent *>(event);
        const QModelIndex index = m_tree->indexAt(dropEvent->position().toPoint());
        if (drop(index, dropEvent->mimeData())) {
            dropEvent->setDropAction(Qt::CopyAction);
            dropEvent->accept();
        } else {
            dropEvent->ignore();
        }
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace hangar::gui
