#pragma once

#include "core/fleet/fleetrecords.h"
#include "core/transfer/transferoptions.h"

#include <QList>
#include <QUrl>

class QMimeData;
class QWidget;

namespace hangar::core {
class AccountSession;
class CopyJob;
class JobManager;
} // namespace hangar::core

namespace hangar::gui {

// Drops of local files and folders onto a volume (the Files tab, or a volume node of the fleet
// tree). A drag is welcome when it carries at least one local file or folder.
bool canAcceptVolumeDrop(const QMimeData *mime);

// Where a copy into `volume` lands when nothing more precise is known: the mount path of the
// machine it is attached to, else options.helperMountPath ("/data").
QString defaultMountPath(core::AccountSession &session, const core::VolumeRecord &volume,
    const core::TransferOptions &options = {});

// Starts one copy job for one drop: adds it to `jobs`, asks its questions with dialogs parented
// to `dialogParent` (opened with open()), and refreshes the fleet when it starts or removes a
// machine. `destinationDir` empty: the volume's root (at `mountPath`, empty: the default).
core::CopyJob *startVolumeCopy(core::AccountSession &session, core::JobManager &jobs,
    const core::VolumeRecord &volume, const QList<QUrl> &urls, QWidget *dialogParent,
    const QString &destinationDir = {}, const QString &mountPath = {},
    const core::TransferOptions &options = {});

// The same job machinery for a request that is already built (a retry of failed files).
core::CopyJob *startCopyJob(core::AccountSession &session, core::JobManager &jobs,
    core::CopyJob *job, QWidget *dialogParent);

} // namespace hangar::gui
