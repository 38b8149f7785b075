#include "core/config/draftstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using hangar::core::ConfigDraft;
using hangar::core::DraftStore;

class TestDraftStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void draftsSurviveARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.json"));
        {
            DraftStore store(file);
            QSignalSpy changed(&store, &DraftStore::changed);
            store.save(u"acct"_s, u"my-app"_s, u"m1"_s,
                {QJsonObject {{u"image"_s, u"nginx:1.27"_s}}, u"v1"_s,
                    QJsonObject {{u"image"_s, u"nginx:1.25"_s}}});
            QCOMPARE(changed.count(), 1);
        }
        DraftStore reopened(file);
        const auto draft = reopened.draft(u"acct"_s, u"my-app"_s, u"m1"_s);
        QVERIFY(draft.has_value());
        QCOMPARE(draft->config.value(u"image"_s).toString(), QStringLiteral("nginx:1.27"));
        QCOMPARE(draft->baseVersion, QStringLiteral("v1"));
        QVERIFY(!reopened.draft(u"acct"_s, u"my-app"_s, u"m2"_s).has_value());
        QVERIFY(!reopened.draft(u"other"_s, u"my-app"_s, u"m1"_s).has_value());
    }

    void discardForgetsTheDraftOnDisk()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.json"));
        {
            DraftStore store(file);
            store.save(
                u"acct"_s, u"app"_s, u"m1"_s, {QJsonObject {{u"image"_s, u"a"_s}}, u"v1"_s, {}});
            store.discard(u"acct"_s, u"app"_s, u"m1"_s);
            QCOMPARE(store.count(), 0);
        }
        QCOMPARE(DraftStore(file).count(), 0);
    }

    void theFileIsPrivateToTheUser()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sub/drafts.json"));
        DraftStore store(file);
        store.save(u"acct"_s, u"app"_s, u"m1"_s,
            {QJsonObject {{u"env"_s, QJsonObject {{u"K"_s, u"v"_s}}}}, u"v"_s, {}});
        const QFileDevice::Permissions permissions = QFile(file).permissions();
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(!(permissions & QFileDevice::ReadOther));
        QVERIFY(!(permissions & QFileDevice::ReadGroup));
    }

    void aDamagedFileStartsEmptyWithoutCrashing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.json"));
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArrayLiteral("{ not json"));
        broken.close();
        DraftStore store(file);
        QCOMPARE(store.count(), 0);
        store.save(u"acct"_s, u"app"_s, u"m1"_s, {QJsonObject {{u"image"_s, u"a"_s}}, u"v"_s, {}});
        QCOMPARE(DraftStore(file).count(), 1);
    }

    void defaultLocationIsTheAppDataDirectory()
    {
        DraftStore store;
        QVERIFY(store.file().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
