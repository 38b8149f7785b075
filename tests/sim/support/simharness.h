#pragma once

#include "sim/server/simoptions.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrlQuery>

#include <memory>

namespace hangar::sim {

class ManualClock;
class SimServer;
class SimWorld;

// One answer from the simulator, read in full.
struct SimReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int networkError = 0; // QNetworkReply::NetworkError

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const;
    QString error() const { return object().value(QLatin1String("error")).toString(); }
};

// A simulator in the test's own thread, on a loopback port, with a client that waits for each
// answer. Tests talk to it over real HTTP, exactly as the app will.
class SimHarness final {
public:
    // Defaults for tests: empty seed, no rate limits, fast transitions, recording on when
    // HANGAR_CONTRACT_DIR is set. Pass a ManualClock to control time.
    static SimOptions testOptions();
    explicit SimHarness(const SimOptions &options = testOptions(), ManualClock *clock = nullptr);
    ~SimHarness();

    SimServer &server() { return *m_server; }
    SimWorld &world();
    QString token() const;

    SimReply get(const QString &path, const QUrlQuery &query = {});
    SimReply post(const QString &path, const QJsonObject &body = {}, const QUrlQuery &query = {});
    SimReply put(const QString &path, const QJsonObject &body = {});
    SimReply patch(const QString &path, const QJsonObject &body = {});
    SimReply del(const QString &path, const QUrlQuery &query = {});
    // Full control: raw body, extra headers, any Authorization (empty = none).
    SimReply send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QUrlQuery &query = {},
        bool authorize = true, int timeoutMs = 20000);

    // Conveniences for setting up a scene through the API.
    void createApp(const QString &name, const QString &org = QStringLiteral("personal"));
    QString createVolume(
        const QString &app, const QString &name, const QString &region, int sizeGb);
    QString createMachine(const QString &app, const QJsonObject &config, const QString &region = {},
        const QJsonObject &extra = {});
    // Waits (up to 10 s of wall time) until the machine reports `state`.
    bool waitForState(const QString &app, const QString &machineId, const QString &state);
    QString machineState(const QString &app, const QString &machineId);

    static QJsonObject nginxConfig();

private:
    std::unique_ptr<SimServer> m_server;
    QNetworkAccessManager m_network;
};

} // namespace hangar::sim
