#include "simharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestSimSecrets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void valuesGoInButNeverComeOut()
    {
        SimHarness sim;
        sim.createApp(QStringLiteral("app"));
        const SimReply set = sim.post(QStringLiteral("/apps/app/secrets/DATABASE_URL"),
            {{QLatin1String("value"), QStringLiteral("postgres://secret")}});
        QCOMPARE(set.status, 201);
        QCOMPARE(
            set.object().value(QLatin1String("name")).toString(), QStringLiteral("DATABASE_URL"));
        QCOMPARE(set.object().value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(set.object().value(QLatin1String("Version")).toInt(), 1);
        QVERIFY(!set.body.contains("postgres://secret"));

        const SimReply list = sim.get(
            QStringLiteral("/apps/app/secrets"), QUrlQuery(QStringLiteral("show_secrets=true")));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.object().value(QLatin1String("secrets")).toArray().size(), 1);
        QVERIFY(!list.body.contains("postgres://secret"));
        const SimReply one = sim.get(QStringLiteral("/apps/app/secrets/DATABASE_URL"));
        QCOMPARE(one.status, 200);
        QVERIFY(!one.object().value(QLatin1String("digest")).toString().isEmpty());
        QVERIFY(!one.body.contains("postgres://secret"));
    }

    void bulkUpdateSetsAndUnsets()
    {
        SimHarness sim;
        sim.createApp(QStringLiteral("app"));
        SimReply reply = sim.post(QStringLiteral("/apps/app/secrets"),
            {{QLatin1String("values"),
                QJsonObject {{QLatin1String("A"), QStringLiteral("1")},
                    {QLatin1String("B"), QStringLiteral("2")}}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("secrets")).toArray().size(), 2);
        reply = sim.post(QStringLiteral("/apps/app/secrets"),
            {{QLatin1String("values"), QJsonObject {{QLatin1String("A"), QJsonValue()}}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("secrets")).toArray().size(), 1);
        QCOMPARE(reply.object().value(QLatin1String("version")).toInt(), 2);
    }

    void deleteAndErrors()
    {
        SimHarness sim;
        sim.createApp(QStringLiteral("app"));
        sim.post(QStringLiteral("/apps/app/secrets/TOKEN"),
            {{QLatin1String("value"), QStringLiteral("x")}});
        const SimReply removed = sim.del(QStringLiteral("/apps/app/secrets/TOKEN"));
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.object().value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(sim.del(QStringLiteral("/apps/app/secrets/TOKEN")).status, 404);
        QCOMPARE(sim.get(QStringLiteral("/apps/app/secrets/TOKEN")).status, 404);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/secrets/1BAD"),
                        {{QLatin1String("value"), QStringLiteral("x")}})
                     .status,
            400);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/secrets/GOOD"), {{QLatin1String("value"), 5}})
                     .status,
            400);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/secrets"), {}).status, 400);
        QCOMPARE(sim.post(QStringLiteral("/apps/app/secrets"),
                        {{QLatin1String("values"),
                            QJsonObject {{QLatin1String("bad name"), QStringLiteral("x")}}}})
                     .status,
            400);
        QCOMPARE(sim.get(QStringLiteral("/apps/ghost/secrets")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSimSecrets)
#include "tst_simsecrets.moc"
