#pragma once

#include "api/values/fileconfig.h"
#include "core/fleet/fleetrecords.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMimeData;
class QWidget;

namespace hangar::gui {

// A file dropped onto a machine becomes an entry of its config `files` (written at boot) at a
// guest path the user picks. This is the hook for the config editor's review dialog: connect
// configFileRequested() to open the review with the entry added. Nothing is applied here.
class MachineFileDrop final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineFileDrop)

public:
    // Files larger than this do not belong in a machine config (it is sent on every update).
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    explicit MachineFileDrop(QObject *parent = nullptr);
    ~MachineFileDrop() override;

    // A single local file, not too large.
    static bool canAccept(const QMimeData *mime);
    // Reads the file into a files[] entry: raw_value in base64, its mode, `guestPath`.
    static std::optional<api::FileConfig> fileConfigFor(
        const QString &localPath, const QString &guestPath, QString *error);

    // Asks for the guest path (a dialog opened with open(), proposing /etc/<name>), then emits
    // configFileRequested(), or failed() with a sentence.
    void handleDrop(const core::MachineRecord &machine, const QMimeData *mime, QWidget *parent);

signals:
    void configFileRequested(
        const hangar::core::MachineRecord &machine, const hangar::api::FileConfig &file);
    void failed(const QString &message);
};

} // namespace hangar::gui
