#pragma once

#include "core/fleet/fleetrecords.h"
#include "core/transfer/transferoptions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTreeView;
class QVBoxLayout;

namespace hangar::core {
class AccountSession;
class CopyJob;
class DownloadJob;
class JobManager;
class VolumeBrowser;
} // namespace hangar::core

namespace hangar::gui {

class RemoteFilesModel;

// The Files tab of a volume: its folders listed one at a time (name, size, modified, type),
// with Refresh, New Folder, Delete and Download, and a drop zone: local files and folders
// dropped on the tab go into the folder shown, dropped on a folder of the listing into that
// folder. Each drop is one copy job (in the activity dock too) with its progress shown here.
// Listing needs a running machine that mounts the volume; when there is none the tab offers to
// start one (a helper, or the stopped machine), while drops work either way.
class VolumeFilesWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeFilesWidget)

public:
    // Copy and download jobs go to `jobs` (the activity dock's manager).
    explicit VolumeFilesWidget(core::JobManager &jobs, QWidget *parent = nullptr);
    ~VolumeFilesWidget() override;

    // Shows a volume of `session` (the same volume again only refreshes what it knows).
    void setVolume(core::AccountSession *session, const core::VolumeRecord &volume);
    void setOptions(const core::TransferOptions &options);
    const core::TransferOptions &options() const { return m_options; }
    QString volumeId() const { return m_volume.volume.id(); }
    // The folder shown, as seen at mountPath().
    QString currentDirectory() const { return m_dir; }
    QString mountPath() const;
    void openDirectory(const QString &dir);
    // Starts a copy of local files into `dir` (empty: the folder shown).
    core::CopyJob *copyIntoVolume(const QList<QUrl> &urls, const QString &dir = {});

signals:
    void copyStarted(hangar::core::CopyJob *job);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void updateState();
    void refresh();
    void goUp();
    void activated(const QModelIndex &index);
    void newFolder();
    void deleteSelected();
    void downloadSelected();
    void downloadFinished(const core::DownloadJob &job, const QString &dir);
    void addProgress(core::CopyJob *job);
    QString dropTargetAt(const QPoint &viewportPos) const;
    void setDropHighlight(const QString &target);
    QStringList selectedPaths(bool filesOnly) const;
    void showMessage(const QString &text);

    core::JobManager &m_jobs;
    QPointer<core::AccountSession> m_session;
    core::VolumeRecord m_volume;
    core::TransferOptions m_options;
    QString m_downloadDir; // the folder the last download went to (the desktop at first)
    core::VolumeBrowser *m_browser = nullptr;
    QString m_dir;

    RemoteFilesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_placeholder;
    QPushButton *m_openButton;
    QLineEdit *m_pathEdit;
    QLabel *m_mountLabel;
    QLineEdit *m_mountEdit;
    QToolButton *m_upButton;
    QToolButton *m_refreshButton;
    QToolButton *m_newFolderButton;
    QToolButton *m_deleteButton;
    QToolButton *m_downloadButton;
    QLabel *m_dropHint;
    QLabel *m_message;
    QLabel *m_savedNote;
    QVBoxLayout *m_progressLayout;
};

} // namespace hangar::gui
