#include "simharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestSimApps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<bool>("sendToken");
        QTest::addColumn<bool>("correct");
        QTest::addColumn<int>("status");
        QTest::newRow("no header") << QByteArray() << false << false << 401;
        QTest::newRow("wrong token") << QByteArray("Bearer ") << true << false << 401;
        QTest::newRow("bearer") << QByteArray("Bearer ") << true << true << 200;
        QTest::newRow("flyv1") << QByteArray("FlyV1 ") << true << true << 200;
        QTest::newRow("doubled") << QByteArray("Bearer FlyV1 ") << true << true << 200;
    }

    void authentication()
    {
        QFETCH(QByteArray, scheme);
        QFETCH(bool, sendToken);
        QFETCH(bool, correct);
        QFETCH(int, status);
        SimHarness sim;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (sendToken)
            headers.append(
                {"Authorization", scheme + (correct ? sim.token().toUtf8() : QByteArray("nope"))});
        const SimReply reply = sim.send("GET", QStringLiteral("/apps"), {}, headers,
            QUrlQuery(QStringLiteral("org_slug=personal")), false);
        QCOMPARE(reply.status, status);
        if (status == 401)
            QCOMPARE(reply.error(), QStringLiteral("Authenticate: token validation error"));
    }

    void createGetAndList()
    {
        SimHarness sim;
        const SimReply created = sim.post(QStringLiteral("/apps"),
            {{QLatin1String("name"), QStringLiteral("my-app")},
                {QLatin1String("org_slug"), QStringLiteral("personal")}});
        QCOMPARE(created.status, 201);
        QVERIFY(!created.object().value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(created.object().value(QLatin1String("created_at")).toDouble() > 1e12); // epoch ms
        QVERIFY(created.header("fly-request-id").size() > 10);

        const SimReply app = sim.get(QStringLiteral("/apps/my-app"));
        QCOMPARE(app.status, 200);
        QCOMPARE(app.object().value(QLatin1String("name")).toString(), QStringLiteral("my-app"));
        QCOMPARE(app.object().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(app.object()
                     .value(QLatin1String("organization"))
                     .toObject()
                     .value(QLatin1String("slug"))
                     .toString(),
            QStringLiteral("personal"));

        const SimReply list =
            sim.get(QStringLiteral("/apps"), QUrlQuery(QStringLiteral("org_slug=personal")));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.object().value(QLatin1String("total_apps")).toInt(), 1);
        QCOMPARE(list.object().value(QLatin1String("apps")).toArray().size(), 1);
        QVERIFY(!list.object().contains(QLatin1String("next_cursor")));
        const SimReply other =
            sim.get(QStringLiteral("/apps"), QUrlQuery(QStringLiteral("org_slug=acme-corp")));
        QCOMPARE(other.object().value(QLatin1String("apps")).toArray().size(), 0);
    }

    void createAcceptsAppNameAndIdempotencyKey()
    {
        SimHarness sim;
        const QJsonObject body {{QLatin1String("app_name"), QStringLiteral("legacy-name")},
            {QLatin1String("org_slug"), QStringLiteral("personal")},
            {QLatin1String("idempotency_key"), QStringLiteral("k1")}};
        const SimReply first = sim.post(QStringLiteral("/apps"), body);
        QCOMPARE(first.status, 201);
        const SimReply again = sim.post(QStringLiteral("/apps"), body);
        QCOMPARE(again.status, 201);
        QCOMPARE(
            again.object().value(QLatin1String("id")), first.object().value(QLatin1String("id")));
    }

    void createErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << QJsonObject {{QLatin1String("org_slug"),
            QStringLiteral("personal")}}
                                 << 400 << QString();
        QTest::newRow("no org") << QJsonObject {{QLatin1String("name"), QStringLiteral("x-app")}}
                                << 400 << QString();
        QTest::newRow("unknown org")
            << QJsonObject {{QLatin1String("name"), QStringLiteral("x-app")},
                   {QLatin1String("org_slug"), QStringLiteral("nobody")}}
            << 404 << QString();
        QTest::newRow("upper case")
            << QJsonObject {{QLatin1String("name"), QStringLiteral("My_App")},
                   {QLatin1String("org_slug"), QStringLiteral("personal")}}
            << 422 << QString();
        QTest::newRow("taken") << QJsonObject {{QLatin1String("name"), QStringLiteral("taken-app")},
            {QLatin1String("org_slug"), QStringLiteral("acme-corp")}}
                               << 422 << QStringLiteral("name_taken");
    }

    void createErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        SimHarness sim;
        sim.createApp(QStringLiteral("taken-app"));
        const SimReply reply = sim.post(QStringLiteral("/apps"), body);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.error().isEmpty());
        if (!code.isEmpty())
            QCOMPARE(reply.object().value(QLatin1String("status")).toString(), code);
    }

    void malformedBodies()
    {
        SimHarness sim;
        const SimReply broken = sim.send("POST", QStringLiteral("/apps"), "{\"name\": ", {});
        QCOMPARE(broken.status, 400);
        QVERIFY(broken.error().contains(QLatin1String("invalid JSON")));
        const SimReply array = sim.send("POST", QStringLiteral("/apps"), "[1,2]", {});
        QCOMPARE(array.status, 400);
        QVERIFY(array.error().contains(QLatin1String("JSON object")));
    }

    void listNeedsAnOrg()
    {
        SimHarness sim;
        QCOMPARE(sim.get(QStringLiteral("/apps")).status, 400);
        QCOMPARE(
            sim.get(QStringLiteral("/apps"), QUrlQuery(QStringLiteral("org_slug=ghost"))).status,
            404);
    }

    void paginationFollowsNextCursorInTheBody()
    {
        SimHarness sim;
        for (int i = 0; i < 7; ++i)
            sim.createApp(QStringLiteral("app-%1").arg(i));
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            QUrlQuery query(QStringLiteral("org_slug=personal&limit=3"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const SimReply page = sim.get(QStringLiteral("/apps"), query);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.object().value(QLatin1String("total_apps")).toInt(), 7);
            for (const QJsonValue &app : page.object().value(QLatin1String("apps")).toArray())
                seen.append(app.toObject().value(QLatin1String("name")).toString());
            cursor = page.object().value(QLatin1String("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 7);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 7);
        QCOMPARE(
            sim.get(QStringLiteral("/apps"), QUrlQuery(QStringLiteral("org_slug=personal&limit=0")))
                .status,
            400);
        QCOMPARE(sim.get(QStringLiteral("/apps"),
                        QUrlQuery(QStringLiteral("org_slug=personal&cursor=%%%")))
                     .status,
            400);
    }

    void getAndDeleteUnknownApp()
    {
        SimHarness sim;
        QCOMPARE(sim.get(QStringLiteral("/apps/ghost")).status, 404);
        QCOMPARE(sim.del(QStringLiteral("/apps/ghost")).status, 404);
    }

    void deleteRemovesMachinesAndVolumes()
    {
        SimHarness sim;
        sim.createApp(QStringLiteral("doomed"));
        const QString volume = sim.createVolume(
            QStringLiteral("doomed"), QStringLiteral("data"), QStringLiteral("lhr"), 1);
        const QString machine = sim.createMachine(
            QStringLiteral("doomed"), SimHarness::nginxConfig(), QStringLiteral("lhr"));
        QVERIFY(sim.waitForState(QStringLiteral("doomed"), machine, QStringLiteral("started")));
        const SimReply refused = sim.del(QStringLiteral("/apps/doomed"));
        QCOMPARE(refused.status, 412);
        QVERIFY(refused.error().contains(QLatin1String("force=true")));
        const SimReply deleted =
            sim.del(QStringLiteral("/apps/doomed"), QUrlQuery(QStringLiteral("force=true")));
        QCOMPARE(deleted.status, 202);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(sim.get(QStringLiteral("/apps/doomed")).status, 404);
        QCOMPARE(sim.get(QStringLiteral("/apps/doomed/volumes/") + volume).status, 404);
    }

    void countsFollowTheFleet()
    {
        SimHarness sim;
        sim.createApp(QStringLiteral("counted"));
        sim.createVolume(
            QStringLiteral("counted"), QStringLiteral("data"), QStringLiteral("ams"), 1);
        sim.createMachine(
            QStringLiteral("counted"), SimHarness::nginxConfig(), QStringLiteral("ams"));
        const QJsonObject app = sim.get(QStringLiteral("/apps/counted")).object();
        QCOMPARE(app.value(QLatin1String("machine_count")).toInt(), 1);
        QCOMPARE(app.value(QLatin1String("volume_count")).toInt(), 1);
        QCOMPARE(app.value(QLatin1String("status")).toString(), QStringLiteral("deployed"));
    }
};

QTEST_GUILESS_MAIN(TestSimApps)
#include "tst_simapps.moc"
