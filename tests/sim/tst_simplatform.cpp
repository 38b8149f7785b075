#include "simharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestSimPlatform : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void regionsUseTheLiveApisCapitalisedKeys()
    {
        SimHarness sim;
        const SimReply reply = sim.get(QStringLiteral("/platform/regions"));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.object();
        QVERIFY(body.contains(QLatin1String("Regions")));
        QVERIFY(!body.contains(QLatin1String("regions")));
        QCOMPARE(body.value(QLatin1String("Nearest")).toString(), QStringLiteral("iad"));
        const QJsonArray regions = body.value(QLatin1String("Regions")).toArray();
        QVERIFY(regions.size() >= 30);
        bool foundLondon = false;
        for (const QJsonValue &value : regions) {
            const QJsonObject region = value.toObject();
            QVERIFY(region.value(QLatin1String("latitude")).isDouble());
            QVERIFY(region.value(QLatin1String("longitude")).isDouble());
            QVERIFY(!region.value(QLatin1String("geo_region")).toString().isEmpty());
            QVERIFY(region.value(QLatin1String("capacity")).toInt() > 0);
            if (region.value(QLatin1String("code")).toString() == QLatin1String("lhr")) {
                foundLondon = true;
                QCOMPARE(region.value(QLatin1String("name")).toString(),
                    QStringLiteral("London, United Kingdom"));
                QVERIFY(qAbs(region.value(QLatin1String("latitude")).toDouble() - 51.5) < 0.2);
                QVERIFY(qAbs(region.value(QLatin1String("longitude")).toDouble() + 0.13) < 0.2);
                QCOMPARE(
                    region.value(QLatin1String("geo_region")).toString(), QStringLiteral("europe"));
                QCOMPARE(region.value(QLatin1String("deprecated")).toBool(), false);
            }
        }
        QVERIFY(foundLondon);
    }

    void capacityDependsOnTheRequestedSize()
    {
        SimHarness sim;
        auto capacityOf = [&](const QString &query) {
            const QJsonArray regions =
                sim.get(QStringLiteral("/platform/regions"), QUrlQuery(query))
                    .object()
                    .value(QLatin1String("Regions"))
                    .toArray();
            return regions.first().toObject().value(QLatin1String("capacity")).toInt();
        };
        QVERIFY(capacityOf(QStringLiteral("size=shared-cpu-1x"))
            > capacityOf(QStringLiteral("size=performance-8x")));
        QCOMPARE(
            sim.get(QStringLiteral("/platform/regions"), QUrlQuery(QStringLiteral("size=mega")))
                .status,
            400);
    }

    void currentTokenListsOrgsAndApps()
    {
        SimHarness sim;
        sim.createApp(QStringLiteral("mine"));
        sim.createApp(QStringLiteral("theirs"), QStringLiteral("acme-corp"));
        const QJsonArray tokens = sim.get(QStringLiteral("/tokens/current"))
                                      .object()
                                      .value(QLatin1String("tokens"))
                                      .toArray();
        QCOMPARE(tokens.size(), 2);
        const QJsonObject personal = tokens.first().toObject();
        QCOMPARE(personal.value(QLatin1String("org_slug")).toString(), QStringLiteral("personal"));
        QCOMPARE(
            personal.value(QLatin1String("apps")).toArray(), QJsonArray {QStringLiteral("mine")});
        QCOMPARE(personal.value(QLatin1String("user")).toString(),
            QStringLiteral("sandbox@hangar.local"));
    }

    void orgMachinesSpanApps()
    {
        SimHarness sim;
        sim.createApp(QStringLiteral("one"));
        sim.createApp(QStringLiteral("two"));
        sim.createApp(QStringLiteral("elsewhere"), QStringLiteral("acme-corp"));
        sim.createMachine(QStringLiteral("one"), SimHarness::nginxConfig());
        sim.createMachine(QStringLiteral("two"), SimHarness::nginxConfig(), QStringLiteral("lhr"));
        sim.createMachine(QStringLiteral("elsewhere"), SimHarness::nginxConfig());
        const QJsonObject body = sim.get(QStringLiteral("/orgs/personal/machines")).object();
        const QJsonArray machines = body.value(QLatin1String("machines")).toArray();
        QCOMPARE(machines.size(), 2);
        QVERIFY(!machines.first().toObject().value(QLatin1String("app_name")).toString().isEmpty());
        QVERIFY(body.contains(QLatin1String("last_machine_id")));
        QCOMPARE(sim.get(QStringLiteral("/orgs/personal/machines"),
                        QUrlQuery(QStringLiteral("region=lhr")))
                     .object()
                     .value(QLatin1String("machines"))
                     .toArray()
                     .size(),
            1);
        const SimReply paged = sim.get(
            QStringLiteral("/orgs/personal/machines"), QUrlQuery(QStringLiteral("limit=1")));
        QVERIFY(!paged.object().value(QLatin1String("next_cursor")).toString().isEmpty());
        QCOMPARE(sim.get(QStringLiteral("/orgs/ghost/machines")).status, 404);
        QCOMPARE(sim.get(QStringLiteral("/orgs/personal/machines"),
                        QUrlQuery(QStringLiteral("updated_after=yesterday")))
                     .status,
            400);
        QCOMPARE(sim.get(QStringLiteral("/orgs/personal/machines"),
                        QUrlQuery(QStringLiteral("updated_after=2999-01-01T00:00:00Z")))
                     .object()
                     .value(QLatin1String("machines"))
                     .toArray()
                     .size(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestSimPlatform)
#include "tst_simplatform.moc"
