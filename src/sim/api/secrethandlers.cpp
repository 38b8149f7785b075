#include "sim/api/secrethandlers.h"

#include "sim/api/handlersupport.h"
#include "sim/api/router.h"
#include "sim/api/simcontext.h"
#include "sim/api/simjson.h"
#include "sim/world/simworld.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace hangar::sim {

namespace {

bool validSecretName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QString invalidNameMessage(const QString &name)
{
    return QStringLiteral("invalid secret name \"%1\": use letters, digits and underscores, not "
                          "starting with a digit")
        .arg(name);
}

QJsonObject withVersion(QJsonObject body, qint64 version)
{
    body.insert(QLatin1String("version"), version);
    body.insert(QLatin1String("Version"), version);
    return body;
}

QJsonArray secretList(const SimApp &app)
{
    QJsonArray secrets;
    for (const SimSecret &secret : app.secrets)
        secrets.append(secretJson(secret));
    return secrets;
}

} // namespace

void SecretHandlers::registerRoutes(Router &router)
{
    const QString many = QStringLiteral("/v1/apps/{app_name}/secrets");
    const QString one = QStringLiteral("/v1/apps/{app_name}/secrets/{secret_name}");
    router.add("GET", many, [this](const ApiCall &call) { list(call); });
    router.add("POST", many, [this](const ApiCall &call) { updateMany(call); });
    router.add("GET", one, [this](const ApiCall &call) { get(call); });
    router.add("POST", one, [this](const ApiCall &call) { set(call); });
    router.add("DELETE", one, [this](const ApiCall &call) { remove(call); });
}

void SecretHandlers::store(SimApp &app, const QString &name, const QString &value)
{
    const qint64 now = m_context.world.nowMs();
    SimSecret &secret = app.secrets[name];
    if (secret.name.isEmpty()) {
        secret.name = name;
        secret.createdAtMs = now;
    }
    secret.value = value;
    secret.updatedAtMs = now;
    secret.digest = QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

void SecretHandlers::list(const ApiCall &call)
{
    if (SimApp *app = requireApp(m_context, call))
        call.replyJson(200, QJsonObject {{QLatin1String("secrets"), secretList(*app)}});
}

void SecretHandlers::updateMany(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const auto body = call.jsonBody();
    if (!body)
        return;
    const QJsonObject values = body->value(QLatin1String("values")).toObject();
    if (values.isEmpty()) {
        call.replyError(400,
            QStringLiteral("values must be an object of NAME: value (or null to "
                           "unset)"));
        return;
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!validSecretName(it.key())) {
            call.replyError(400, invalidNameMessage(it.key()));
            return;
        }
        if (!it.value().isNull() && !it.value().isString()) {
            call.replyError(
                400, QStringLiteral("the value of %1 must be a string or null").arg(it.key()));
            return;
        }
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isNull())
            app->secrets.remove(it.key());
        else
            store(*app, it.key(), it.value().toString());
    }
    ++app->secretsVersion;
    m_context.world.notifyChanged();
    call.replyJson(200,
        withVersion(
            QJsonObject {{QLatin1String("secrets"), secretList(*app)}}, app->secretsVersion));
}

void SecretHandlers::get(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const QString name = call.param(QStringLiteral("secret_name"));
    if (!app->secrets.contains(name)) {
        call.replyError(404, QStringLiteral("secret %1 not found").arg(name));
        return;
    }
    call.replyJson(200, secretJson(app->secrets.value(name)));
}

void SecretHandlers::set(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const QString name = call.param(QStringLiteral("secret_name"));
    if (!validSecretName(name)) {
        call.replyError(400, invalidNameMessage(name));
        return;
    }
    const auto body = call.jsonBody();
    if (!body)
        return;
    if (!body->value(QLatin1String("value")).isString()) {
        call.replyError(400, QStringLiteral("value must be a string"));
        return;
    }
    store(*app, name, body->value(QLatin1String("value")).toString());
    ++app->secretsVersion;
    m_context.world.notifyChanged();
    call.replyJson(201, withVersion(secretJson(app->secrets.value(name)), app->secretsVersion));
}

void SecretHandlers::remove(const ApiCall &call)
{
    SimApp *app = requireApp(m_context, call);
    if (!app)
        return;
    const QString name = call.param(QStringLiteral("secret_name"));
    if (app->secrets.remove(name) == 0) {
        call.replyError(404, QStringLiteral("secret %1 not found").arg(name));
        return;
    }
    ++app->secretsVersion;
    m_context.world.notifyChanged();
    call.replyJson(200, withVersion(QJsonObject(), app->secretsVersion));
}

} // namespace hangar::sim
