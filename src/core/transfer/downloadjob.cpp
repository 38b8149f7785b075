#include "core/transfer/downloadjob.h"

#include "api/apiclient.h"
#include "common/base64.h"
#include "core/transfer/execchannel.h"
#include "core/transfer/localsave.h"
#include "core/transfer/remotepath.h"
#include "core/transfer/transferscripts.h"
#include "core/transfer/volumeaccess.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <limits>

namespace hangar::core {

namespace {

constexpr qint64 kReadBytes = 3 * 1024 * 1024;
// Progress units per file: sizes are learnt one file at a time, so each file is one part of the
// bar, filled as its bytes arrive (fewer units a file when there are very many files).
constexpr int kStepsPerFile = 1000;
// Names taken by someone else between the look and the rename before giving up.
constexpr int kSaveAttempts = 100;

bool isTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink(); // a dangling link still holds the name
}

QString freeLocalName(const QString &dir, const QString &name)
{
    QString candidate = name;
    for (int n = 2; isTaken(QDir(dir).filePath(candidate)); ++n)
        candidate = remotepath::numberedName(name, n);
    return QDir(dir).filePath(candidate);
}

} // namespace

DownloadJob::DownloadJob(
    api::ApiClient &client, Request request, TransferOptions options, QObject *parent)
    : Job(tr("Download from %1").arg(request.volumeName), parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_options(std::move(options))
{
}

DownloadJob::~DownloadJob()
{
    release();
}

void DownloadJob::release()
{
    if (m_access) {
        disconnect(m_access, nullptr, this, nullptr);
        m_access->release(this);
    }
    m_access = nullptr;
}

void DownloadJob::showProgress()
{
    const qint64 files = qMax<qint64>(1, m_request.remotePaths.size());
    const qint64 steps =
        qBound(qint64(1), qint64(std::numeric_limits<int>::max()) / files, qint64(kStepsPerFile));
    const qint64 fileSteps = m_size > 0 ? m_offset * steps / m_size : 0;
    setProgress(int(qMax(0, m_index) * steps + fileSteps), int(files * steps));
}

void DownloadJob::run()
{
    showProgress();
    m_access = VolumeAccess::forVolume(m_client, m_request.appName, m_request.volumeId);
    connect(m_access, &VolumeAccess::startConfirmationNeeded, this, [this] {
        release();
        fail(tr("The volume's machine is not running. Open the Files tab with it first."), {});
    });
    connect(m_access, &VolumeAccess::failed, this, [this](const QString &message) {
        release();
        fail(message, {});
    });
    connect(m_access, &VolumeAccess::ready, this, [this] {
        if (m_channel || !m_access)
            return;
        m_channel = new ExecChannel(m_client, this);
        m_channel->setMachine(m_request.appName, m_access->machineId());
        m_channel->setRetryPolicy(
            m_options.maxAttempts, m_options.retryDelayMs, m_options.execTimeoutSecs);
        nextFile();
    });
    m_access->acquire(this, m_request.mountPath, false, m_options);
}

void DownloadJob::abort()
{
    if (m_channel)
        m_channel->cancel();
    m_file.reset(); // a temporary file not renamed is removed
    release();
}

void DownloadJob::nextFile()
{
    ++m_index;
    m_size = 0;
    m_offset = 0;
    showProgress();
    if (m_index >= m_request.remotePaths.size()) {
        release();
        const QString summary = tr("%n file(s) saved in %1", nullptr, int(m_saved.size()))
                                    .arg(QDir::toNativeSeparators(m_request.localDir));
        if (m_failures.isEmpty())
            succeed(summary);
        else
            fail(tr("%n file(s) could not be downloaded.", nullptr, int(m_failures.size())),
                m_failures.join(QLatin1Char('\n')), {}, summary);
        return;
    }
    const QString remote = m_request.remotePaths.at(m_index);
    QString error;
    const std::optional<QString> normal =
        remotepath::normaliseInside(remote, m_request.mountPath, &error);
    if (!normal) {
        failFile(error);
        return;
    }
    m_machinePath = remotepath::rebase(*normal, m_request.mountPath, m_access->mountPath());
    setStep(tr("Downloading %1").arg(remotepath::nameOf(remote)));
    m_channel->run(scripts::sizeOf(m_machinePath), true, [this](const ExecOutcome &outcome) {
        if (!outcome.ranOk()) {
            failFile(outcome.problem());
            return;
        }
        m_size = outcome.result.standardOutput().trimmed().toLongLong();
        m_offset = 0;
        m_hash.reset();
        // Beside its final place, so that saving is a rename; its name is chosen only then.
        m_file = std::make_unique<QTemporaryFile>(
            QDir(m_request.localDir).filePath(QStringLiteral(".hangar-download-XXXXXX")));
        if (!m_file->open()) {
            failFile(m_file->errorString());
            return;
        }
        readRange();
    });
}

void DownloadJob::readRange()
{
    if (m_offset >= m_size) {
        verify();
        return;
    }
    const qint64 length = qMin(kReadBytes, m_size - m_offset);
    m_channel->run(scripts::readRange(m_machinePath, m_offset, length), true,
        [this, length](const ExecOutcome &outcome) {
            if (!outcome.ranOk()) {
                failFile(outcome.problem());
                return;
            }
            QByteArray data;
            if (!base64::decode(outcome.result.standardOutput().toLatin1(), &data)
                || data.size() != length) {
                failFile(tr("The file changed while it was read."));
                return;
            }
            m_hash.addData(data);
            if (m_file->write(data) != data.size()) {
                failFile(m_file->errorString());
                return;
            }
            m_offset += length;
            showProgress();
            readRange();
        });
}

void DownloadJob::verify()
{
    m_channel->run(scripts::hashOf(m_machinePath), true, [this](const ExecOutcome &outcome) {
        const std::optional<QByteArray> remote =
            outcome.ranOk() ? scripts::parseSha256(outcome.result.standardOutput()) : std::nullopt;
        if (!remote || *remote != m_hash.result().toHex()) {
            failFile(tr("The download did not match the file on the volume."));
            return;
        }
        QString saved;
        QString error;
        if (!save(&saved, &error)) {
            failFile(error);
            return;
        }
        m_file.reset();
        m_saved.append(saved);
        appendLog(tr("Saved %1").arg(QDir::toNativeSeparators(saved)));
        nextFile();
    });
}

// The name is chosen now, not when the download began: a file of that name may have appeared
// meanwhile (the user's, or another download's). QTemporaryFile::rename() never replaces one,
// unlike QSaveFile::commit() and QFile::rename(), so a name taken at the last moment only costs
// another number.
bool DownloadJob::save(QString *saved, QString *error)
{
    if (!localsave::syncToDisk(*m_file, error))
        return false;
    m_file->setPermissions(localsave::newFilePermissions());
    const QString name = remotepath::nameOf(m_machinePath);
    for (int attempt = 0; attempt < kSaveAttempts; ++attempt) {
        const QString target = freeLocalName(m_request.localDir, name);
        if (m_file->rename(target)) {
            m_file->setAutoRemove(false);
            *saved = target;
            return true;
        }
        if (!isTaken(target))
            break; // failed for another reason than the name
    }
    *error = m_file->errorString();
    return false;
}

void DownloadJob::failFile(const QString &reason)
{
    m_file.reset();
    m_failures.append(QStringLiteral("%1: %2").arg(m_request.remotePaths.value(m_index), reason));
    nextFile();
}

} // namespace hangar::core
