#include "api/values/processconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString EnvFrom::envVar() const
{
    return stringValue("env_var"_L1);
}

void EnvFrom::setEnvVar(const QString &name)
{
    setField("env_var"_L1, name);
}

QString EnvFrom::fieldRef() const
{
    return stringValue("field_ref"_L1);
}

void EnvFrom::setFieldRef(const QString &field)
{
    setField("field_ref"_L1, field);
}

QString SecretReference::envVar() const
{
    return stringValue("env_var"_L1);
}

void SecretReference::setEnvVar(const QString &name)
{
    setField("env_var"_L1, name);
}

QString SecretReference::name() const
{
    return stringValue("name"_L1);
}

void SecretReference::setName(const QString &name)
{
    setField("name"_L1, name);
}

QStringList ProcessConfig::exec() const
{
    return stringListValue("exec"_L1);
}

void ProcessConfig::setExec(const QStringList &argv)
{
    setStringList("exec"_L1, argv);
}

QStringList ProcessConfig::entrypoint() const
{
    return stringListValue("entrypoint"_L1);
}

void ProcessConfig::setEntrypoint(const QStringList &argv)
{
    setStringList("entrypoint"_L1, argv);
}

QStringList ProcessConfig::cmd() const
{
    return stringListValue("cmd"_L1);
}

void ProcessConfig::setCmd(const QStringList &argv)
{
    setStringList("cmd"_L1, argv);
}

QString ProcessConfig::user() const
{
    return stringValue("user"_L1);
}

void ProcessConfig::setUser(const QString &user)
{
    setField("user"_L1, user);
}

QMap<QString, QString> ProcessConfig::env() const
{
    return stringMapValue("env"_L1);
}

void ProcessConfig::setEnv(const QMap<QString, QString> &env)
{
    setStringMap("env"_L1, env);
}

QList<EnvFrom> ProcessConfig::envFrom() const
{
    return listValue<EnvFrom>("env_from"_L1);
}

void ProcessConfig::setEnvFrom(const QList<EnvFrom> &sources)
{
    setList("env_from"_L1, sources);
}

QList<SecretReference> ProcessConfig::secrets() const
{
    return listValue<SecretReference>("secrets"_L1);
}

void ProcessConfig::setSecrets(const QList<SecretReference> &secrets)
{
    setList("secrets"_L1, secrets);
}

bool ProcessConfig::ignoreAppSecrets() const
{
    return boolValue("ignore_app_secrets"_L1);
}

void ProcessConfig::setIgnoreAppSecrets(bool ignore)
{
    setField("ignore_app_secrets"_L1, ignore);
}

} // namespace hangar::api
