#pragma once

#include "core/transfer/chunkhasher.h"
#include "core/transfer/chunkreader.h"
#include "core/transfer/copytypes.h"
#include "core/transfer/execchannel.h"
#include "core/transfer/transferoptions.h"

#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace hangar::core {

// Copies planned items (machine paths known, conflicts settled) through exec on one machine.
// Small files travel packed several to an exec; large ones in chunks, several in flight. Every file
// is written to a temporary name beside its destination, checked with sha256sum and only then
// renamed into place, so an existing file is replaced whole or not at all. A file that fails is
// marked Failed with a reason and the others go on; a full volume or a machine that went away stops
// everything (fatal()). Cancel stops at once; the caller removes temporaryPaths() afterwards.
class CopyEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyEngine)

public:
    CopyEngine(ExecChannel &channel, std::vector<CopyItem> &items, const TransferOptions &options,
        const QString &tag, QObject *parent = nullptr);
    ~CopyEngine() override;

    void start();
    // Stops, and returns what the machine may still run (ExecChannel::cancelKeepingRunning()):
    // its temporary files may be removed once that is done.
    StillRunning cancel();
    bool isRunning() const { return m_running; }
    // The chunk size in use (a 413 makes it smaller).
    qint64 chunkBytes() const { return m_chunkBytes; }
    // Temporary names that may exist on the machine now: those of files not in place, and
    // those of earlier attempts whose removal did not go through.
    QStringList temporaryPaths() const;
    // Every temporary name this copy has used. A command whose answer was lost may still make
    // any of them after the copy is over (ExecChannel::lostCommandsEnd()).
    QStringList everyTemporaryPath() const { return m_usedTemporaries; }
    int currentItem() const { return m_current; }

signals:
    void progressed(); // bytes moved, an item changed
    void itemStarted(int index);
    void finished();
    void fatal(const QString &message, const hangar::api::ApiError &error);

private:
    void next();
    void setCurrent(int index);

    // One large file in chunks (copyengine_large.cpp): up to TransferOptions::chunksInFlight
    // chunks travel at once, each written at its offset (the first one makes the file), and a
    // last exec checks the whole file's SHA-256.
    void beginLarge(int index);
    ChunkSpec chunkAt(qint64 offset) const;
    void fillWindow();
    void sendPrepared(const PreparedChunk &chunk);
    void send(const PreparedChunk &chunk);
    // `fileMade`: the temporary file was known to exist when the chunk was sent.
    void onChunk(const ExecOutcome &outcome, const PreparedChunk &chunk, bool fileMade);
    void sendWaiting();
    void chunkLanded(const PreparedChunk &chunk, const QString &output);
    void hashLeaving(const PreparedChunk &chunk);
    void verifyLarge(const QString &hashLine);
    // Runs `decision` about the current file once no chunk of it is in flight any more.
    void whenDrained(std::function<void()> decision);
    void resumeFrom(qint64 offset);
    // `writtenWhole`: the file went in one exec (with `> tmp`), not in chunks.
    void checkHash(const QString &hashLine, bool writtenWhole);
    void restartOrFail(int index, const QString &reason, bool proceed = true);

    // Many small files per exec.
    void sendBatch();
    void onBatchWritten(const ExecOutcome &outcome, const QList<int> &indices);

    // Rename verified files into place; `hashPlaced`: check each one's hash once it is there.
    void finishFiles(const QList<int> &indices, bool hashPlaced);

    void failItem(int index, const QString &reason);
    // A new temporary name for the file's current attempt.
    QString takeTemporary(int index);
    // Removes a temporary name an attempt has left behind.
    void discardTemporary(const QString &path);
    void sendDiscards();
    bool handleCommonFailure(const ExecOutcome &outcome, const QList<int> &indices);
    void shrinkChunk();

    ExecChannel &m_channel;
    std::vector<CopyItem> &m_items;
    TransferOptions m_options;
    QString m_tag;
    qint64 m_chunkBytes;
    std::deque<int> m_queue;
    bool m_running = false;
    bool m_cancelled = false;
    int m_current = -1;
    QStringList m_usedTemporaries;
    QStringList m_discarding; // earlier attempts' names, until their removal went through
    QStringList m_toDiscard; // those not sent for removal yet

    // The large file in progress.
    ChunkReader m_reader; // reads and encodes the next chunk, off the GUI thread
    ChunkHasher m_hasher; // hashes the chunks in file order as they leave, off the GUI thread
    // Where the large file in progress stands; reset as a whole for each file and on cancel.
    struct LargeFile {
        FileIdentity identity; // as the copy of the file began
        qint64 nextOffset = 0; // where the next chunk to send starts
        qint64 endOffset = -1; // the file's size once its last chunk was read
        qint64 hashedUpTo = 0; // bytes handed to the hasher, from the start
        qint64 landedUpTo = 0; // chunks landed without a gap from the start
        std::map<qint64, qint64> landedAhead; // landed beyond a gap: offset -> length
        int inFlight = 0;
        bool fetching = false;
        quint64 serial = 0; // tells one file's (or attempt's) callbacks from the next one's
        bool holdForFirst = false; // the first chunk's body is still being sent: wait
        bool created = false; // the first chunk landed
        std::vector<PreparedChunk> waitingForFile; // overtook the first chunk; sent after it
        std::function<void()> afterDrain; // a decision waiting for the chunks in flight
    };
    LargeFile m_large;
};

} // namespace hangar::core
