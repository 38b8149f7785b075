#include "sim/server/tokencheck.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestTokenCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void acceptedForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("matches");
        QTest::newRow("bearer") << QByteArray("Bearer fm2_abc") << true;
        QTest::newRow("flyv1") << QByteArray("FlyV1 fm2_abc") << true;
        QTest::newRow("doubled scheme") << QByteArray("Bearer FlyV1 fm2_abc") << true;
        QTest::newRow("lower case scheme") << QByteArray("bearer fm2_abc") << true;
        QTest::newRow("list with the token") << QByteArray("FlyV1 fm2_other,fm2_abc") << true;
        QTest::newRow("wrong token") << QByteArray("Bearer fm2_abd") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("scheme only") << QByteArray("Bearer") << false;
        QTest::newRow("prefix of the token") << QByteArray("Bearer fm2_ab") << false;
    }

    void acceptedForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, matches);
        QCOMPARE(authorizationMatches(header, QStringLiteral("fm2_abc")), matches);
    }

    void generatedTokensLookLikeMacaroonsAndDiffer()
    {
        const QString first = generateToken();
        const QString second = generateToken();
        QVERIFY(first.startsWith(QLatin1String("fm2_")));
        QVERIFY(first.size() > 40);
        QVERIFY(first != second);
    }

    void redactionHidesTheToken()
    {
        QCOMPARE(redactAuthorization("Bearer secret"), QByteArray("Bearer [redacted]"));
        QCOMPARE(redactAuthorization("secret"), QByteArray("[redacted]"));
    }
};

QTEST_GUILESS_MAIN(TestTokenCheck)
#include "tst_tokencheck.moc"
