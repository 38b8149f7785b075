#pragma once

#include "core/jobs/job.h"
#include "core/transfer/transferoptions.h"

#include <QCryptographicHash>
#include <QPointer>

#include <memory>

class QTemporaryFile;

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {

class ExecChannel;
class VolumeAccess;

// Copies files from a volume to a local folder: read in ranges through exec (base64 on
// stdout), checked against the machine's sha256sum, and only then saved under their name (a
// numbered name when one is taken; a local file is never replaced). It uses the machine the
// Files tab already opened.
class DownloadJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadJob)

public:
    struct Request {
        QString appName;
        QString volumeId;
        QString volumeName;
        QString mountPath; // where remotePaths are seen
        QStringList remotePaths; // files
        QString localDir;
    };

    DownloadJob(api::ApiClient &client, Request request, TransferOptions options = {},
        QObject *parent = nullptr);
    ~DownloadJob() override;

    // Where each downloaded file was saved.
    QStringList savedFiles() const { return m_saved; }

protected:
    void run() override;
    void abort() override;

private:
    void nextFile();
    void showProgress();
    void readRange();
    void verify();
    bool save(QString *saved, QString *error);
    void failFile(const QString &reason);
    void release();

    api::ApiClient &m_client;
    Request m_request;
    TransferOptions m_options;
    QPointer<VolumeAccess> m_access;
    ExecChannel *m_channel = nullptr;
    int m_index = -1;
    QString m_machinePath;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    std::unique_ptr<QTemporaryFile> m_file;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    QStringList m_saved;
    QStringList m_failures;
};

} // namespace hangar::core
