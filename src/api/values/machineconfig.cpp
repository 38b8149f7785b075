#include "api/values/machineconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString MachineConfig::image() const
{
    return stringValue("image"_L1);
}

void MachineConfig::setImage(const QString &image)
{
    setField("image"_L1, image);
}

GuestConfig MachineConfig::guest() const
{
    return GuestConfig(objectValue("guest"_L1));
}

void MachineConfig::setGuest(const GuestConfig &guest)
{
    setField("guest"_L1, guest.json());
}

QString MachineConfig::size() const
{
    return stringValue("size"_L1);
}

void MachineConfig::setSize(const QString &preset)
{
    setField("size"_L1, preset);
}

QMap<QString, QString> MachineConfig::env() const
{
    return stringMapValue("env"_L1);
}

void MachineConfig::setEnv(const QMap<QString, QString> &env)
{
    setStringMap("env"_L1, env);
}

void MachineConfig::setEnvVariable(const QString &name, const QString &value)
{
    QJsonObject env = objectValue("env"_L1);
    env.insert(name, value);
    setField("env"_L1, env);
}

void MachineConfig::removeEnvVariable(const QString &name)
{
    QJsonObject env = objectValue("env"_L1);
    if (!env.contains(name))
        return;
    env.remove(name);
    setField("env"_L1, env);
}

InitConfig MachineConfig::init() const
{
    return InitConfig(objectValue("init"_L1));
}

void MachineConfig::setInit(const InitConfig &init)
{
    setField("init"_L1, init.json());
}

QList<ServiceConfig> MachineConfig::services() const
{
    return listValue<ServiceConfig>("services"_L1);
}

void MachineConfig::setServices(const QList<ServiceConfig> &services)
{
    setList("services"_L1, services);
}

QMap<QString, CheckConfig> MachineConfig::checks() const
{
    return mapValue<CheckConfig>("checks"_L1);
}

void MachineConfig::setChecks(const QMap<QString, CheckConfig> &checks)
{
    setMap("checks"_L1, checks);
}

QList<MountConfig> MachineConfig::mounts() const
{
    return listValue<MountConfig>("mounts"_L1);
}

void MachineConfig::setMounts(const QList<MountConfig> &mounts)
{
    setList("mounts"_L1, mounts);
}

QList<FileConfig> MachineConfig::files() const
{
    return listValue<FileConfig>("files"_L1);
}

void MachineConfig::setFiles(const QList<FileConfig> &files)
{
    setList("files"_L1, files);
}

QMap<QString, QString> MachineConfig::metadata() const
{
    return stringMapValue("metadata"_L1);
}

void MachineConfig::setMetadata(const QMap<QString, QString> &metadata)
{
    setStringMap("metadata"_L1, metadata);
}

void MachineConfig::setMetadataValue(const QString &key, const QString &value)
{
    QJsonObject metadata = objectValue("metadata"_L1);
    metadata.insert(key, value);
    setField("metadata"_L1, metadata);
}

void MachineConfig::removeMetadataValue(const QString &key)
{
    QJsonObject metadata = objectValue("metadata"_L1);
    if (!metadata.contains(key))
        return;
    metadata.remove(key);
    setField("metadata"_L1, metadata);
}

RestartConfig MachineConfig::restart() const
{
    return RestartConfig(objectValue("restart"_L1));
}

void MachineConfig::setRestart(const RestartConfig &restart)
{
    setField("restart"_L1, restart.json());
}

bool MachineConfig::autoDestroy() const
{
    return boolValue("auto_destroy"_L1);
}

void MachineConfig::setAutoDestroy(bool autoDestroy)
{
    setField("auto_destroy"_L1, autoDestroy);
}

StopConfig MachineConfig::stopConfig() const
{
    return StopConfig(objectValue("stop_config"_L1));
}

void MachineConfig::setStopConfig(const StopConfig &stopConfig)
{
    setField("stop_config"_L1, stopConfig.json());
}

DnsConfig MachineConfig::dns() const
{
    return DnsConfig(objectValue("dns"_L1));
}

void MachineConfig::setDns(const DnsConfig &dns)
{
    setField("dns"_L1, dns.json());
}

QList<ProcessConfig> MachineConfig::processes() const
{
    return listValue<ProcessConfig>("processes"_L1);
}

void MachineConfig::setProcesses(const QList<ProcessConfig> &processes)
{
    setList("processes"_L1, processes);
}

QList<StaticConfig> MachineConfig::statics() const
{
    return listValue<StaticConfig>("statics"_L1);
}

void MachineConfig::setStatics(const QList<StaticConfig> &statics)
{
    setList("statics"_L1, statics);
}

QString MachineConfig::schedule() const
{
    return stringValue("schedule"_L1);
}

void MachineConfig::setSchedule(const QString &schedule)
{
    setField("schedule"_L1, schedule);
}

QStringList MachineConfig::standbys() const
{
    return stringListValue("standbys"_L1);
}

void MachineConfig::setStandbys(const QStringList &machineIds)
{
    setStringList("standbys"_L1, machineIds);
}

MetricsConfig MachineConfig::metrics() const
{
    return MetricsConfig(objectValue("metrics"_L1));
}

void MachineConfig::setMetrics(const MetricsConfig &metrics)
{
    setField("metrics"_L1, metrics.json());
}

QList<ContainerConfig> MachineConfig::containers() const
{
    return listValue<ContainerConfig>("containers"_L1);
}

void MachineConfig::setContainers(const QList<ContainerConfig> &containers)
{
    setList("containers"_L1, containers);
}

QList<ContainerVolumeConfig> MachineConfig::volumes() const
{
    return listValue<ContainerVolumeConfig>("volumes"_L1);
}

void MachineConfig::setVolumes(const QList<ContainerVolumeConfig> &volumes)
{
    setList("volumes"_L1, volumes);
}

RootfsConfig MachineConfig::rootfs() const
{
    return RootfsConfig(objectValue("rootfs"_L1));
}

void MachineConfig::setRootfs(const RootfsConfig &rootfs)
{
    setField("rootfs"_L1, rootfs.json());
}

CacheDriveConfig MachineConfig::cacheDrive() const
{
    return CacheDriveConfig(objectValue("cache_drive"_L1));
}

void MachineConfig::setCacheDrive(const CacheDriveConfig &cacheDrive)
{
    setField("cache_drive"_L1, cacheDrive.json());
}

SpotConfig MachineConfig::spot() const
{
    return SpotConfig(objectValue("spot"_L1));
}

void MachineConfig::setSpot(const SpotConfig &spot)
{
    setField("spot"_L1, spot.json());
}

bool MachineConfig::disableMachineAutostart() const
{
    return boolValue("disable_machine_autostart"_L1);
}

} // namespace hangar::api
