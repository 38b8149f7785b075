// Hangar's translations load, and a window built after choosing German speaks German.
#include "core/config/draftstore.h"
#include "core/i18n/languages.h"
#include "core/jobs/jobmanager.h"
#include "core/settings/settings.h"
#include "gui/mainwindow.h"

#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hangar;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyLanguageLoads_data()
    {
        QTest::addColumn<QString>("code");
        for (const core::Language &language : core::availableLanguages())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
    void everyLanguageLoads()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY(translator.load(u"hangar_"_s + code, QStringLiteral(HANGAR_QM_DIR)));
        QVERIFY(!translator.isEmpty());
        // A plural every language has: the machine count of an app.
        const QString one =
            translator.translate("hangar::gui::AppPanel", "%n machine(s): %1", nullptr, 1);
        const QString many =
            translator.translate("hangar::gui::AppPanel", "%n machine(s): %1", nullptr, 5);
        QVERIFY2(
            !one.isEmpty() && !many.isEmpty() && one != many, qPrintable(one + u" / "_s + many));
        QVERIFY(!one.contains(u"(s)"_s));
    }

    void theLoaderFollowsTheOverride()
    {
        {
            const core::LanguageLoader german(QStringLiteral(HANGAR_QM_DIR), u"de"_s);
            QCOMPARE(german.locale().language(), QLocale::German);
            QVERIFY(german.isTranslated());
            QVERIFY(QCoreApplication::translate("hangar::gui::MainWindow", "&Refresh")
                != QLatin1String("&Refresh"));
        }
        // Gone with the loader: English again.
        QCOMPARE(QCoreApplication::translate("hangar::gui::MainWindow", "&Refresh"), u"&Refresh"_s);
        const core::LanguageLoader unknown(
            QStringLiteral(HANGAR_QM_DIR), u"ja"_s); // no Japanese yet
        QVERIFY(!unknown.isTranslated());
        QLocale::setDefault(QLocale::c());
    }

    void aGermanWindowSpeaksGerman()
    {
        const core::LanguageLoader german(QStringLiteral(HANGAR_QM_DIR), u"de"_s);
        QTemporaryDir dir;
        core::Settings settings(dir.filePath(u"settings.ini"_s));
        core::JobManager jobs;
        core::DraftStore drafts(dir.filePath(u"drafts.json"_s));
        QNetworkAccessManager network;
        gui::MainWindow window(settings, jobs, drafts, &network);
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 3);
        const QString file = QCoreApplication::translate("hangar::gui::MainWindow", "&File");
        QVERIFY(file != QLatin1String("&File"));
        QCOMPARE(menus.first()->text(), file);
        QStringList english;
        for (QAction *menu : menus)
            if (menu->text() == QLatin1String("&File") || menu->text() == QLatin1String("&View")
                || menu->text() == QLatin1String("&Machine"))
                english.append(menu->text());
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u", "_s)));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
