#include "sim/server/ratelimiter.h"
#include "sim/server/ratelimitpolicy.h"
#include "sim/world/simclock.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestRateLimiter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void burstThenSteadyRate()
    {
        ManualClock clock;
        RateLimiter limiter(clock);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.take(QStringLiteral("start|m1"), 1, 3), 0);
        QCOMPARE(limiter.take(QStringLiteral("start|m1"), 1, 3), 1);
        clock.advanceMs(1000);
        QCOMPARE(limiter.take(QStringLiteral("start|m1"), 1, 3), 0);
        QCOMPARE(limiter.take(QStringLiteral("start|m1"), 1, 3), 1);
    }

    void bucketsAreIndependent()
    {
        ManualClock clock;
        RateLimiter limiter(clock);
        for (int i = 0; i < 3; ++i)
            limiter.take(QStringLiteral("start|m1"), 1, 3);
        QVERIFY(limiter.take(QStringLiteral("start|m1"), 1, 3) > 0);
        QCOMPARE(limiter.take(QStringLiteral("start|m2"), 1, 3), 0);
        QCOMPARE(limiter.take(QStringLiteral("stop|m1"), 1, 3), 0);
    }

    void refillIsCappedAtTheBurst()
    {
        ManualClock clock;
        RateLimiter limiter(clock);
        limiter.take(QStringLiteral("k"), 1, 3);
        clock.advanceMs(60000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.take(QStringLiteral("k"), 1, 3), 0);
        QVERIFY(limiter.take(QStringLiteral("k"), 1, 3) > 0);
    }

    void disabledAllowsEverything()
    {
        ManualClock clock;
        RateLimiter limiter(clock);
        limiter.setEnabled(false);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(limiter.take(QStringLiteral("k"), 1, 3), 0);
    }

    void policyFollowsFlysDocumentedLimits()
    {
        const QHash<QString, QString> params {{QStringLiteral("app_name"), QStringLiteral("a")},
            {QStringLiteral("machine_id"), QStringLiteral("m1")}};
        const RateLimitRule get = rateLimitRuleFor(
            "GET", QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}"), params);
        QCOMPARE(get.perSecond, 5.0);
        QCOMPARE(get.burst, 10.0);
        const RateLimitRule start = rateLimitRuleFor(
            "POST", QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}/start"), params);
        QCOMPARE(start.perSecond, 1.0);
        QCOMPARE(start.burst, 3.0);
        QVERIFY(start.bucket.contains(QLatin1String("m1")));
        QVERIFY(start.bucket != get.bucket);
        const RateLimitRule deleteApp =
            rateLimitRuleFor("DELETE", QStringLiteral("/v1/apps/{app_name}"), params);
        QCOMPARE(deleteApp.burst, 100.0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
