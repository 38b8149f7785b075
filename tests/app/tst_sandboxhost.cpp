#include "sandboxhost.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hangar;

namespace {

int appCount(const QUrl &base, const QString &token)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/apps"));
    url.setQuery(QStringLiteral("org_slug=personal"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int count = QJsonDocument::fromJson(reply->readAll())
                          .object()
                          .value(QLatin1String("total_apps"))
                          .toInt(-1);
    reply->deleteLater();
    return count;
}

bool createApp(const QUrl &base, const QString &token, const QString &name)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/apps"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(request,
        QJsonDocument(QJsonObject {{QLatin1String("name"), name},
                          {QLatin1String("org_slug"), QStringLiteral("personal")}})
            .toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
    reply->deleteLater();
    return ok;
}

} // namespace

class TestSandboxHost : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsInItsOwnThreadWithARandomTokenAndTheDemoFleet()
    {
        QTemporaryDir dir;
        app::SandboxHost host(dir.filePath(QStringLiteral("sandbox.json")), 0.05);
        QSignalSpy ready(&host, &app::SandboxHost::ready);
        host.start();
        QVERIFY(ready.wait(20000));
        QCOMPARE(host.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(host.token().startsWith(QLatin1String("fm2_")));
        QCOMPARE(appCount(host.baseUrl(), host.token()), 4); // the demo fleet's personal apps
    }

    void theUsersWorkSurvivesARestartAndResetStartsAfresh()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("sandbox.json"));
        QString firstToken;
        {
            app::SandboxHost host(state, 0.05);
            QSignalSpy ready(&host, &app::SandboxHost::ready);
            host.start();
            QVERIFY(ready.wait(20000));
            firstToken = host.token();
            QVERIFY(createApp(host.baseUrl(), host.token(), QStringLiteral("my-own-app")));
            QCOMPARE(appCount(host.baseUrl(), host.token()), 5);
        }
        app::SandboxHost again(state, 0.05);
        QSignalSpy ready(&again, &app::SandboxHost::ready);
        again.start();
        QVERIFY(ready.wait(20000));
        QVERIFY(again.token() != firstToken); // a new random token every run, never saved
        QCOMPARE(appCount(again.baseUrl(), again.token()), 5);
        QSignalSpy reset(&again, &app::SandboxHost::resetDone);
        again.reset();
        QVERIFY(reset.wait(20000));
        QCOMPARE(appCount(again.baseUrl(), again.token()), 4);
    }

    void aDamagedStateFileIsReportedNotOverwritten()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("sandbox.json"));
        QFile file(state);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        app::SandboxHost host(state, 0.05);
        QSignalSpy failed(&host, &app::SandboxHost::failed);
        host.start();
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("damaged")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
