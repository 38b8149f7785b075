#include "api/authheader.h"
#include "api/requestfactory.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;

class TestAuthHeader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void schemes_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("deploy token as printed")
            << "FlyV1 fm2_lJPE,fm2_lJPF" << QByteArray("FlyV1 fm2_lJPE,fm2_lJPF");
        QTest::newRow("doubled scheme") << "Bearer FlyV1 fm2_abc" << QByteArray("FlyV1 fm2_abc");
        QTest::newRow("old macaroon") << "fm1r_abc" << QByteArray("FlyV1 fm1r_abc");
        QTest::newRow("fm1a") << "fm1a_abc" << QByteArray("FlyV1 fm1a_abc");
        QTest::newRow("user token") << "  Bearer xyz123 " << QByteArray("Bearer xyz123");
        QTest::newRow("mixed keeps the macaroons")
            << "oauth123,fm2_abc" << QByteArray("FlyV1 fm2_abc");
        QTest::newRow("empty") << "" << QByteArray();
        QTest::newRow("scheme only") << "Bearer " << QByteArray();
    }

    void schemes()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, header);
        QCOMPARE(authorizationHeader(token), header);
    }

    void onlyHttpsOrLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("fly") << "https://api.machines.dev/v1" << true;
        QTest::newRow("loopback") << "http://127.0.0.1:4280/v1" << true;
        QTest::newRow("localhost") << "http://localhost:4280/v1" << true;
        QTest::newRow("ipv6 loopback") << "http://[::1]:4280/v1" << true;
        QTest::newRow("plain http remote") << "http://api.machines.dev/v1" << false;
        QTest::newRow("internal http") << "http://_api.internal:4280/v1" << false;
        QTest::newRow("ftp") << "ftp://example.com/" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }

    void onlyHttpsOrLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(RequestFactory::refusalFor(QUrl(url)).isEmpty(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestAuthHeader)
#include "tst_authheader.moc"
