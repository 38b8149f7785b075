// The hangar-sim executable as a person runs it: flags, the loopback rule, a curl-like request.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray getWithToken(
    QNetworkAccessManager &network, const QString &url, const QByteArray &token, int *status)
{
    QNetworkRequest request {QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

class TestHangarSimCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void helpAndVersion()
    {
        QProcess process;
        process.start(QStringLiteral(HANGAR_SIM_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        QVERIFY(help.contains("--listen"));
        QVERIFY(help.contains("--seed"));
        process.start(QStringLiteral(HANGAR_SIM_EXECUTABLE), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().startsWith("hangar-sim "));
    }

    void refusesNonLoopbackAddresses()
    {
        QProcess process;
        process.start(QStringLiteral(HANGAR_SIM_EXECUTABLE),
            {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:4280")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("loopback"));
    }

    void servesTheDemoFleetWithTheGivenToken()
    {
        const quint16 port = freePort();
        QTemporaryDir dir;
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(HANGAR_SIM_EXECUTABLE),
            {QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--token"),
                QStringLiteral("t"), QStringLiteral("--speed"), QStringLiteral("0.05"),
                QStringLiteral("--state"), dir.filePath(QStringLiteral("state.json"))});
        QVERIFY(process.waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput(),
                                     output.contains("serving the Fly Machines API"))
                || process.state() != QProcess::Running,
            10000);
        QCOMPARE(process.state(), QProcess::Running);

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        int status = 0;
        const QByteArray apps = getWithToken(network,
            QStringLiteral("http://127.0.0.1:%1/v1/apps?org_slug=personal").arg(port), "t",
            &status);
        QCOMPARE(status, 200);
        QVERIFY(QJsonDocument::fromJson(apps).object().value(QLatin1String("apps")).toArray().size()
            >= 3);
        getWithToken(network,
            QStringLiteral("http://127.0.0.1:%1/v1/apps?org_slug=personal").arg(port), "wrong",
            &status);
        QCOMPARE(status, 401);

        process.terminate(); // SIGTERM: saves its state and exits cleanly
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("state.json"))));
    }

    void generatesAndPrintsATokenOnce()
    {
        QProcess process;
        process.start(QStringLiteral(HANGAR_SIM_EXECUTABLE),
            {QStringLiteral("--seed"), QStringLiteral("empty")});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += process.readAllStandardOutput(), output.contains("Ctrl+C")), 10000);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("token: (fm2_\\S+)"))
                .match(QString::fromUtf8(output));
        QVERIFY(match.hasMatch());
        QCOMPARE(output.count(match.captured(1).toUtf8()), 1);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestHangarSimCli)
#include "tst_hangarsimcli.moc"
