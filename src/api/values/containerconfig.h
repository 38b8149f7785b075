#pragma once

#include "api/values/fileconfig.h"
#include "api/values/jsonobjectview.h"
#include "api/values/processconfig.h"
#include "api/values/restartconfig.h"
#include "api/values/stopconfig.h"

namespace hangar::api {

// {name, condition}: start only once container `name` has exited_successfully, is healthy or
// has started.
class ContainerDependency : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    QString condition() const;
};

// {name, path}: a config.volumes entry mounted into a container (fly-go only).
class ContainerMount : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    QString path() const;
};

// A container health check. Unlike machine checks, durations here are integer seconds. The probe
// (http{...}, tcp{port} or exec{command}) is kept as raw JSON.
class ContainerHealthcheck : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    QString kind() const; // "readiness" or "liveness"
    int intervalSeconds() const;
    int timeoutSeconds() const;
    int gracePeriodSeconds() const;
    int successThreshold() const;
    int failureThreshold() const;
    QString unhealthy() const; // "stop"
    QJsonObject http() const;
    QJsonObject tcp() const;
    QJsonObject exec() const;
};

// One entry of config.containers (multi-container machines, restricted to some orgs).
class ContainerConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    void setName(const QString &name);
    QString image() const;
    void setImage(const QString &image);
    QStringList exec() const;
    void setExec(const QStringList &argv);
    QStringList entrypoint() const;
    void setEntrypoint(const QStringList &argv);
    QStringList cmd() const;
    void setCmd(const QStringList &argv);
    QString user() const;
    void setUser(const QString &user);
    QMap<QString, QString> env() const;
    void setEnv(const QMap<QString, QString> &env);
    QList<EnvFrom> envFrom() const;
    QList<SecretReference> secrets() const;
    QList<FileConfig> files() const;
    RestartConfig restart() const;
    StopConfig stop() const;
    QList<ContainerDependency> dependsOn() const;
    QList<ContainerHealthcheck> healthchecks() const;
    QList<ContainerMount> mounts() const;
};

// One entry of config.volumes (fly-go only): a volume shared by containers, here a temp dir
// ({storage_type: disk|memory, size_mb}) or one seeded from an image.
class ContainerVolumeConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    QString tempDirStorageType() const;
    int tempDirSizeMb() const;
    QString image() const;
};

} // namespace hangar::api
