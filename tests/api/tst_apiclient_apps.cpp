#include "apiharness.h"
#include "sim/server/simserver.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace hangar::tests;

class TestApiClientApps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appsLifecycle()
    {
        ApiHarness harness;
        ApiClient &client = harness.client();
        const auto created =
            await(client.createApp(QStringLiteral("shop"), QStringLiteral("personal")));
        QVERIFY(created.ok());
        QVERIFY(!created->value(QLatin1String("id")).toString().isEmpty());
        const auto taken =
            await(client.createApp(QStringLiteral("shop"), QStringLiteral("personal")));
        QCOMPARE(taken.error().reason(), ApiError::Reason::NameTaken);
        QVERIFY(taken.error().message().contains(QLatin1String("taken")));

        const auto app = await(client.getApp(QStringLiteral("shop")));
        QVERIFY(app.ok());
        QCOMPARE(app->name(), QStringLiteral("shop"));
        QCOMPARE(app->organization().slug(), QStringLiteral("personal"));

        const auto apps = await(client.listApps(QStringLiteral("personal")));
        QVERIFY(apps.ok());
        QCOMPARE(apps->size(), 1);

        QVERIFY(await(client.deleteApp(QStringLiteral("shop"))).ok());
        const auto gone = await(client.getApp(QStringLiteral("shop")));
        QCOMPARE(gone.error().reason(), ApiError::Reason::NotFound);
    }

    void appListFollowsTheBodyCursorToTheEnd()
    {
        ApiHarness harness;
        for (int i = 0; i < 25; ++i)
            harness.createApp(QStringLiteral("app-%1").arg(i, 2, 10, QLatin1Char('0')));
        // Pages of 1000 would fit; check paging with the transport's page size shrunk.
        ApiRequest request = ApiRequest::get(
            QStringLiteral("/apps"), QUrlQuery(QStringLiteral("org_slug=personal")));
        request.paging = ApiRequest::Paging::BodyCursor;
        request.pagedKey = QStringLiteral("apps");
        request.pageSize = 10;
        ApiJob *job = harness.transport().send(request);
        int count = -1;
        connect(job, &ApiJob::finished, this, [job, &count] {
            count = int(job->json().toObject().value(QLatin1String("apps")).toArray().size());
        });
        QTRY_COMPARE(count, 25);
        QCOMPARE(await(harness.client().listApps(QStringLiteral("personal")))->size(), 25);
    }

    void wrongTokenIsA401WithAClearMessage()
    {
        ApiHarness harness;
        harness.transport().setToken(QStringLiteral("fm2_not-the-token"));
        const auto apps = await(harness.client().listApps(QStringLiteral("personal")));
        QCOMPARE(apps.error().httpStatus(), 401);
        QCOMPARE(apps.error().reason(), ApiError::Reason::TokenRejected);
        QVERIFY(apps.error().message().contains(QLatin1String("token was rejected")));
        QVERIFY(!apps.error().requestId().isEmpty());
    }

    void aStalledServerTimesOutWithAClearMessage()
    {
        hangar::sim::SimOptions options = ApiHarness::simOptions();
        options.faults.stallRate = 1.0;
        TransportPolicy policy = ApiHarness::fastPolicy();
        policy.maxAttempts = 2;
        ApiHarness harness(options, policy);
        ApiRequest request = ApiRequest::get(
            QStringLiteral("/apps"), QUrlQuery(QStringLiteral("org_slug=personal")));
        request.timeoutMs = 200;
        ApiJob *job = harness.transport().send(request);
        ApiError error;
        bool finished = false;
        connect(job, &ApiJob::finished, this, [job, &error, &finished] {
            error = job->error();
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QVERIFY(error.message().contains(QLatin1String("127.0.0.1")));
    }

    void secrets()
    {
        ApiHarness harness;
        ApiClient &client = harness.client();
        harness.createApp(QStringLiteral("app"));
        const auto version = await(client.setSecret(
            QStringLiteral("app"), QStringLiteral("DATABASE_URL"), QStringLiteral("postgres://x")));
        QVERIFY(version.ok());
        QCOMPARE(version.value(), qint64(1));
        const auto many = await(client.setSecrets(QStringLiteral("app"),
            {{QStringLiteral("A"), QStringLiteral("1")},
                {QStringLiteral("DATABASE_URL"), std::nullopt}}));
        QCOMPARE(many.value(), qint64(2));
        const auto secrets = await(client.listSecrets(QStringLiteral("app")));
        QCOMPARE(secrets->size(), 1);
        QCOMPARE(secrets->first().name(), QStringLiteral("A"));
        QVERIFY(!secrets->first().digest().isEmpty());
        QCOMPARE(await(client.deleteSecret(QStringLiteral("app"), QStringLiteral("A"))).value(),
            qint64(3));
    }

    void regionsAndToken()
    {
        ApiHarness harness;
        const auto regions = await(harness.client().regions());
        QVERIFY(regions.ok());
        QCOMPARE(regions->nearest, QStringLiteral("iad"));
        QVERIFY(regions->regions.size() >= 30);
        bool foundLondon = false;
        for (const Region &region : regions->regions) {
            if (region.code() == QLatin1String("lhr")) {
                foundLondon = true;
                QVERIFY(qAbs(region.latitude() - 51.5) < 0.5);
            }
        }
        QVERIFY(foundLondon);
        const auto tokens = await(harness.client().currentToken());
        QVERIFY(tokens.ok());
        QCOMPARE(tokens->first().orgSlug(), QStringLiteral("personal"));
    }
};

QTEST_GUILESS_MAIN(TestApiClientApps)
#include "tst_apiclient_apps.moc"
