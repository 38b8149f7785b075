#pragma once

#include "api/values/machine.h"
#include "api/values/machinerequests.h"
#include "core/fleet/fleetrecords.h"
#include "core/fleet/helpertags.h"
#include "core/transfer/transferoptions.h"

#include <QList>
#include <QString>

namespace hangar::core {

class AccountSession;
class JobManager;

// The short-lived machines Hangar starts to reach a volume that no machine mounts. They carry
// metadata tags so they can be recognised, shown as helpers, and cleaned up after a crash.
namespace helpers {

// A random id for this run of the application: helpers of another run are orphans.
QString instanceId();

bool isHelper(const api::Machine &machine);
// A helper this run of Hangar did not make (so nobody is using it).
bool isOrphan(const api::Machine &machine);

// Smallest size, the volume mounted at `mountPath`, auto_destroy, no restarts; the main process
// only sleeps (for options.helperLifetimeSecs).
api::CreateMachineRequest helperRequest(const QString &volumeId, const QString &volumeName,
    const QString &region, const QString &mountPath, const TransferOptions &options);

// Helpers of other (crashed) runs among an account's machines.
QList<MachineRecord> orphans(const QList<MachineRecord> &machines);

// Destroys every orphaned helper of the account, each as a job in `jobs` (so the user sees it).
// Call once the account's fleet has loaded; returns how many jobs were started.
int cleanUpOrphans(AccountSession &session, JobManager &jobs);

} // namespace helpers
} // namespace hangar::core
