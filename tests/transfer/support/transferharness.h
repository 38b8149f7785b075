#pragma once

#include "apiharness.h"
#include "core/transfer/copyjob.h"

#include <QMap>
#include <QTemporaryDir>

namespace hangar::sim {
class VirtualFs;
struct SimMachine;
} // namespace hangar::sim

namespace hangar::tests {

// The simulator over loopback plus what copy tests keep doing: make volumes and machines, run a
// copy to its end answering its questions, and look at the volume afterwards, both through exec
// (as a user would) and straight into the simulator's file system (the ground truth).
class TransferHarness final {
public:
    static sim::SimOptions simOptions();
    // Small chunks and batches, so a few hundred KiB exercise every path; quick retries.
    static core::TransferOptions smallOptions();

    explicit TransferHarness(const sim::SimOptions &options = simOptions());

    ApiHarness &api() { return m_api; }
    api::ApiClient &client() { return m_api.client(); }
    QString app() const { return m_app; }

    QString createVolume(const QString &name, const QString &region = QStringLiteral("lhr"));
    // A machine in lhr mounting `volumeId` at `mountPath`; waits until started (or stopped).
    QString createMachine(const QString &name, const QString &volumeId, const QString &mountPath,
        bool stopped = false, const QString &image = QStringLiteral("nginx:latest"));
    QString machineState(const QString &machineId);

    // Runs the job to its end; every question gets `answers[kind]` (default Yes/Overwrite).
    bool run(core::CopyJob &job,
        const QMap<core::CopyQuestion::Kind, core::CopyAnswer> &answers = {},
        int timeoutMs = 60000);
    core::CopyRequest request(const QString &volumeId, const QStringList &localPaths,
        const QString &destination = QStringLiteral("/data"),
        const QString &mountPath = QStringLiteral("/data"));

    // Helper machines of the app that are not destroyed.
    QStringList liveHelpers();
    sim::VirtualFs &volumeFs(const QString &volumeId);
    // Every path on the volume (from its root, "/a/b"), files and folders.
    QStringList volumePaths(const QString &volumeId);
    QByteArray volumeFile(const QString &volumeId, const QString &path);
    // Temporary names the engine uses, anywhere on the volume.
    QStringList leftovers(const QString &volumeId);

    // Through exec on a started machine: "<sha256>" of a file, and a folder's listing.
    QByteArray execSha256(const QString &machineId, const QString &path);
    QStringList execList(const QString &machineId, const QString &dir);

private:
    ApiHarness m_api;
    QString m_app = QStringLiteral("files-app");
};

// Writes a file (making folders), returns its path.
QString writeLocal(const QString &path, const QByteArray &contents);
QByteArray randomBytes(qint64 size, quint32 seed);
QByteArray sha256Hex(const QByteArray &data);

} // namespace hangar::tests
