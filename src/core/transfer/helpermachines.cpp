#include "core/transfer/helpermachines.h"

#include "api/operations/createandwait.h"
#include "core/fleet/fleetstore.h"
#include "core/jobs/jobmanager.h"
#include "core/jobs/operationjob.h"
#include "core/session/accountsession.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace hangar::core::helpers {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hangar::core::helpers)
};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString instanceId()
{
    static const QString id = QString::number(QRandomGenerator::system()->generate64(), 16);
    return id;
}

bool isHelper(const api::Machine &machine)
{
    return machine.config().metadata().contains(key(kHelperKey));
}

bool isOrphan(const api::Machine &machine)
{
    return isHelper(machine) && machine.config().metadata().value(key(kInstanceKey)) != instanceId()
        && machine.state() != QLatin1String("destroyed")
        && machine.state() != QLatin1String("destroying");
}

api::CreateMachineRequest helperRequest(const QString &volumeId, const QString &volumeName,
    const QString &region, const QString &mountPath, const TransferOptions &options)
{
    api::MachineConfig config;
    config.setImage(options.helperImage);
    config.setGuest(api::GuestConfig::fromPreset(QStringLiteral("shared-cpu-1x")));
    api::InitConfig init;
    init.setExec({QStringLiteral("sleep"), QString::number(options.helperLifetimeSecs)});
    config.setInit(init);
    api::RestartConfig restart;
    restart.setPolicy(QStringLiteral("no"));
    config.setRestart(restart);
    config.setAutoDestroy(true);
    api::MountConfig mount;
    mount.setVolume(volumeId);
    mount.setPath(mountPath);
    config.setMounts({mount});
    config.setMetadataValue(key(kHelperKey), QStringLiteral("volume-access"));
    config.setMetadataValue(key(kVolumeKey), volumeId);
    config.setMetadataValue(key(kInstanceKey), instanceId());

    api::CreateMachineRequest request;
    request.config = config;
    request.region = region;
    // Machine names allow letters, digits and dashes.
    QString name = volumeName.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    request.name =
        QStringLiteral("hangar-helper-%1-%2")
            .arg(name.left(30), QString::number(QRandomGenerator::global()->bounded(0x10000), 16));
    return request;
}

QList<MachineRecord> orphans(const QList<MachineRecord> &machines)
{
    QList<MachineRecord> found;
    for (const MachineRecord &record : machines) {
        if (isOrphan(record.machine))
            found.append(record);
    }
    return found;
}

int cleanUpOrphans(AccountSession &session, JobManager &jobs)
{
    const QList<MachineRecord> found = orphans(session.store().machines());
    for (const MachineRecord &record : found) {
        auto operation = std::make_unique<api::DestroyMachine>(
            session.client(), record.appName, record.machine.id(), true);
        auto *job = new OperationJob(
            Tr::tr("Remove helper machine %1 left behind").arg(record.machine.name()),
            std::move(operation));
        job->setSuccessSummary(Tr::tr("Helper machine %1 removed").arg(record.machine.name()));
        FleetStore *store = &session.store();
        const QString app = record.appName;
        QObject::connect(job, &Job::finished, store, [store, app] { store->refreshApp(app); });
        jobs.add(job);
    }
    return int(found.size());
}

} // namespace hangar::core::helpers
