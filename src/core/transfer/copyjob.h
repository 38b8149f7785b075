#pragma once

#include "core/jobs/job.h"
#include "core/transfer/copytypes.h"
#include "core/transfer/localscan.h"
#include "core/transfer/transferoptions.h"
#include "core/transfer/whensettled.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {

class CopyEngine;
class ExecChannel;
class VolumeAccess;

// Copies one drop of local files and folders into a volume (DESIGN §2.4), as a job of the
// activity dock: it scans the drop, gets a machine that mounts the volume (see VolumeAccess),
// checks what exists, asks what only the user can decide, copies every file verified by
// checksum, puts the machine back as it was, and sums up. Questions are asked one at a time
// through questionAsked(); the job waits for answer() without blocking anything.
class CopyJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyJob)

public:
    CopyJob(api::ApiClient &client, CopyRequest request, TransferOptions options = {},
        QObject *parent = nullptr);
    ~CopyJob() override;

    const CopyRequest &request() const { return m_request; }
    const TransferOptions &options() const { return m_options; }
    const std::vector<CopyItem> &items() const { return m_items; }

    // Bytes of the files being copied (skipped ones not counted).
    qint64 bytesDone() const;
    qint64 bytesTotal() const;
    // The file being copied now, or -1.
    int currentItem() const;
    // Measured over the last seconds; 0 until known.
    double bytesPerSecond() const;
    // -1 when unknown.
    qint64 secondsLeft() const;
    qint64 chunkBytes() const;
    int count(CopyItem::Status status) const;
    // The machine doing the copy (a helper's name, or the volume's own machine).
    QString machineName() const { return m_machineName; }

    std::optional<CopyQuestion> pendingQuestion() const { return m_question; }
    // Answers the pending question. With applyToAll, later questions of the same kind get the
    // same answer without asking.
    void answer(int questionId, CopyAnswer answer, bool applyToAll = false);

    bool hasFailedFiles() const { return count(CopyItem::Status::Failed) > 0; }
    // A request for the files that failed and can be tried again (not the unreadable ones).
    CopyRequest retryRequest() const;

signals:
    void questionAsked(const hangar::core::CopyQuestion &question);
    // Bytes moved, the current file, throughput: for per-file and total progress bars.
    void transferProgress();
    // A machine was created, started, stopped or removed: the fleet should refresh.
    void machinesChanged(const QString &appName);

protected:
    void run() override;
    void abort() override;

private:
    // copyjob.cpp: the flow
    void scan(bool followLinks);
    void scanned(const LocalScan &scan);
    void askLargeFiles();
    void acquireMachine();
    void onAccessReady();
    void copy();
    void onCopyFinished();
    void onFatal(const QString &message, const api::ApiError &error);
    void wrapUp(std::function<void()> then);
    // Lets a TransferCleanup remove `leftovers` once `stillRunning` is done, and let go of the
    // machine after; the job need not wait.
    void handOverCleanup(const QStringList &leftovers, const StillRunning &stillRunning);
    // The temporary names to remove at the end: every one the copy used once an answer was
    // lost, else those that may exist now.
    QStringList leftoverTemporaries() const;
    void end();
    void ask(CopyQuestion question, std::function<void(CopyAnswer)> onAnswer);
    void updateProgress();
    QString summaryText() const;

    // copyjob_plan.cpp: what exists, conflicts, new names
    void plan();
    void checkExisting(int from);
    void resolveConflicts();
    void settleConflict(CopyAnswer answer);
    void keepBoth(const QList<int> &indices);
    void makeDirectories(int from);

    api::ApiClient &m_client;
    CopyRequest m_request;
    TransferOptions m_options;
    QString m_tag;
    std::vector<CopyItem> m_items;
    QStringList m_directories; // relative, from the drop
    QString m_destination; // normalised, as seen at the request's mount path
    QString m_machineName;

    QPointer<VolumeAccess> m_access;
    ExecChannel *m_channel = nullptr;
    CopyEngine *m_engine = nullptr;

    std::optional<CopyQuestion> m_question;
    std::function<void(CopyAnswer)> m_onAnswer;
    int m_nextQuestionId = 1;
    QHash<int, CopyAnswer> m_answerForAll; // by CopyQuestion::Kind
    std::deque<int> m_conflicts;
    QList<int> m_keepBoth;
    int m_largeIndex = 0;

    QString m_fatalMessage;
    api::ApiError m_fatalError;
    bool m_wrappingUp = false;
    // Requests the machine may still run after the copy stopped (CopyEngine::cancel()): the
    // temporary files are removed once they are done, else a late chunk would make one anew.
    StillRunning m_stillRunning;
    int settleTimeoutMs() const;

    QElapsedTimer m_clock;
    std::deque<QPair<qint64, qint64>> m_samples; // (ms, bytes done)
};

} // namespace hangar::core
