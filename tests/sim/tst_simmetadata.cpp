#include "simharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {
const QString kApp = QStringLiteral("app");
}

class TestSimMetadata : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void setGetDeleteOneKey()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        const QString base = QStringLiteral("/apps/app/machines/%1/metadata").arg(id);
        const SimReply set = sim.post(
            base + QStringLiteral("/team"), {{QLatin1String("value"), QStringLiteral("infra")}});
        QCOMPARE(set.status, 204);
        QVERIFY(set.body.isEmpty());
        const SimReply one = sim.get(base + QStringLiteral("/team"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QLatin1String("value")).toString(), QStringLiteral("infra"));
        QCOMPARE(sim.get(base).object().value(QLatin1String("team")).toString(),
            QStringLiteral("infra"));
        // Metadata lives in the config, so the machine shows it too.
        QCOMPARE(sim.get(QStringLiteral("/apps/app/machines/") + id)
                     .object()
                     .value(QLatin1String("config"))
                     .toObject()
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("team"))
                     .toString(),
            QStringLiteral("infra"));
        QCOMPARE(sim.del(base + QStringLiteral("/team")).status, 204);
        QCOMPARE(sim.get(base + QStringLiteral("/team")).status, 404);
        QCOMPARE(
            sim.post(base + QStringLiteral("/team"), {{QLatin1String("value"), 3}}).status, 400);
    }

    void patchMergesAndRemoves()
    {
        SimHarness sim;
        sim.createApp(kApp);
        QJsonObject config = SimHarness::nginxConfig();
        config.insert(QLatin1String("metadata"),
            QJsonObject {{QLatin1String("a"), QStringLiteral("1")},
                {QLatin1String("b"), QStringLiteral("2")},
                {QLatin1String("c"), QStringLiteral("3")}});
        const QString id = sim.createMachine(kApp, config);
        const QString base = QStringLiteral("/apps/app/machines/%1/metadata").arg(id);
        const SimReply patched = sim.patch(base,
            {{QLatin1String("metadata"),
                QJsonObject {{QLatin1String("a"), QJsonValue()}, {QLatin1String("b"), QString()},
                    {QLatin1String("d"), QStringLiteral("4")}}}});
        QCOMPARE(patched.status, 204);
        const QJsonObject metadata = sim.get(base).object();
        QCOMPARE(metadata,
            QJsonObject({{QLatin1String("c"), QStringLiteral("3")},
                {QLatin1String("d"), QStringLiteral("4")}}));
        // PUT is the deprecated alias with the same merge semantics.
        QCOMPARE(sim.put(base,
                        {{QLatin1String("metadata"),
                            QJsonObject {{QLatin1String("e"), QStringLiteral("5")}}}})
                     .status,
            204);
        QCOMPARE(sim.get(base).object().size(), 3);
    }

    void staleMachineVersionIs412()
    {
        SimHarness sim;
        sim.createApp(kApp);
        const QString id = sim.createMachine(kApp, SimHarness::nginxConfig());
        const QString base = QStringLiteral("/apps/app/machines/%1/metadata").arg(id);
        const QString version = sim.get(QStringLiteral("/apps/app/machines/") + id)
                                    .object()
                                    .value(QLatin1String("version"))
                                    .toString();
        QCOMPARE(sim.patch(base,
                        {{QLatin1String("metadata"),
                             QJsonObject {{QLatin1String("x"), QStringLiteral("1")}}},
                            {QLatin1String("machine_version"), version}})
                     .status,
            204);
        const SimReply stale = sim.patch(base,
            {{QLatin1String("metadata"), QJsonObject {{QLatin1String("x"), QStringLiteral("2")}}},
                {QLatin1String("machine_version"), QStringLiteral("01OLDOLDOLDOLDOLDOLDOLDOLD")}});
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.error().contains(version));
        QCOMPARE(
            sim.patch(base, {{QLatin1String("metadata"), QStringLiteral("flat")}}).status, 400);
        QCOMPARE(
            sim.patch(base, {{QLatin1String("metadata"), QJsonObject {{QLatin1String("n"), 1}}}})
                .status,
            400);
    }
};

QTEST_GUILESS_MAIN(TestSimMetadata)
#include "tst_simmetadata.moc"
