// The scheduler keeps Hangar inside Fly's limits: the simulator counts what it receives.
#include "api/tokenbucket.h"
#include "apiharness.h"
#include "sim/server/simserver.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace hangar::tests;

class TestRateLimits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bucketsAllowABurstThenWait()
    {
        TokenBuckets buckets;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(buckets.take(QStringLiteral("start|m"), 1, 3), qint64(0));
        QVERIFY(buckets.take(QStringLiteral("start|m"), 1, 3) > 0);
        QCOMPARE(buckets.take(QStringLiteral("start|other"), 1, 3), qint64(0));
        QCOMPARE(buckets.take(QString(), 1, 3), qint64(0)); // no bucket: not limited
    }

    void theClientNeverSendsMoreThanTheLimit()
    {
        hangar::sim::SimOptions options = ApiHarness::simOptions();
        options.rateLimit = true; // the simulator would answer 429 if Hangar were too fast
        TransportPolicy policy = ApiHarness::fastPolicy();
        policy.clientRateLimits = true;
        ApiHarness harness(options, policy);
        harness.createApp(QStringLiteral("app"));
        CreateMachineRequest request;
        request.config.setImage(QStringLiteral("nginx"));
        request.skipLaunch = true;
        const QString id =
            await(harness.client().createMachine(QStringLiteral("app"), request))->id();

        // Measured where Hangar sends, not where the simulator receives: a loaded machine can
        // delay and bunch deliveries, but it can only make the sender's timers fire later, so
        // the spacing below holds however slow the machine is.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> sentAt;
        int inFlightBefore = 0;
        connect(&harness.transport(), &ApiTransport::activityChanged, this, [&](int inFlight, int) {
            for (int i = inFlightBefore; i < inFlight; ++i)
                sentAt.append(clock.elapsed());
            inFlightBefore = inFlight;
        });
        int accepted = 0;
        connect(&harness.server(), &hangar::sim::SimServer::requestHandled, this,
            [&](const QByteArray &method, const QString &path, int status) {
                if (method == "POST" && path.endsWith(QLatin1String("/cordon")) && status < 300)
                    ++accepted;
            });
        // Six cordons of one machine at once: one bucket of 1/s with bursts of 3.
        int done = 0;
        int failed = 0;
        for (int i = 0; i < 6; ++i)
            harness.client()
                .cordonMachine(QStringLiteral("app"), id, true)
                .then(this, [&done, &failed](const Result<Done> &result) {
                    ++done;
                    failed += result.ok() ? 0 : 1;
                });
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 30000);
        QCOMPARE(failed, 0);
        QCOMPARE(accepted, 6);
        QVERIFY(sentAt.size() >= 6);
        // In any window of one second Hangar sent at most the burst of 3.
        for (qsizetype i = 0; i + 3 < sentAt.size(); ++i)
            QVERIFY2(sentAt.at(i + 3) - sentAt.at(i) >= 900,
                qPrintable(QStringLiteral("4 requests sent within %1 ms")
                               .arg(sentAt.at(i + 3) - sentAt.at(i))));
    }

    void theSimulatorsLimitsAreAbsorbedWhenTheClientDoesNotLimit()
    {
        hangar::sim::SimOptions options = ApiHarness::simOptions();
        options.rateLimit = true;
        TransportPolicy policy = ApiHarness::fastPolicy();
        policy.clientRateLimits = false;
        policy.maxRetryAfterMs = 1000; // honour the simulator's Retry-After: 1
        ApiHarness harness(options, policy);
        harness.createApp(QStringLiteral("app"));
        CreateMachineRequest request;
        request.config.setImage(QStringLiteral("nginx"));
        request.skipLaunch = true;
        const QString id =
            await(harness.client().createMachine(QStringLiteral("app"), request))->id();
        int ok = 0;
        for (int i = 0; i < 5; ++i)
            harness.client()
                .cordonMachine(QStringLiteral("app"), id, true)
                .then(this, [&ok](const Result<Done> &result) { ok += result.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(ok, 5, 20000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
