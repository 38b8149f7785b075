#include "api/values/containerconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString ContainerDependency::name() const
{
    return stringValue("name"_L1);
}

QString ContainerDependency::condition() const
{
    return stringValue("condition"_L1);
}

QString ContainerMount::name() const
{
    return stringValue("name"_L1);
}

QString ContainerMount::path() const
{
    return stringValue("path"_L1);
}

QString ContainerHealthcheck::name() const
{
    return stringValue("name"_L1);
}

QString ContainerHealthcheck::kind() const
{
    return stringValue("kind"_L1);
}

int ContainerHealthcheck::intervalSeconds() const
{
    return intValue("interval"_L1);
}

int ContainerHealthcheck::timeoutSeconds() const
{
    return intValue("timeout"_L1);
}

int ContainerHealthcheck::gracePeriodSeconds() const
{
    return intValue("grace_period"_L1);
}

int ContainerHealthcheck::successThreshold() const
{
    return intValue("success_threshold"_L1);
}

int ContainerHealthcheck::failureThreshold() const
{
    return intValue("failure_threshold"_L1);
}

QString ContainerHealthcheck::unhealthy() const
{
    return stringValue("unhealthy"_L1);
}

QJsonObject ContainerHealthcheck::http() const
{
    return objectValue("http"_L1);
}

QJsonObject ContainerHealthcheck::tcp() const
{
    return objectValue("tcp"_L1);
}

QJsonObject ContainerHealthcheck::exec() const
{
    return objectValue("exec"_L1);
}

QString ContainerConfig::name() const
{
    return stringValue("name"_L1);
}

void ContainerConfig::setName(const QString &name)
{
    setField("name"_L1, name);
}

QString ContainerConfig::image() const
{
    return stringValue("image"_L1);
}

void ContainerConfig::setImage(const QString &image)
{
    setField("image"_L1, image);
}

QStringList ContainerConfig::exec() const
{
    return stringListValue("exec"_L1);
}

void ContainerConfig::setExec(const QStringList &argv)
{
    setStringList("exec"_L1, argv);
}

QStringList ContainerConfig::entrypoint() const
{
    return stringListValue("entrypoint"_L1);
}

void ContainerConfig::setEntrypoint(const QStringList &argv)
{
    setStringList("entrypoint"_L1, argv);
}

QStringList ContainerConfig::cmd() const
{
    return stringListValue("cmd"_L1);
}

void ContainerConfig::setCmd(const QStringList &argv)
{
    setStringList("cmd"_L1, argv);
}

QString ContainerConfig::user() const
{
    return stringValue("user"_L1);
}

void ContainerConfig::setUser(const QString &user)
{
    setField("user"_L1, user);
}

QMap<QString, QString> ContainerConfig::env() const
{
    return stringMapValue("env"_L1);
}

void ContainerConfig::setEnv(const QMap<QString, QString> &env)
{
    setStringMap("env"_L1, env);
}

QList<EnvFrom> ContainerConfig::envFrom() const
{
    return listValue<EnvFrom>("env_from"_L1);
}

QList<SecretReference> ContainerConfig::secrets() const
{
    return listValue<SecretReference>("secrets"_L1);
}

QList<FileConfig> ContainerConfig::files() const
{
    return listValue<FileConfig>("files"_L1);
}

RestartConfig ContainerConfig::restart() const
{
    return RestartConfig(objectValue("restart"_L1));
}

StopConfig ContainerConfig::stop() const
{
    return StopConfig(objectValue("stop"_L1));
}

QList<ContainerDependency> ContainerConfig::dependsOn() const
{
    return listValue<ContainerDependency>("depends_on"_L1);
}

QList<ContainerHealthcheck> ContainerConfig::healthchecks() const
{
    return listValue<ContainerHealthcheck>("healthchecks"_L1);
}

QList<ContainerMount> ContainerConfig::mounts() const
{
    return listValue<ContainerMount>("mounts"_L1);
}

QString ContainerVolumeConfig::name() const
{
    return stringValue("name"_L1);
}

QString ContainerVolumeConfig::tempDirStorageType() const
{
    return objectValue("temp_dir"_L1).value("storage_type"_L1).toString();
}

int ContainerVolumeConfig::tempDirSizeMb() const
{
    return objectValue("temp_dir"_L1).value("size_mb"_L1).toInt();
}

QString ContainerVolumeConfig::image() const
{
    return stringValue("image"_L1);
}

} // namespace hangar::api
