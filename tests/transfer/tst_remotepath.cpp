// Remote path checks: nothing reaches a command unless it is absolute, normalised and inside
// the volume.
#include "core/transfer/remotepath.h"

#include <QTest>

using namespace hangar::core;

class TestRemotePath : public QObject {
    Q_OBJECT

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("plain") << QStringLiteral("/data/a") << QStringLiteral("/data/a");
        QTest::newRow("slashes") << QStringLiteral("//data///a/") << QStringLiteral("/data/a");
        QTest::newRow("dots") << QStringLiteral("/data/./a/../b") << QStringLiteral("/data/b");
        QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/");
        QTest::newRow("relative") << QStringLiteral("data/a") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("climbs") << QStringLiteral("/../etc") << QString();
        QTest::newRow("nul") << QStringLiteral("/data/a") + QChar(0) << QString();
        QTest::newRow("long name")
            << QStringLiteral("/") + QString(256, QLatin1Char('x')) << QString();
        QTest::newRow("odd names stay")
            << QStringLiteral("/d/$(x)/; y/\n") << QStringLiteral("/d/$(x)/; y/\n");
    }
    void normalise()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(remotepath::normalise(path).value_or(QString()), expected);
    }

    void inside()
    {
        QCOMPARE(
            remotepath::normaliseInside(QStringLiteral("/data/x/../y"), QStringLiteral("/data")),
            std::optional<QString>(QStringLiteral("/data/y")));
        QVERIFY(
            !remotepath::normaliseInside(QStringLiteral("/data/../etc"), QStringLiteral("/data")));
        QVERIFY(!remotepath::normaliseInside(QStringLiteral("/database"), QStringLiteral("/data")));
        QVERIFY(remotepath::normaliseInside(QStringLiteral("/data"), QStringLiteral("/data/")));
        QVERIFY(remotepath::normaliseInside(QStringLiteral("/etc/x"), QStringLiteral("/")));
    }

    void pieces()
    {
        QCOMPARE(remotepath::rebase(QStringLiteral("/data/a/b"), QStringLiteral("/data"),
                     QStringLiteral("/etc/nginx")),
            QStringLiteral("/etc/nginx/a/b"));
        QCOMPARE(remotepath::rebase(
                     QStringLiteral("/data"), QStringLiteral("/data"), QStringLiteral("/srv")),
            QStringLiteral("/srv"));
        QCOMPARE(remotepath::parentOf(QStringLiteral("/a")), QStringLiteral("/"));
        QCOMPARE(remotepath::nameOf(QStringLiteral("/a/b c")), QStringLiteral("b c"));
        QCOMPARE(remotepath::numberedName(QStringLiteral("report.pdf"), 2),
            QStringLiteral("report (2).pdf"));
        QCOMPARE(
            remotepath::numberedName(QStringLiteral(".bashrc"), 2), QStringLiteral(".bashrc (2)"));
        QVERIFY(!remotepath::isValidName(QStringLiteral("..")));
        QVERIFY(!remotepath::isValidName(QStringLiteral("a/b")));
        QVERIFY(remotepath::isValidName(QStringLiteral("; reboot")));
    }
};

QTEST_GUILESS_MAIN(TestRemotePath)
#include "tst_remotepath.moc"
