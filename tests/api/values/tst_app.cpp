#include "api/values/app.h"
#include "api/values/secret.h"
#include "api/values/timestamps.h"
#include "api/values/tokeninfo.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

// Apps and the account-level values next to them: tokens and secrets.
class TestApp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsAnApp()
    {
        const App app(valuetest::parseObject(R"({
            "id": "k8x2p4", "name": "hangar-demo", "status": "deployed", "network": "default",
            "network_cidr": "fdaa:0:2a3::/48", "internal_numeric_id": 9876543210,
            "machine_count": 12, "volume_count": 3, "cname_target": "hangar-demo.fly.dev",
            "app_role": "app",
            "organization": {"name": "Example Inc", "slug": "example", "internal_numeric_id": 42}
        })"));
        QCOMPARE(app.id(), u"k8x2p4"_s);
        QCOMPARE(app.name(), u"hangar-demo"_s);
        QCOMPARE(app.status(), u"deployed"_s);
        QCOMPARE(app.network(), u"default"_s);
        QCOMPARE(app.networkCidr(), u"fdaa:0:2a3::/48"_s);
        QCOMPARE(app.internalNumericId(), qint64(9876543210));
        QCOMPARE(app.machineCount(), 12);
        QCOMPARE(app.volumeCount(), 3);
        QCOMPARE(app.cnameTarget(), u"hangar-demo.fly.dev"_s);
        QCOMPARE(app.appRole(), u"app"_s);
        QCOMPARE(app.organization().name(), u"Example Inc"_s);
        QCOMPARE(app.organization().slug(), u"example"_s);
        QCOMPARE(app.organization().internalNumericId(), qint64(42));
        QVERIFY(!app.createdAt().isValid());
    }

    void readsOldListItemsAndCreateAnswers()
    {
        const App item(valuetest::parseObject(
            R"({"id": "a1", "name": "web", "machine_count": 0, "volume_count": 0, "network": ""})"));
        QCOMPARE(item.name(), u"web"_s);
        QVERIFY(item.organization().isNull());
        QVERIFY(item.status().isEmpty());

        // App create answers {id, created_at} with created_at in epoch milliseconds.
        const App created(valuetest::parseObject(R"({"id": "a2", "created_at": 1714564800123})"));
        QCOMPARE(created.createdAt(), fromEpochMilliseconds(1714564800123));
    }

    void readsCurrentTokens()
    {
        const QList<TokenInfo> tokens = TokenInfo::listFromResponse(valuetest::parseObject(R"({
            "tokens": [
                {"token_id": "tok_1", "org_slug": "personal", "organization": "Jane Doe",
                 "apps": ["web", "worker"], "user": "jane@example.com",
                 "restricted_to_machine": "3d8d9e1be77389", "source_machine_id": "148e272b5d4e89"},
                {"token_id": "tok_2", "org_slug": "example", "apps": null}
            ]
        })"));
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens.at(0).tokenId(), u"tok_1"_s);
        QCOMPARE(tokens.at(0).orgSlug(), u"personal"_s);
        QCOMPARE(tokens.at(0).organization(), u"Jane Doe"_s);
        QCOMPARE(tokens.at(0).apps(), (QStringList {u"web"_s, u"worker"_s}));
        QCOMPARE(tokens.at(0).user(), u"jane@example.com"_s);
        QCOMPARE(tokens.at(0).restrictedToMachine(), u"3d8d9e1be77389"_s);
        QCOMPARE(tokens.at(0).sourceMachineId(), u"148e272b5d4e89"_s);
        QVERIFY(tokens.at(1).apps().isEmpty());
        QVERIFY(tokens.at(1).user().isEmpty());
        QVERIFY(TokenInfo::listFromResponse(QJsonObject()).isEmpty());
    }

    void readsSecrets()
    {
        const SecretList list = SecretList::fromResponse(valuetest::parseObject(R"({
            "secrets": [
                {"name": "DATABASE_URL", "digest": "a1b2c3", "created_at": "2024-05-01T12:00:00Z",
                 "updated_at": "2024-05-02T08:30:00Z"},
                {"name": "API_TOKEN", "digest": "d4e5f6", "value": "s3cr3t"}
            ],
            "version": 7
        })"));
        QCOMPARE(list.version, qint64(7));
        QCOMPARE(list.secrets.size(), 2);
        const Secret database = list.secrets.at(0);
        QCOMPARE(database.name(), u"DATABASE_URL"_s);
        QCOMPARE(database.digest(), u"a1b2c3"_s);
        QCOMPARE(database.createdAt(), parseRfc3339(u"2024-05-01T12:00:00Z"_s));
        QCOMPARE(database.updatedAt(), parseRfc3339(u"2024-05-02T08:30:00Z"_s));
        QVERIFY(!database.hasValue());
        QVERIFY(list.secrets.at(1).hasValue());
        QCOMPARE(list.secrets.at(1).value(), u"s3cr3t"_s);
    }

    void readsTheDeprecatedCapitalisedVersion()
    {
        const Secret set(valuetest::parseObject(
            R"({"name": "A", "digest": "x", "Version": 12, "created_at": "2024-05-01T12:00:00Z"})"));
        QCOMPARE(set.version(), qint64(12));
        const SecretList list =
            SecretList::fromResponse(valuetest::parseObject(R"({"Version": 3})"));
        QCOMPARE(list.version, qint64(3));
        QVERIFY(list.secrets.isEmpty());
        QCOMPARE(SecretList::fromResponse(QJsonObject()).version, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
