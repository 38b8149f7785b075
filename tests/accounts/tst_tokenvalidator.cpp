// Checking a token before it is saved: against hangar-sim (a good token, a wrong one), against
// a fake network for what the simulator cannot say (expired, 403, no organization), and against
// a TLS server whose certificate cannot be trusted.
#include "apiharness.h"
#include "core/accounts/accountprofile.h"
#include "core/accounts/tokenvalidator.h"
#include "fakes/fakenetwork.h"
#include "sim/server/simserver.h"
#include "support/logcapture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace hangar::core;
using hangar::tests::ApiHarness;
using hangar::tests::FakeNetworkAccessManager;
using hangar::tests::FakeRequest;
using hangar::tests::FakeResponse;
using hangar::tests::LogCapture;

namespace {

const QString kSimToken = QStringLiteral("fm2_validatorSimulatorSecret4Yh7Wq2Zp9");
const QString kWrongToken = QStringLiteral("fm2_notTheRightOneAtAll8Jx3Lm5");
const QString kRejectedMessage = QStringLiteral(
    "The token was rejected. Check that it is complete and has not expired or been revoked.");

TokenCheck runCheck(QNetworkAccessManager *network, const QUrl &url, const QString &token)
{
    TokenValidator validator(network);
    std::optional<TokenCheck> result;
    QObject::connect(&validator, &TokenValidator::finished, &validator,
        [&result](const TokenCheck &check) { result = check; });
    validator.check(url, token);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return TokenCheck::refused(QStringLiteral("the check did not finish"));
    return *result;
}

QUrl fakeUrl()
{
    return QUrl(QStringLiteral("https://api.machines.dev/v1"));
}

} // namespace

class TestTokenValidator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void aGoodTokenShowsWhatItReaches()
    {
        sim::SimOptions options = ApiHarness::simOptions();
        options.token = kSimToken;
        ApiHarness harness(options);
        harness.createApp(QStringLiteral("reach-demo"));
        const TokenCheck check = runCheck(&m_network, harness.server().baseUrl(), kSimToken);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(int(check.outcome), int(TokenCheck::Outcome::Valid));
        QCOMPARE(check.orgSlugs(),
            (QStringList {QStringLiteral("personal"), QStringLiteral("acme-corp")}));
        QCOMPARE(check.orgs.first().name, QStringLiteral("Sandbox User"));
        QVERIFY(check.orgs.first().apps.contains(QStringLiteral("reach-demo")));
        QVERIFY(!check.orgs.last().apps.contains(QStringLiteral("reach-demo")));
        QVERIFY(!check.user.isEmpty());
        QVERIFY(!check.personal);
        QVERIFY2(
            check.message.startsWith(QLatin1String("The token works. It reaches 2 organization")),
            qPrintable(check.message));
        QVERIFY(!check.error.isError());
    }

    void aWrongTokenGetsThe401Message()
    {
        sim::SimOptions options = ApiHarness::simOptions();
        options.token = kSimToken;
        ApiHarness harness(options);
        const TokenCheck check = runCheck(&m_network, harness.server().baseUrl(), kWrongToken);
        QCOMPARE(int(check.outcome), int(TokenCheck::Outcome::Invalid));
        QCOMPARE(check.error.httpStatus(), 401);
        QCOMPARE(check.message, kRejectedMessage);
        QVERIFY(check.orgs.isEmpty());
    }

    void theAddressIsCheckedBeforeAnythingIsSent()
    {
        FakeNetworkAccessManager network(
            [](const FakeRequest &) { return FakeResponse::json(200, "{\"tokens\":[]}"); });
        TokenCheck check = runCheck(
            &network, normalizedApiUrl(QStringLiteral("http://remote.example.com")), kSimToken);
        QCOMPARE(int(check.outcome), int(TokenCheck::Outcome::Refused));
        QVERIFY2(check.message.startsWith(QLatin1String("Hangar only talks to the API over https")),
            qPrintable(check.message));
        check = runCheck(&network, fakeUrl(), QStringLiteral("   "));
        QCOMPARE(int(check.outcome), int(TokenCheck::Outcome::Refused));
        QCOMPARE(check.message, QStringLiteral("Paste a token first."));
        QVERIFY(network.requests().isEmpty());
    }

    void answersTheSimulatorCannotGive_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("messageStart");
        using O = TokenCheck::Outcome;
        QTest::newRow("expired") << kSimToken << 401
                                 << QByteArray(R"({"error":"token has expired"})")
                                 << int(O::Expired) << "This token has expired.";
        QTest::newRow("rejected") << kSimToken << 401 << QByteArray(R"({"error":"unauthorized"})")
                                  << int(O::Invalid) << kRejectedMessage;
        QTest::newRow("forbidden")
            << kSimToken << 403 << QByteArray(R"({"error":"forbidden"})") << int(O::TooNarrow)
            << "Fly.io knows this token but it is too narrow";
        QTest::newRow("no organization")
            << kSimToken << 200 << QByteArray(R"({"tokens":[]})") << int(O::TooNarrow)
            << "Fly.io accepts this token, but it reaches no organization";
        QTest::newRow("personal token")
            << QStringLiteral("personal-user-token") << 200 << QByteArray(R"({"tokens":[]})")
            << int(O::Valid) << "The token works. It is a personal token";
        QTest::newRow("platform trouble") << kSimToken << 503 << QByteArray(R"({"error":"down"})")
                                          << int(O::Failed) << "Fly.io had a problem (HTTP 503)";
    }

    void answersTheSimulatorCannotGive()
    {
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        QFETCH(QString, messageStart);
        FakeNetworkAccessManager network(
            [status, body](const FakeRequest &) { return FakeResponse::json(status, body); });
        const TokenCheck check = runCheck(&network, fakeUrl(), token);
        QCOMPARE(int(check.outcome), outcome);
        QVERIFY2(check.message.startsWith(messageStart), qPrintable(check.message));
        QVERIFY(!network.requests().isEmpty());
        QCOMPARE(network.requests().first().url.path(), QStringLiteral("/v1/tokens/current"));
    }

    void severalTokensOfOneOrgAreMerged()
    {
        FakeNetworkAccessManager network([](const FakeRequest &) {
            return FakeResponse::json(200,
                R"({"tokens":[{"token_id":"a","org_slug":"acme","organization":"Acme","apps":["web"],"user":"jo@acme.test"},)"
                R"({"token_id":"b","org_slug":"acme","organization":"Acme","apps":["api","web"]},)"
                R"({"token_id":"c","org_slug":"personal","organization":"Jo","apps":[]}]})");
        });
        const TokenCheck check = runCheck(&network, fakeUrl(), QStringLiteral("FlyV1 fm2_a,fm2_b"));
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(
            check.orgSlugs(), (QStringList {QStringLiteral("acme"), QStringLiteral("personal")}));
        QCOMPARE(
            check.orgs.first().apps, (QStringList {QStringLiteral("web"), QStringLiteral("api")}));
        QVERIFY(check.orgs.last().apps.isEmpty());
        QCOMPARE(check.user, QStringLiteral("jo@acme.test"));
        QVERIFY2(
            check.message.startsWith(QLatin1String("The token works. It reaches 2 organization")),
            qPrintable(check.message));
        QCOMPARE(
            network.requests().first().header("authorization"), QByteArray("FlyV1 fm2_a,fm2_b"));
    }

    void aServerQuotingTheTokenDoesNotPutItOnScreen()
    {
        FakeNetworkAccessManager network([](const FakeRequest &) {
            return FakeResponse::json(
                400, QByteArray(R"({"error":"bad token )") + kSimToken.toUtf8() + "\"}");
        });
        const TokenCheck check = runCheck(&network, fakeUrl(), kSimToken);
        QCOMPARE(int(check.outcome), int(TokenCheck::Outcome::Failed));
        QVERIFY2(!check.message.contains(kSimToken), qPrintable(check.message));
        QVERIFY(check.message.contains(QLatin1String("[redacted]")));
    }

    void noNetworkIsUnreachable()
    {
        FakeNetworkAccessManager network([](const FakeRequest &) {
            return FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
        });
        const TokenCheck check = runCheck(&network, fakeUrl(), kSimToken);
        QCOMPARE(int(check.outcome), int(TokenCheck::Outcome::Unreachable));
        QCOMPARE(int(check.error.kind()), int(api::ApiError::Kind::Network));
        QVERIFY(check.message.contains(QLatin1String("proxy settings")));
    }

    void aCertificateProblemIsShownAndNeverIgnored()
    {
        const QString data = QStringLiteral(HANGAR_ACCOUNTS_TEST_DATA);
        QFile certificateFile(data + QStringLiteral("/selfsigned.crt"));
        QFile keyFile(data + QStringLiteral("/selfsigned.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QVERIFY(!key.isNull());
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        const QList<QSslError> expected =
            QSslCertificate::verify({certificate}, QStringLiteral("127.0.0.1"));
        QVERIFY(!expected.isEmpty());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort()));
        const TokenCheck check = runCheck(&m_network, url, kSimToken);
        QCOMPARE(int(check.outcome), int(TokenCheck::Outcome::Unreachable));
        QCOMPARE(int(check.error.kind()), int(api::ApiError::Kind::Tls));
        QVERIFY2(check.message.startsWith(QLatin1String("The secure connection failed: ")),
            qPrintable(check.message));
        const bool named =
            std::any_of(expected.cbegin(), expected.cend(), [&check](const QSslError &error) {
                return check.message.contains(error.errorString());
            });
        QVERIFY2(named, qPrintable(check.message));
        QVERIFY(check.message.contains(QLatin1String("never connects")));
    }

    void theWireLogNeverCarriesTheToken()
    {
        sim::SimOptions options = ApiHarness::simOptions();
        options.token = kSimToken;
        ApiHarness harness(options);
        QLoggingCategory::setFilterRules(
            QStringLiteral("hangar.api.wire.debug=true\nhangar.accounts.debug=true"));
        QString text;
        {
            LogCapture log;
            QVERIFY(runCheck(&m_network, harness.server().baseUrl(), kSimToken).ok());
            QVERIFY(!runCheck(&m_network, harness.server().baseUrl(), kWrongToken).ok());
            text = log.text();
        }
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(text.contains(QLatin1String("/v1/tokens/current")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Authorization: FlyV1 [redacted]")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("hangar.accounts")));
        QVERIFY(!text.contains(kSimToken));
        QVERIFY(!text.contains(kWrongToken));
        QVERIFY(!text.contains(kSimToken.mid(4))); // without the fm2_ prefix either
    }

private:
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "tst_tokenvalidator.moc"
