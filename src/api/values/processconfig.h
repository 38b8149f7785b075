#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// {env_var, field_ref}: an environment variable filled from a machine field
// (id, version, app_name, private_ip, region, image).
class EnvFrom : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString envVar() const;
    void setEnvVar(const QString &name);
    QString fieldRef() const;
    void setFieldRef(const QString &field);
};

// {env_var, name}: an app secret exposed under another variable name.
class SecretReference : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString envVar() const;
    void setEnvVar(const QString &name);
    QString name() const;
    void setName(const QString &name);
};

// One entry of config.processes: an extra process run next to the main one.
class ProcessConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

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
    void setEnvFrom(const QList<EnvFrom> &sources);
    QList<SecretReference> secrets() const;
    void setSecrets(const QList<SecretReference> &secrets);
    bool ignoreAppSecrets() const;
    void setIgnoreAppSecrets(bool ignore);
};

} // namespace hangar::api
