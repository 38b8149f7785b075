#include "sim/server/simoptions.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

namespace {
SimOptionsParse parse(const QStringList &arguments)
{
    return parseSimOptions(QStringList {QStringLiteral("hangar-sim")} + arguments);
}
} // namespace

class TestSimOptions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        const SimOptionsParse result = parse({});
        QVERIFY(result.options);
        QCOMPARE(result.options->address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(result.options->port, quint16(0));
        QCOMPARE(result.options->seed, QStringLiteral("demo"));
        QCOMPARE(result.options->speed, 1.0);
        QVERIFY(result.options->rateLimit);
        QVERIFY(result.options->token.isEmpty());
    }

    void everyFlag()
    {
        const SimOptionsParse result = parse({QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:4280"), QStringLiteral("--token"), QStringLiteral("t"),
            QStringLiteral("--state"), QStringLiteral("/tmp/x.json"), QStringLiteral("--seed"),
            QStringLiteral("scale:500"), QStringLiteral("--speed"), QStringLiteral("0.1"),
            QStringLiteral("--no-rate-limit"), QStringLiteral("--latency"), QStringLiteral("25"),
            QStringLiteral("--shuffle"), QStringLiteral("40"), QStringLiteral("--fail-rate"),
            QStringLiteral("0.2"), QStringLiteral("--stall-rate"), QStringLiteral("0.01"),
            QStringLiteral("--lost-answer-rate"), QStringLiteral("0.05"),
            QStringLiteral("--max-body"), QStringLiteral("2048"), QStringLiteral("--log"),
            QStringLiteral("--random-seed"), QStringLiteral("9")});
        QVERIFY2(result.options, qPrintable(result.error));
        const SimOptions &options = *result.options;
        QCOMPARE(options.port, quint16(4280));
        QCOMPARE(options.token, QStringLiteral("t"));
        QCOMPARE(options.stateFile, QStringLiteral("/tmp/x.json"));
        QCOMPARE(options.seed, QStringLiteral("scale:500"));
        QCOMPARE(options.speed, 0.1);
        QVERIFY(!options.rateLimit);
        QCOMPARE(options.faults.latencyMs, 25);
        QCOMPARE(options.faults.handlingJitterMs, 40);
        QCOMPARE(options.faults.failRate, 0.2);
        QCOMPARE(options.faults.stallRate, 0.01);
        QCOMPARE(options.faults.lostAnswerRate, 0.05);
        QCOMPARE(options.maxBodyBytes, qint64(2048));
        QVERIFY(options.log);
        QCOMPARE(options.randomSeed, quint32(9));
    }

    void loopbackOnly_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ipv4 loopback") << "127.0.0.1:4280" << true;
        QTest::newRow("other 127/8") << "127.0.0.2:4280" << true;
        QTest::newRow("ipv6 loopback") << "[::1]:4280" << true;
        QTest::newRow("localhost") << "localhost:4280" << true;
        QTest::newRow("any ipv4") << "0.0.0.0:4280" << false;
        QTest::newRow("lan") << "192.168.1.10:4280" << false;
        QTest::newRow("any ipv6") << "[::]:4280" << false;
        QTest::newRow("not an address") << "example.com:80" << false;
        QTest::newRow("bad port") << "127.0.0.1:99999" << false;
    }

    void loopbackOnly()
    {
        QFETCH(QString, listen);
        QFETCH(bool, accepted);
        const SimOptionsParse result = parse({QStringLiteral("--listen"), listen});
        QCOMPARE(bool(result.options), accepted);
        if (!accepted)
            QVERIFY(!result.error.isEmpty());
    }

    void refusalExplainsItself()
    {
        const SimOptionsParse result =
            parse({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:80")});
        QVERIFY(result.error.contains(QLatin1String("loopback")));
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("seed") << QStringList {QStringLiteral("--seed"), QStringLiteral("big")};
        QTest::newRow("scale zero")
            << QStringList {QStringLiteral("--seed"), QStringLiteral("scale:0")};
        QTest::newRow("speed") << QStringList {QStringLiteral("--speed"), QStringLiteral("fast")};
        QTest::newRow("fail rate")
            << QStringList {QStringLiteral("--fail-rate"), QStringLiteral("2")};
        QTest::newRow("latency") << QStringList {QStringLiteral("--latency"), QStringLiteral("-1")};
        QTest::newRow("empty token") << QStringList {QStringLiteral("--token"), QString()};
        QTest::newRow("unknown flag") << QStringList {QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")};
    }

    void badValues()
    {
        QFETCH(QStringList, arguments);
        const SimOptionsParse result = parse(arguments);
        QVERIFY(!result.options);
        QVERIFY(!result.error.isEmpty());
    }

    void helpDocumentsEveryFlag()
    {
        const SimOptionsParse result = parse({QStringLiteral("--help")});
        for (const char *flag :
            {"--listen", "--token", "--state", "--seed", "--speed", "--no-rate-limit", "--latency",
                "--shuffle", "--fail-rate", "--stall-rate", "--max-body", "--log"})
            QVERIFY2(result.output.contains(QLatin1String(flag)), flag);
    }
};

QTEST_GUILESS_MAIN(TestSimOptions)
#include "tst_simoptions.moc"
