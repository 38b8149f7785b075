// The Files tab as a drop zone: the whole tab, or a folder of the listing.
#include "core/session/accountsession.h"
#include "core/transfer/remotepath.h"
#include "gui/files/remotefilesmodel.h"
#include "gui/files/volumedrop.h"
#include "gui/files/volumefileswidget.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QTreeView>

namespace hangar::gui {

QString VolumeFilesWidget::dropTargetAt(const QPoint &viewportPos) const
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (index.isValid() && index.data(RemoteFilesModel::IsDirectoryRole).toBool())
        return core::remotepath::join(m_dir, index.data(RemoteFilesModel::NameRole).toString());
    return m_dir;
}

void VolumeFilesWidget::setDropHighlight(const QString &target)
{
    m_dropHint->setProperty("target", target);
    m_dropHint->setText(target.isEmpty()
            ? tr("Drop files or folders here to copy them into %1").arg(m_dir)
            : tr("Release to copy into %1").arg(target));
    QFont font = m_dropHint->font();
    font.setBold(!target.isEmpty());
    m_dropHint->setFont(font);
}

void VolumeFilesWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session && canAcceptVolumeDrop(event->mimeData())) {
        event->acceptProposedAction();
        setDropHighlight(m_dir);
    }
}

void VolumeFilesWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_session && canAcceptVolumeDrop(event->mimeData()))
        event->acceptProposedAction();
}

void VolumeFilesWidget::dragLeaveEvent(QDragLeaveEvent *)
{
    setDropHighlight({});
}

void VolumeFilesWidget::dropEvent(QDropEvent *event)
{
    setDropHighlight({});
    if (!m_session || !canAcceptVolumeDrop(event->mimeData()))
        return;
    event->acceptProposedAction();
    copyIntoVolume(event->mimeData()->urls());
}

bool VolumeFilesWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!m_session || !canAcceptVolumeDrop(drag->mimeData()))
            return false;
        drag->acceptProposedAction();
        setDropHighlight(dropTargetAt(drag->position().toPoint()));
        return true;
    }
    case QEvent::DragLeave:
        setDropHighlight({});
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        setDropHighlight({});
        if (!m_session || !canAcceptVolumeDrop(drop->mimeData()))
            return false;
        drop->acceptProposedAction();
        copyIntoVolume(drop->mimeData()->urls(), dropTargetAt(drop->position().toPoint()));
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace hangar::gui
