#include "core/transfer/localscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

namespace hangar::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hangar::core::LocalScan)
};

int modeOf(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions p = info.permissions();
    int mode = 0;
    mode |= p.testFlag(QFileDevice::ReadOwner) ? 0400 : 0;
    mode |= p.testFlag(QFileDevice::WriteOwner) ? 0200 : 0;
    mode |= p.testFlag(QFileDevice::ExeOwner) ? 0100 : 0;
    mode |= p.testFlag(QFileDevice::ReadGroup) ? 040 : 0;
    mode |= p.testFlag(QFileDevice::WriteGroup) ? 020 : 0;
    mode |= p.testFlag(QFileDevice::ExeGroup) ? 010 : 0;
    mode |= p.testFlag(QFileDevice::ReadOther) ? 04 : 0;
    mode |= p.testFlag(QFileDevice::WriteOther) ? 02 : 0;
    mode |= p.testFlag(QFileDevice::ExeOther) ? 01 : 0;
    return mode;
#else
    return info.isExecutable() ? 0755 : 0644;
#endif
}

class Scanner {
public:
    explicit Scanner(bool followLinks)
        : m_followLinks(followLinks)
    {
    }

    void addTop(const QString &path)
    {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (!info.exists()) {
            m_scan.problems.append(Tr::tr("%1: it no longer exists").arg(name));
            return;
        }
        if (info.isDir())
            addDirectory(info, name);
        else
            addFile(info, name);
    }

    LocalScan take() { return std::move(m_scan); }

private:
    void addFile(const QFileInfo &info, const QString &relative)
    {
        if (!info.isFile()) {
            m_scan.problems.append(Tr::tr("%1: not a regular file").arg(relative));
            return;
        }
        if (!info.isReadable()) {
            m_scan.problems.append(Tr::tr("%1: it cannot be read").arg(relative));
            return;
        }
        m_scan.files.append({info.absoluteFilePath(), relative, info.size(), modeOf(info)});
        m_scan.totalBytes += info.size();
    }

    void addDirectory(const QFileInfo &info, const QString &relative)
    {
        // A folder reached twice through links would be copied forever.
        const QString canonical = info.canonicalFilePath();
        if (m_visited.contains(canonical)) {
            m_scan.problems.append(
                Tr::tr("%1: a link loops back to a folder above it").arg(relative));
            return;
        }
        m_visited.insert(canonical);
        m_scan.directories.append(relative);
        const QDir dir(info.absoluteFilePath());
        if (!dir.isReadable()) {
            m_scan.problems.append(Tr::tr("%1: the folder cannot be read").arg(relative));
            return;
        }
        const QFileInfoList entries = dir.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString childRelative = relative + QLatin1Char('/') + entry.fileName();
            if (entry.isSymLink() && !m_followLinks) {
                m_scan.skippedLinks.append(childRelative);
                continue;
            }
            if (entry.isDir())
                addDirectory(entry, childRelative);
            else if (entry.exists())
                addFile(entry, childRelative);
            else
                m_scan.problems.append(Tr::tr("%1: a broken link").arg(childRelative));
        }
        m_visited.remove(canonical);
    }

    bool m_followLinks;
    QSet<QString> m_visited;
    LocalScan m_scan;
};

} // namespace

LocalScan scanLocal(const QStringList &localPaths, bool followLinks)
{
    Scanner scanner(followLinks);
    for (const QString &path : localPaths)
        scanner.addTop(path);
    return scanner.take();
}

bool hasLocalFiles(const QMimeData *mime)
{
    return mime && !localPathsOf(mime).isEmpty();
}

QStringList localPathsOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    return localPathsOf(mime->urls());
}

QStringList localPathsOf(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        QString path = url.toLocalFile();
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty())
            paths.append(path);
    }
    return paths;
}

LocalScanTask::LocalScanTask(QStringList localPaths, bool followLinks)
    : m_paths(std::move(localPaths))
    , m_followLinks(followLinks)
{
}

LocalScanTask::~LocalScanTask() = default;

void LocalScanTask::start()
{
    QThreadPool::globalInstance()->start([this] {
        const LocalScan scan = scanLocal(m_paths, m_followLinks);
        emit finished(scan); // queued to the receivers' thread
        deleteLater();
    });
}

} // namespace hangar::core
