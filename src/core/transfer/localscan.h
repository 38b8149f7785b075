#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class QMimeData;
class QUrl;

namespace hangar::core {

// A local file to copy, found among what the user dropped.
struct LocalFile {
    QString localPath;
    QString relativePath; // "/"-separated, from the drop: "site/css/main.css"
    qint64 size = 0;
    int mode = 0644; // permission bits; 0644 where the platform does not say
};

// What a drop amounts to. Scanning follows symbolic links only when asked to; links inside
// dropped folders are otherwise listed in skippedLinks (a link dropped by itself is followed:
// the user pointed at it).
struct LocalScan {
    QList<LocalFile> files;
    QStringList directories; // relative paths of every folder, so empty ones are made too
    QStringList skippedLinks; // relative paths
    QStringList problems; // "name: reason", for what could not be read
    qint64 totalBytes = 0;
};

LocalScan scanLocal(const QStringList &localPaths, bool followLinks);

// Drops that can be copied into a volume: local files or folders.
bool hasLocalFiles(const QMimeData *mime);
QStringList localPathsOf(const QMimeData *mime);
QStringList localPathsOf(const QList<QUrl> &urls);

// scanLocal() on a pool thread, so a drop of a huge folder does not freeze the window. Connect
// to finished() (it arrives in the thread that called start()), then start(); the task deletes
// itself afterwards.
class LocalScanTask final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalScanTask)

public:
    LocalScanTask(QStringList localPaths, bool followLinks);
    ~LocalScanTask() override;

    void start();

signals:
    void finished(const hangar::core::LocalScan &scan);

private:
    QStringList m_paths;
    bool m_followLinks;
};

} // namespace hangar::core

Q_DECLARE_METATYPE(hangar::core::LocalScan)
