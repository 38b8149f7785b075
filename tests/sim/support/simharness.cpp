#include "simharness.h"

#include "sim/server/simserver.h"
#include "sim/world/simworld.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

namespace hangar::sim {

QByteArray SimReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.toLower() == name.toLower())
            return value;
    }
    return {};
}

SimOptions SimHarness::testOptions()
{
    SimOptions options;
    options.seed = QStringLiteral("empty");
    options.rateLimit = false;
    options.speed = 0.02;
    options.token = QStringLiteral("test-token");
    options.randomSeed = 12345;
    options.contractDirectory = qEnvironmentVariable("HANGAR_CONTRACT_DIR");
    return options;
}

SimHarness::SimHarness(const SimOptions &options, ManualClock *clock)
    : m_server(std::make_unique<SimServer>(options, clock))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    QString error;
    if (!m_server->start(&error))
        qFatal("the simulator did not start: %s", qPrintable(error));
}

SimHarness::~SimHarness() = default;

SimWorld &SimHarness::world()
{
    return m_server->world();
}

QString SimHarness::token() const
{
    return m_server->token();
}

SimReply SimHarness::send(const QByteArray &method, const QString &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QUrlQuery &query, bool authorize,
    int timeoutMs)
{
    QUrl url = m_server->baseUrl();
    url.setPath(url.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (authorize)
        request.setRawHeader("Authorization", "Bearer " + token().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    SimReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.networkError = int(reply->error());
    reply->deleteLater();
    return result;
}

SimReply SimHarness::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, {}, {}, query);
}

SimReply SimHarness::post(const QString &path, const QJsonObject &body, const QUrlQuery &query)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, query);
}

SimReply SimHarness::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

SimReply SimHarness::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

SimReply SimHarness::del(const QString &path, const QUrlQuery &query)
{
    return send("DELETE", path, {}, {}, query);
}

void SimHarness::createApp(const QString &name, const QString &org)
{
    const SimReply reply = post(
        QStringLiteral("/apps"), {{QLatin1String("name"), name}, {QLatin1String("org_slug"), org}});
    if (reply.status != 201)
        qFatal("creating app %s failed: %d %s", qPrintable(name), reply.status,
            reply.body.constData());
}

QString SimHarness::createVolume(
    const QString &app, const QString &name, const QString &region, int sizeGb)
{
    const SimReply reply = post(QStringLiteral("/apps/%1/volumes").arg(app),
        {{QLatin1String("name"), name}, {QLatin1String("region"), region},
            {QLatin1String("size_gb"), sizeGb}});
    if (reply.status != 200)
        qFatal("creating volume %s failed: %d %s", qPrintable(name), reply.status,
            reply.body.constData());
    return reply.object().value(QLatin1String("id")).toString();
}

QString SimHarness::createMachine(
    const QString &app, const QJsonObject &config, const QString &region, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QLatin1String("config"), config);
    if (!region.isEmpty())
        body.insert(QLatin1String("region"), region);
    const SimReply reply = post(QStringLiteral("/apps/%1/machines").arg(app), body);
    if (reply.status != 200)
        qFatal("creating a machine failed: %d %s", reply.status, reply.body.constData());
    return reply.object().value(QLatin1String("id")).toString();
}

QString SimHarness::machineState(const QString &app, const QString &machineId)
{
    const SimMachine *machine = world().findMachine(app, machineId);
    return machine ? machine->state : QString();
}

bool SimHarness::waitForState(const QString &app, const QString &machineId, const QString &state)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (machineState(app, machineId) == state)
            return true;
        QTest::qWait(5);
    }
    return machineState(app, machineId) == state;
}

QJsonObject SimHarness::nginxConfig()
{
    return {{QLatin1String("image"), QStringLiteral("nginx:latest")},
        {QLatin1String("guest"),
            QJsonObject {{QLatin1String("cpu_kind"), QStringLiteral("shared")},
                {QLatin1String("cpus"), 1}, {QLatin1String("memory_mb"), 512}}}};
}

} // namespace hangar::sim
