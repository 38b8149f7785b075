// Fly's volume rules as the dialogs check them while typing.
#include "gui/volumes/volumerules.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::gui;

class TestVolumeRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions"); // a word the reason must contain

        QTest::newRow("simple") << QStringLiteral("data") << true << QString();
        QTest::newRow("underscores and digits")
            << QStringLiteral("nginx_data_2") << true << QString();
        QTest::newRow("one character") << QStringLiteral("a") << true << QString();
        QTest::newRow("leading digit") << QStringLiteral("1st") << true << QString();
        QTest::newRow("30 characters") << QString(30, QLatin1Char('x')) << true << QString();
        QTest::newRow("empty") << QString() << false << QStringLiteral("name");
        QTest::newRow("31 characters")
            << QString(31, QLatin1Char('x')) << false << QStringLiteral("30");
        QTest::newRow("upper case") << QStringLiteral("Data") << false << QStringLiteral("“data”");
        QTest::newRow("dash") << QStringLiteral("nginx-data") << true << QString();
        QTest::newRow("leading dash")
            << QStringLiteral("-data") << false << QStringLiteral("letter");
        QTest::newRow("leading underscore")
            << QStringLiteral("_data") << false << QStringLiteral("letter");
        QTest::newRow("space") << QStringLiteral("my data") << false << QStringLiteral("“my_data”");
        QTest::newRow("punctuation") << QStringLiteral("data!") << false << QStringLiteral("“!”");
        QTest::newRow("non-ascii") << QStringLiteral("dätä") << false << QStringLiteral("“ä”");
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const QString problem = volumerules::nameProblem(name);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }

    void sizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<bool>("valid");

        QTest::newRow("smallest") << 1 << 1 << true;
        QTest::newRow("largest") << 500 << 1 << true;
        QTest::newRow("zero") << 0 << 1 << false;
        QTest::newRow("negative") << -3 << 1 << false;
        QTest::newRow("too large") << 501 << 1 << false;
        QTest::newRow("as large as the source") << 3 << 3 << true;
        QTest::newRow("smaller than the source") << 2 << 3 << false;
        QTest::newRow("source too large") << 500 << 600 << false;
    }

    void sizes()
    {
        QFETCH(int, size);
        QFETCH(int, minimum);
        QFETCH(bool, valid);
        QCOMPARE(volumerules::sizeProblem(size, minimum).isEmpty(), valid);
    }

    void sizeReasons()
    {
        QVERIFY(volumerules::sizeProblem(0).contains(QLatin1String("at least 1 GB")));
        QVERIFY(volumerules::sizeProblem(501).contains(QLatin1String("500 GB")));
        QVERIFY(volumerules::sizeProblem(2, 3).contains(QLatin1String("3 GB")));
    }

    void extends_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("wanted");
        QTest::addColumn<bool>("valid");

        QTest::newRow("one more") << 3 << 4 << true;
        QTest::newRow("to the largest") << 3 << 500 << true;
        QTest::newRow("same size") << 3 << 3 << false;
        QTest::newRow("shrink") << 3 << 2 << false;
        QTest::newRow("too large") << 3 << 501 << false;
        QTest::newRow("already the largest") << 500 << 500 << false;
    }

    void extends()
    {
        QFETCH(int, current);
        QFETCH(int, wanted);
        QFETCH(bool, valid);
        QCOMPARE(volumerules::extendProblem(current, wanted).isEmpty(), valid);
    }

    void extendReasons()
    {
        QVERIFY(volumerules::extendProblem(3, 2).contains(QLatin1String("only grow")));
        QVERIFY(volumerules::extendProblem(3, 3).contains(QLatin1String("3 GB")));
        QVERIFY(volumerules::extendProblem(3, 600).contains(QLatin1String("500 GB")));
        QVERIFY(volumerules::extendProblem(500, 501).contains(QLatin1String("largest")));
    }

    void gigabytesForBytes()
    {
        QCOMPARE(volumerules::gbForBytes(0), 1);
        QCOMPARE(volumerules::gbForBytes(1), 1);
        QCOMPARE(volumerules::gbForBytes(qint64(1) << 30), 1);
        QCOMPARE(volumerules::gbForBytes((qint64(1) << 30) + 1), 2);
        QCOMPARE(volumerules::gbForBytes(qint64(3) << 30), 3);
    }
};

QTEST_GUILESS_MAIN(TestVolumeRules)
#include "tst_volumerules.moc"
