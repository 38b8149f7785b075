#include "sim/state/fleetbuilder.h"
#include "sim/world/simclock.h"
#include "sim/world/simworld.h"
#include "simharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {
const QString kApp = QStringLiteral("app");
QString leasePath(const QString &id)
{
    return QStringLiteral("/apps/app/machines/%1/lease").arg(id);
}
QList<QPair<QByteArray, QByteArray>> nonceHeader(const QString &nonce)
{
    return {{"fly-machine-lease-nonce", nonce.toUtf8()}};
}
} // namespace

class TestSimLeases : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void acquireRefreshRelease()
    {
        ManualClock clock;
        SimHarness sim(SimHarness::testOptions(), &clock);
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        const SimReply acquired = sim.post(leasePath(id),
            {{QLatin1String("ttl"), 30}, {QLatin1String("description"), QStringLiteral("deploy")}});
        QCOMPARE(acquired.status, 201);
        QCOMPARE(
            acquired.object().value(QLatin1String("status")).toString(), QStringLiteral("success"));
        const QJsonObject data = acquired.object().value(QLatin1String("data")).toObject();
        const QString nonce = data.value(QLatin1String("nonce")).toString();
        QCOMPARE(nonce.size(), 12);
        QCOMPARE(qint64(data.value(QLatin1String("expires_at")).toDouble()), clock.nowSecs() + 30);
        QCOMPARE(data.value(QLatin1String("description")).toString(), QStringLiteral("deploy"));

        const SimReply held = sim.post(leasePath(id), {{QLatin1String("ttl"), 30}});
        QCOMPARE(held.status, 409);
        QCOMPARE(held.object().value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QVERIFY(held.object()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("lease currently held")));

        clock.advanceMs(10000);
        const SimReply refreshed =
            sim.send("POST", leasePath(id), "{\"ttl\":60}", nonceHeader(nonce));
        QCOMPARE(refreshed.status, 201);
        const QJsonObject refreshedData =
            refreshed.object().value(QLatin1String("data")).toObject();
        QCOMPARE(refreshedData.value(QLatin1String("nonce")).toString(), nonce);
        QCOMPARE(qint64(refreshedData.value(QLatin1String("expires_at")).toDouble()),
            clock.nowSecs() + 60);

        const SimReply got = sim.get(leasePath(id));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("nonce"))
                     .toString(),
            nonce);

        QCOMPARE(sim.del(leasePath(id)).status, 400);
        QCOMPARE(sim.send("DELETE", leasePath(id), {}, nonceHeader(QStringLiteral("000000000000")))
                     .status,
            409);
        const SimReply released = sim.send("DELETE", leasePath(id), {}, nonceHeader(nonce));
        QCOMPARE(released.status, 200);
        QCOMPARE(released.object()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("ok"))
                     .toBool(),
            true);
        QCOMPARE(sim.get(leasePath(id)).status, 404);
    }

    void ttlAsAQueryParameter()
    {
        ManualClock clock;
        SimHarness sim(SimHarness::testOptions(), &clock);
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        const SimReply acquired =
            sim.send("POST", leasePath(id), {}, {}, QUrlQuery(QStringLiteral("ttl=120")));
        QCOMPARE(acquired.status, 201);
        QCOMPARE(qint64(acquired.object()
                            .value(QLatin1String("data"))
                            .toObject()
                            .value(QLatin1String("expires_at"))
                            .toDouble()),
            clock.nowSecs() + 120);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/machines/%1/lease")
                              .arg(sim.createMachine(kApp, SimHarness::nginxConfig())),
                        {{QLatin1String("ttl"), 99999}})
                     .status,
            400);
    }

    void mutatingCallsNeedTheNonce_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("update") << QByteArray("POST") << QString()
                                << QByteArray("{\"config\":{\"image\":\"nginx\"}}");
        QTest::newRow("stop") << QByteArray("POST") << QStringLiteral("/stop") << QByteArray();
        QTest::newRow("restart") << QByteArray("POST") << QStringLiteral("/restart")
                                 << QByteArray();
        QTest::newRow("suspend") << QByteArray("POST") << QStringLiteral("/suspend")
                                 << QByteArray();
        QTest::newRow("signal") << QByteArray("POST") << QStringLiteral("/signal")
                                << QByteArray("{\"signal\":\"SIGUSR1\"}");
        QTest::newRow("cordon") << QByteArray("POST") << QStringLiteral("/cordon") << QByteArray();
        QTest::newRow("uncordon") << QByteArray("POST") << QStringLiteral("/uncordon")
                                  << QByteArray();
        QTest::newRow("destroy") << QByteArray("DELETE") << QString() << QByteArray();
    }

    void mutatingCallsNeedTheNonce()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, body);
        ManualClock clock;
        SimHarness sim(SimHarness::testOptions(), &clock);
        sim.createApp(kApp);
        const QString id = FleetBuilder(sim.world())
                               .machine(kApp, QStringLiteral("m"), QStringLiteral("lhr"),
                                   SimHarness::nginxConfig(), QStringLiteral("started"), 1)
                               .id;
        const QString nonce = sim.post(leasePath(id), {{QLatin1String("ttl"), 30}})
                                  .object()
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("nonce"))
                                  .toString();
        const QString target = QStringLiteral("/apps/app/machines/") + id + suffix;
        const QUrlQuery query(method == "DELETE" ? QStringLiteral("force=true") : QString());
        const SimReply without = sim.send(method, target, body, {}, query);
        QCOMPARE(without.status, 409);
        QVERIFY(without.error().contains(QLatin1String("fly-machine-lease-nonce")));
        QCOMPARE(sim.send(method, target, body, nonceHeader(QStringLiteral("ffffffffffff")), query)
                     .status,
            409);
        QCOMPARE(sim.send(method, target, body, nonceHeader(nonce), query).status, 200);
    }

    void leasesExpire()
    {
        ManualClock clock;
        SimHarness sim(SimHarness::testOptions(), &clock);
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        QCOMPARE(sim.post(leasePath(id), {{QLatin1String("ttl"), 5}}).status, 201);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/machines/%1/cordon").arg(id)).status, 409);
        clock.advanceMs(5000);
        QCOMPARE(sim.get(leasePath(id)).status, 404);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/machines/%1/cordon").arg(id)).status, 200);
        QCOMPARE(sim.post(leasePath(id), {{QLatin1String("ttl"), 5}}).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestSimLeases)
#include "tst_simleases.moc"
