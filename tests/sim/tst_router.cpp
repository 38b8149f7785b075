#include "sim/api/router.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestRouter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matchesTemplatesAndDecodesParameters()
    {
        Router router;
        int hits = 0;
        router.add("GET", QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}"),
            [&hits](const ApiCall &) { ++hits; });
        router.add("GET",
            QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}/metadata/{key}"),
            [](const ApiCall &) {});
        const Router::Match match =
            router.match("GET", QStringLiteral("/v1/apps/my-app/machines/abc123"));
        QVERIFY(match.handler);
        QCOMPARE(match.route, QStringLiteral("/v1/apps/{app_name}/machines/{machine_id}"));
        QCOMPARE(match.params.value(QStringLiteral("app_name")), QStringLiteral("my-app"));
        QCOMPARE(match.params.value(QStringLiteral("machine_id")), QStringLiteral("abc123"));
        const Router::Match key =
            router.match("GET", QStringLiteral("/v1/apps/a/machines/m/metadata/team%20name"));
        QCOMPARE(key.params.value(QStringLiteral("key")), QStringLiteral("team name"));
    }

    void wrongMethodIsKnownPathWithoutHandler()
    {
        Router router;
        router.add("GET", QStringLiteral("/v1/apps"), [](const ApiCall &) {});
        router.add("POST", QStringLiteral("/v1/apps"), [](const ApiCall &) {});
        const Router::Match match = router.match("PATCH", QStringLiteral("/v1/apps"));
        QVERIFY(match.pathKnown);
        QVERIFY(!match.handler);
        QCOMPARE(
            match.allowedMethods, QStringList({QStringLiteral("GET"), QStringLiteral("POST")}));
    }

    void headUsesTheGetRoute()
    {
        Router router;
        router.add("GET", QStringLiteral("/v1/apps"), [](const ApiCall &) {});
        QVERIFY(router.match("HEAD", QStringLiteral("/v1/apps")).handler);
    }

    void unknownPaths()
    {
        Router router;
        router.add("GET", QStringLiteral("/v1/apps/{app_name}"), [](const ApiCall &) {});
        QVERIFY(!router.match("GET", QStringLiteral("/v1/apps/a/b")).pathKnown);
        QVERIFY(!router.match("GET", QStringLiteral("/v2/apps/a")).pathKnown);
        QVERIFY(!router.match("GET", QStringLiteral("/")).pathKnown);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
