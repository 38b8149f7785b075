#include "sim/server/faultinjector.h"
#include "sim/server/simserver.h"
#include "sim/world/simclock.h"
#include "simharness.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestSimServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unknownPathsGetAPlainTextNotFound()
    {
        SimHarness sim;
        const SimReply reply = sim.get(QStringLiteral("/no/such/thing"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, QByteArray("404 page not found\n"));
        QVERIFY(reply.header("content-type").startsWith("text/plain"));
    }

    void wrongMethodGets405WithAllow()
    {
        SimHarness sim;
        const SimReply reply = sim.send("PATCH", QStringLiteral("/apps"), {}, {});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("allow"), QByteArray("GET, POST"));
        QVERIFY(!reply.error().isEmpty());
    }

    void everyAnswerCarriesARequestId()
    {
        SimHarness sim;
        const SimReply first = sim.get(QStringLiteral("/platform/regions"));
        const SimReply second = sim.get(QStringLiteral("/apps/nope"));
        QVERIFY(!first.header("fly-request-id").isEmpty());
        QVERIFY(first.header("fly-request-id") != second.header("fly-request-id"));
        QVERIFY(first.header("content-type").startsWith("application/json"));
    }

    void oversizedBodiesGet413()
    {
        SimOptions options = SimHarness::testOptions();
        options.maxBodyBytes = 4096;
        SimHarness sim(options);
        sim.createApp(QStringLiteral("app"));
        const QByteArray big =
            "{\"name\":\"" + QByteArray(8000, 'a') + "\",\"org_slug\":\"personal\"}";
        const SimReply reply = sim.send("POST", QStringLiteral("/apps"), big, {});
        QCOMPARE(reply.status, 413);
        QVERIFY(reply.error().contains(QLatin1String("4096")));
        // The server is still there for the next request.
        QCOMPARE(sim.get(QStringLiteral("/apps/app")).status, 200);
    }

    void rateLimitsAnswer429WithRetryAfter()
    {
        ManualClock clock;
        SimOptions options = SimHarness::testOptions();
        options.rateLimit = true;
        SimHarness sim(options, &clock);
        sim.createApp(QStringLiteral("app"));
        const QString id = sim.createMachine(QStringLiteral("app"), SimHarness::nginxConfig(), {},
            {{QLatin1String("skip_launch"), true}});
        const QString cordon = QStringLiteral("/apps/app/machines/%1/cordon").arg(id);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sim.post(cordon).status, 200);
        const SimReply limited = sim.post(cordon);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), QByteArray("1"));
        // Other actions and other machines have their own buckets; getting a machine allows 10.
        QCOMPARE(sim.post(QStringLiteral("/apps/app/machines/%1/uncordon").arg(id)).status, 200);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(sim.get(QStringLiteral("/apps/app/machines/") + id).status, 200);
        QCOMPARE(sim.get(QStringLiteral("/apps/app/machines/") + id).status, 429);
        clock.advanceMs(1000);
        QCOMPARE(sim.post(cordon).status, 200);
    }

    void injectedFailuresCoverErrorsLimitsAndResets()
    {
        SimOptions options = SimHarness::testOptions();
        options.faults.failRate = 1.0;
        SimHarness sim(options);
        QSet<int> statuses;
        int resets = 0;
        for (int i = 0; i < 40; ++i) {
            const SimReply reply = sim.get(QStringLiteral("/platform/regions"));
            if (reply.status == 0)
                ++resets;
            else
                statuses.insert(reply.status);
        }
        QVERIFY(statuses.contains(503));
        QVERIFY(statuses.contains(429));
        QVERIFY(resets > 0);
        QVERIFY(!statuses.contains(200));
        sim.server().setFaults({});
        QCOMPARE(sim.get(QStringLiteral("/platform/regions")).status, 200);
    }

    void lostAnswersAreCarriedOutAllTheSame()
    {
        SimOptions options = SimHarness::testOptions();
        options.faults.lostAnswerRate = 1.0;
        SimHarness sim(options);
        const QJsonObject app {{QStringLiteral("name"), QStringLiteral("lost")},
            {QStringLiteral("org_slug"), QStringLiteral("personal")}};
        const SimReply reply = sim.post(QStringLiteral("/apps"), app);
        QCOMPARE(reply.status, 0); // the connection dropped instead of an answer
        sim.server().setFaults({});
        QCOMPARE(sim.get(QStringLiteral("/apps/lost")).status, 200);
    }

    void stalledRequestsAreNeverAnswered()
    {
        SimOptions options = SimHarness::testOptions();
        options.faults.stallRate = 1.0;
        SimHarness sim(options);
        const SimReply reply =
            sim.send("GET", QStringLiteral("/platform/regions"), {}, {}, {}, true, 300);
        QCOMPARE(reply.networkError, int(QNetworkReply::OperationCanceledError));
        QCOMPARE(reply.status, 0);
    }

    void latencyDelaysAnswers()
    {
        SimOptions options = SimHarness::testOptions();
        options.faults.latencyMs = 150;
        SimHarness sim(options);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sim.get(QStringLiteral("/platform/regions")).status, 200);
        // A lower bound only: it must not be faster than the injected delay.
        QVERIFY(timer.elapsed() >= 140);
    }

    void latencyJitterVariesWithinItsRange()
    {
        FaultInjector injector(7);
        FaultSettings settings;
        settings.latencyMs = 20;
        settings.latencyJitterMs = 30;
        injector.setSettings(settings);
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int latency = injector.latencyMs();
            QVERIFY(latency >= 20 && latency <= 50);
            seen.insert(latency);
        }
        QVERIFY(seen.size() > 10);
        injector.setSettings({});
        QCOMPARE(injector.latencyMs(), 0);
    }

    void handlingJitterVariesAndRequestsAreStillAnswered()
    {
        FaultInjector injector(8);
        FaultSettings settings;
        settings.handlingJitterMs = 40;
        injector.setSettings(settings);
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int delay = injector.handlingDelayMs();
            QVERIFY(delay >= 0 && delay <= 40);
            seen.insert(delay);
        }
        QVERIFY(seen.size() > 10);
        injector.setSettings({});
        QCOMPARE(injector.handlingDelayMs(), 0);

        SimOptions options = SimHarness::testOptions();
        options.faults.handlingJitterMs = 30;
        SimHarness sim(options);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(sim.get(QStringLiteral("/platform/regions")).status, 200);
    }

    void baseUrlIsLoopbackAndTheTokenIsGeneratedWhenNotGiven()
    {
        SimOptions options = SimHarness::testOptions();
        options.token.clear();
        SimServer server(options);
        QString error;
        QVERIFY(server.start(&error));
        QVERIFY(server.tokenWasGenerated());
        QVERIFY(server.token().startsWith(QLatin1String("fm2_")));
        QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(server.baseUrl().path(), QStringLiteral("/v1"));
        QVERIFY(server.port() > 0);
    }

    void aBusyPortIsAClearError()
    {
        SimHarness first;
        SimOptions options = SimHarness::testOptions();
        options.port = first.server().port();
        SimServer second(options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY(error.contains(QString::number(options.port)));
    }
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
