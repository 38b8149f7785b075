// Account profiles: the API address as typed, what is refused, the JSON kept in the settings,
// the FLY_API_TOKEN account and the production guard's rules.
#include "api/requestfactory.h"
#include "core/accounts/accountprofile.h"
#include "core/accounts/environmentaccount.h"
#include "core/accounts/productionguard.h"
#include "core/accounts/profilestorage.h"
#include "core/settings/settings.h"

#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hangar::core;

namespace {

// Two good profiles, one without an id and a duplicate id.
const char kMixedProfiles[] = R"([{"id":"a","name":"A"},{"name":"no id"},{"id":"a","name":"dup"},)"
                              R"({"id":"b","apiUrl":"http://127.0.0.1:1/v1"}])";

} // namespace

class TestAccountProfile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normalizesTheApiAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("as the issue says") << "https://api.machines.dev"
                                           << "https://api.machines.dev/v1";
        QTest::newRow("with /v1") << "https://api.machines.dev/v1"
                                  << "https://api.machines.dev/v1";
        QTest::newRow("trailing slashes") << "https://api.machines.dev/v1//"
                                          << "https://api.machines.dev/v1";
        QTest::newRow("bare host gets https") << "api.machines.dev"
                                              << "https://api.machines.dev/v1";
        QTest::newRow("spaces") << "  https://api.machines.dev/  "
                                << "https://api.machines.dev/v1";
        QTest::newRow("internal address keeps its port") << "http://_api.internal:4280"
                                                         << "http://_api.internal:4280/v1";
        QTest::newRow("simulator") << "http://127.0.0.1:4280/v1"
                                   << "http://127.0.0.1:4280/v1";
        QTest::newRow("another path is kept") << "https://proxy.example.com/fly/v1/"
                                              << "https://proxy.example.com/fly/v1";
    }

    void normalizesTheApiAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(normalizedApiUrl(typed).toString(), expected);
    }

    void theDefaultAddressIsThePublicApi()
    {
        QCOMPARE(AccountProfile().apiUrl, QUrl(QStringLiteral("https://api.machines.dev/v1")));
        QVERIFY(apiUrlProblem(AccountProfile::defaultApiUrl()).isEmpty());
    }

    void plainHttpToAnotherComputerIsRefusedWithTheSentence()
    {
        const QUrl remote = normalizedApiUrl(QStringLiteral("http://remote.example.com"));
        const QString problem = apiUrlProblem(remote);
        QCOMPARE(problem, hangar::api::RequestFactory::refusalFor(remote));
        QVERIFY2(problem.startsWith(QLatin1String("Hangar only talks to the API over https")),
            qPrintable(problem));
        QVERIFY(problem.contains(QLatin1String("http://remote.example.com/v1")));
        // Loopback (the simulator) is the one place plain http is allowed.
        QVERIFY(apiUrlProblem(normalizedApiUrl(QStringLiteral("http://127.0.0.1:9/v1"))).isEmpty());
        QVERIFY(apiUrlProblem(normalizedApiUrl(QStringLiteral("http://localhost:9"))).isEmpty());
        QVERIFY(!apiUrlProblem(QUrl()).isEmpty());
    }

    void aTokenInTheAddressIsRefused()
    {
        const QUrl url(QStringLiteral("https://user:secret@api.machines.dev/v1"));
        QVERIFY(apiUrlProblem(url).contains(QLatin1String("token field")));
    }

    void jsonRoundTripHasNoTokenField()
    {
        AccountProfile profile;
        profile.id = AccountProfile::newId();
        profile.name = QStringLiteral("Acme production");
        profile.apiUrl = normalizedApiUrl(QStringLiteral("https://api.machines.dev"));
        profile.orgSlugs = {QStringLiteral("acme"), QStringLiteral("personal")};
        profile.colour = QStringLiteral("#d0342c");
        profile.production = true;
        const QJsonObject json = profile.toJson();
        QCOMPARE(json.keys(),
            (QStringList {QStringLiteral("apiUrl"), QStringLiteral("colour"), QStringLiteral("id"),
                QStringLiteral("name"), QStringLiteral("orgs"), QStringLiteral("production")}));
        const auto back = AccountProfile::fromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, profile);
        QVERIFY(!AccountProfile::fromJson(QJsonObject {{QStringLiteral("name"), 1}}));
    }

    void endpointCarriesTheProfile()
    {
        AccountProfile profile;
        profile.id = QStringLiteral("p1");
        profile.name = QStringLiteral("Staging");
        profile.orgSlugs = {QStringLiteral("acme")};
        profile.production = true;
        const AccountEndpoint endpoint = profile.endpoint(QStringLiteral("fm2_abc"));
        QCOMPARE(endpoint.id, QStringLiteral("p1"));
        QCOMPARE(endpoint.label, QStringLiteral("Staging"));
        QCOMPARE(endpoint.baseUrl, AccountProfile::defaultApiUrl());
        QCOMPARE(endpoint.token, QStringLiteral("fm2_abc"));
        QCOMPARE(endpoint.orgSlugs, QStringList {QStringLiteral("acme")});
        QVERIFY(endpoint.production);
        QVERIFY(!endpoint.sandbox);
    }

    void storageSkipsWhatItCannotRead()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("hangar.ini")));
        QVERIFY(loadProfiles(settings).isEmpty());
        settings.setValue(Setting::AccountProfiles, QStringLiteral("not json"));
        QVERIFY(loadProfiles(settings).isEmpty());
        settings.setValue(Setting::AccountProfiles, QString::fromUtf8(kMixedProfiles));
        const QList<AccountProfile> profiles = loadProfiles(settings);
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).name, QStringLiteral("A"));
        QCOMPARE(profiles.at(0).apiUrl, AccountProfile::defaultApiUrl());
        QCOMPARE(profiles.at(1).apiUrl, QUrl(QStringLiteral("http://127.0.0.1:1/v1")));
        saveProfiles(settings, profiles);
        QCOMPARE(loadProfiles(settings), profiles);
    }

    void environmentTokenIsATemporaryAccount()
    {
        QProcessEnvironment environment;
        QVERIFY(!environmentAccount(environment));
        environment.insert(QStringLiteral("FLY_API_TOKEN"), QStringLiteral(" FlyV1 fm2_env "));
        auto endpoint = environmentAccount(environment);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->id, environmentAccountId());
        QCOMPARE(endpoint->token, QStringLiteral("FlyV1 fm2_env"));
        QCOMPARE(endpoint->baseUrl, AccountProfile::defaultApiUrl());
        QVERIFY(endpoint->label.contains(QLatin1String("FLY_API_TOKEN")));
        QVERIFY(!endpoint->sandbox && !endpoint->production);

        environment.insert(
            QStringLiteral("FLY_FLAPS_BASE_URL"), QStringLiteral("http://127.0.0.1:4280"));
        endpoint = environmentAccount(environment);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:4280/v1")));
    }

    void environmentFallsBackToFlyAccessToken()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("FLY_ACCESS_TOKEN"), QStringLiteral("user-token"));
        const auto endpoint = environmentAccount(environment);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->token, QStringLiteral("user-token"));
        QVERIFY(endpoint->label.contains(QLatin1String("FLY_ACCESS_TOKEN")));
    }

    void environmentAccountRefusesPlainHttpToARemoteHost()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("FLY_API_TOKEN"), QStringLiteral("fm2_env"));
        environment.insert(
            QStringLiteral("FLY_API_BASE_URL"), QStringLiteral("http://remote.example.com"));
        QString problem;
        QVERIFY(!environmentAccount(environment, &problem));
        QVERIFY2(problem.startsWith(QLatin1String("Hangar only talks to the API over https")),
            qPrintable(problem));
    }

    void productionGuardRules_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("app");
        QTest::addColumn<bool>("production");
        QTest::addColumn<QString>("destroy");
        QTest::addColumn<QString>("stop");
        const QStringList one {QStringLiteral("web-1")};
        const QStringList two {QStringLiteral("web-1"), QStringLiteral("web-2")};
        QTest::newRow("one, not production") << one << "web" << false << "web-1"
                                             << "";
        QTest::newRow("two, not production") << two << "web" << false << "2"
                                             << "";
        QTest::newRow("one, production") << one << "web" << true << "web-1"
                                         << "";
        QTest::newRow("two of one app, production") << two << "web" << true << "web"
                                                    << "web";
        QTest::newRow("two apps, production") << two << "" << true << "Acme prod"
                                              << "Acme prod";
    }

    void productionGuardRules()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, app);
        QFETCH(bool, production);
        QFETCH(QString, destroy);
        QFETCH(QString, stop);
        GuardTarget target;
        target.names = names;
        target.appName = app;
        target.accountName = QStringLiteral("Acme prod");
        target.production = production;
        QCOMPARE(destroyConfirmation(target), destroy);
        QCOMPARE(stopConfirmation(target), stop);
    }
};

QTEST_GUILESS_MAIN(TestAccountProfile)
#include "tst_accountprofile.moc"
