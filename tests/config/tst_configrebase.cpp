#include "core/config/configrebase.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using hangar::core::rebaseEdits;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestConfigRebase : public QObject {
    Q_OBJECT

private slots:
    void theirChangesSurviveWhereIDidNotEdit()
    {
        const QJsonObject base =
            json(R"({"image":"nginx:1.25","guest":{"cpus":1,"memory_mb":256}})");
        const QJsonObject mine =
            json(R"({"image":"nginx:1.27","guest":{"cpus":1,"memory_mb":256}})");
        const QJsonObject theirs =
            json(R"({"image":"nginx:1.25","guest":{"cpus":1,"memory_mb":512}})");
        QStringList overridden;
        const QJsonObject merged = rebaseEdits(base, mine, theirs, &overridden);
        QCOMPARE(merged, json(R"({"image":"nginx:1.27","guest":{"cpus":1,"memory_mb":512}})"));
        QVERIFY(overridden.isEmpty());
    }

    void nestedObjectsMergeKeyByKey()
    {
        const QJsonObject base = json(R"({"env":{"A":"1"}})");
        const QJsonObject mine = json(R"({"env":{"A":"1","B":"2"}})");
        const QJsonObject theirs = json(R"({"env":{"A":"1","C":"3"}})");
        QCOMPARE(rebaseEdits(base, mine, theirs), json(R"({"env":{"A":"1","B":"2","C":"3"}})"));
    }

    void bothChangingTheSameValueKeepsMineAndSaysSo()
    {
        const QJsonObject base =
            json(R"({"guest":{"memory_mb":256},"services":[{"internal_port":80}]})");
        const QJsonObject mine =
            json(R"({"guest":{"memory_mb":1024},"services":[{"internal_port":8080}]})");
        const QJsonObject theirs =
            json(R"({"guest":{"memory_mb":512},"services":[{"internal_port":81}]})");
        QStringList overridden;
        const QJsonObject merged = rebaseEdits(base, mine, theirs, &overridden);
        QCOMPARE(merged, mine);
        overridden.sort();
        QCOMPARE(overridden, QStringList({u"guest.memory_mb"_s, u"services"_s}));
    }

    void removalsAreReplayed()
    {
        const QJsonObject base = json(R"({"image":"a","schedule":"daily","metadata":{"x":"1"}})");
        const QJsonObject mine = json(R"({"image":"a","metadata":{}})");
        const QJsonObject theirs =
            json(R"({"image":"b","schedule":"daily","metadata":{"x":"1"},"new":true})");
        QCOMPARE(
            rebaseEdits(base, mine, theirs), json(R"({"image":"b","metadata":{},"new":true})"));
    }

    void sameChangeOnBothSidesIsNoConflict()
    {
        const QJsonObject base = json(R"({"image":"a"})");
        const QJsonObject mine = json(R"({"image":"b"})");
        QStringList overridden;
        QCOMPARE(rebaseEdits(base, mine, mine, &overridden), mine);
        QVERIFY(overridden.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigRebase)
#include "tst_configrebase.moc"
