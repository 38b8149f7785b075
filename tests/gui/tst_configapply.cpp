// Editing a machine's config in the window and applying it: the review, the job, a change made
// by someone else meanwhile, drafts kept across a restart, and restoring an older version.
#include "apiharness.h"
#include "core/jobs/operationjob.h"
#include "gui/config/configeditor.h"
#include "gui/panels/machineconfigtab.h"
#include "gui/panels/machinehistorytab.h"
#include "gui/review/confighistorywidget.h"
#include "gui/review/reviewdialog.h"
#include "sim/world/simworld.h"
#include "support/windowharness.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace Qt::StringLiterals;

class TestConfigApply : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::WindowHarness> m_harness;

    gui::MainWindow &window() const { return m_harness->window(); }
    gui::MachineConfigTab *tab() const { return window().configTab(); }
    const sim::SimMachine *simMachine(const QString &app, const QString &name) const
    {
        for (const sim::SimMachine *machine : m_harness->sim().world().machinesOfApp(app, true))
            if (machine->name == name)
                return machine;
        return nullptr;
    }

    void openConfigOf(const QString &path)
    {
        QVERIFY(window().selectPath(path));
        QVERIFY(window().showView(u"config"_s));
        QTRY_VERIFY(tab()->isVisible());
    }
    void typeImage(const QString &image)
    {
        auto *edit = tab()->findChild<QLineEdit *>(u"imageEdit"_s);
        edit->selectAll();
        QTest::keyClicks(edit, image);
    }
    gui::ReviewDialog *clickReview()
    {
        auto *button = tab()->findChild<QPushButton *>(u"reviewConfigButton"_s);
        if (!button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return tab()->reviewDialog();
    }
    // Another client (a colleague, a deploy script) changes the machine behind the window's back.
    bool updateByOtherClient(
        const QString &id, const std::function<void(api::MachineConfig &)> &edit)
    {
        api::ApiClient &other = m_harness->otherClient();
        const auto current = tests::await(other.getMachine(u"api-backend"_s, id));
        if (!current.ok())
            return false;
        api::UpdateMachineRequest theirs;
        theirs.config = current->config();
        edit(theirs.config);
        return tests::await(other.updateMachine(u"api-backend"_s, id, theirs)).ok();
    }
    static void click(QWidget *dialog, const char *buttonName)
    {
        auto *button = dialog->findChild<QPushButton *>(QLatin1String(buttonName));
        QVERIFY2(button && button->isVisible() && button->isEnabled(), buttonName);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_harness = std::make_unique<testing::WindowHarness>();
        QString error;
        QVERIFY2(m_harness->start(u"demo"_s, &error), qPrintable(error));
    }
    void cleanup() { m_harness.reset(); }

    void reviewThenApplyUpdatesTheMachine()
    {
        openConfigOf(u"api-backend/api-1"_s);
        const QString before = simMachine(u"api-backend"_s, u"api-1"_s)->version;
        typeImage(u"registry.fly.io/api-backend:deployment-02NEW"_s);
        gui::ReviewDialog *review = clickReview();
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        QVERIFY(review->summary().contains(u"restart"_s));
        QVERIFY(review->summary().contains(u"deployment-02NEW"_s));
        click(review, "applyButton");
        QTRY_VERIFY(tab()->applyJob() != nullptr || !tab()->editor()->isModified());
        QTRY_COMPARE_WITH_TIMEOUT(tab()->editor()->isModified(), false, 30000);
        const sim::SimMachine *machine = simMachine(u"api-backend"_s, u"api-1"_s);
        QCOMPARE(machine->config.value(u"image"_s).toString(),
            u"registry.fly.io/api-backend:deployment-02NEW"_s);
        QVERIFY(machine->version != before);
        QCOMPARE(machine->state, u"started"_s);
        QVERIFY(tab()->findChild<QLabel *>(u"configStatus"_s)->text().contains(u"Applied"_s));
        // Unknown and untouched fields went back as they were.
        QCOMPARE(
            machine->config.value(u"env"_s).toObject().value(u"LOG_LEVEL"_s).toString(), u"info"_s);
        QVERIFY(!m_harness->drafts().draft(u"sandbox"_s, u"api-backend"_s, machine->id));
    }

    void applyIsDisabledWhileTheDraftIsInvalid()
    {
        openConfigOf(u"api-backend/api-1"_s);
        auto *review = tab()->findChild<QPushButton *>(u"reviewConfigButton"_s);
        QVERIFY(!review->isEnabled()); // nothing changed yet
        typeImage(u"nginx latest"_s);
        QVERIFY(!review->isEnabled());
        QVERIFY(tab()->findChild<QLabel *>(u"configProblems"_s)->isVisible());
        typeImage(u"nginx:latest"_s);
        QVERIFY(review->isEnabled());
    }

    void aChangeMadeMeanwhileCanBeReappliedOnTop()
    {
        openConfigOf(u"api-backend/api-1"_s);
        const QString id = simMachine(u"api-backend"_s, u"api-1"_s)->id;
        typeImage(u"registry.fly.io/api-backend:mine"_s);

        // Someone else changes the environment of the same machine.
        QVERIFY(updateByOtherClient(id, [](api::MachineConfig &config) {
            config.setEnvVariable(u"FROM_SOMEONE_ELSE"_s, u"yes"_s);
        }));

        gui::ReviewDialog *review = clickReview();
        QVERIFY(review);
        click(review, "applyButton");
        // The apply is refused and the conflict dialog takes its place.
        QTRY_VERIFY_WITH_TIMEOUT(tab()->reviewDialog() && tab()->reviewDialog() != review
                && tab()->reviewDialog()->mode() == gui::ReviewDialog::Mode::Conflict,
            30000);
        click(tab()->reviewDialog(), "reapplyButton");
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->editor()->isModified() && !tab()->applyJob(), 30000);
        const sim::SimMachine *machine = simMachine(u"api-backend"_s, u"api-1"_s);
        QCOMPARE(
            machine->config.value(u"image"_s).toString(), u"registry.fly.io/api-backend:mine"_s);
        QCOMPARE(
            machine->config.value(u"env"_s).toObject().value(u"FROM_SOMEONE_ELSE"_s).toString(),
            u"yes"_s);
    }

    void aChangeMadeMeanwhileCanWinInstead()
    {
        openConfigOf(u"api-backend/api-1"_s);
        const QString id = simMachine(u"api-backend"_s, u"api-1"_s)->id;
        typeImage(u"registry.fly.io/api-backend:mine"_s);
        QVERIFY(updateByOtherClient(id, [](api::MachineConfig &config) {
            config.setImage(u"registry.fly.io/api-backend:theirs"_s);
        }));

        click(clickReview(), "applyButton");
        QTRY_VERIFY_WITH_TIMEOUT(tab()->reviewDialog()
                && tab()->reviewDialog()->mode() == gui::ReviewDialog::Mode::Conflict,
            30000);
        click(tab()->reviewDialog(), "discardButton");
        QTRY_VERIFY(!tab()->editor()->isModified());
        QCOMPARE(tab()->findChild<QLineEdit *>(u"imageEdit"_s)->text(),
            u"registry.fly.io/api-backend:theirs"_s);
        QCOMPARE(simMachine(u"api-backend"_s, u"api-1"_s)->config.value(u"image"_s).toString(),
            u"registry.fly.io/api-backend:theirs"_s);
        QVERIFY(!m_harness->drafts().draft(u"sandbox"_s, u"api-backend"_s, id));
    }

    void aDraftSurvivesARestart()
    {
        openConfigOf(u"api-backend/api-2"_s);
        const QString id = simMachine(u"api-backend"_s, u"api-2"_s)->id;
        typeImage(u"registry.fly.io/api-backend:half-done"_s);
        QTRY_VERIFY(m_harness->drafts().draft(u"sandbox"_s, u"api-backend"_s, id).has_value());

        QString error;
        QVERIFY2(m_harness->restartWindow(&error), qPrintable(error));
        openConfigOf(u"api-backend/api-2"_s);
        QVERIFY(tab()->editor()->isModified());
        QCOMPARE(tab()->findChild<QLineEdit *>(u"imageEdit"_s)->text(),
            u"registry.fly.io/api-backend:half-done"_s);
        // Discarding forgets it for good.
        click(tab(), "discardConfigButton");
        QVERIFY(!tab()->editor()->isModified());
        QVERIFY(!m_harness->drafts().draft(u"sandbox"_s, u"api-backend"_s, id).has_value());
    }

    void anOlderVersionCanBeRestored()
    {
        openConfigOf(u"api-backend/api-3"_s);
        const QString original =
            simMachine(u"api-backend"_s, u"api-3"_s)->config.value(u"image"_s).toString();
        typeImage(u"registry.fly.io/api-backend:newer"_s);
        click(clickReview(), "applyButton");
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->editor()->isModified() && !tab()->applyJob(), 30000);

        QVERIFY(window().showView(u"history"_s));
        gui::MachineHistoryTab *history = window().historyTab();
        QTRY_VERIFY_WITH_TIMEOUT(history->history()->versions().size() >= 2, 30000);
        history->history()->selectRows({1});
        QVERIFY(!history->history()->restorableVersion().isEmpty());
        click(history, "restoreButton");
        QTRY_VERIFY(tab()->reviewDialog() && tab()->reviewDialog()->isVisible());
        QCOMPARE(tab()->reviewDialog()->mode(), gui::ReviewDialog::Mode::Restore);
        click(tab()->reviewDialog(), "applyButton");
        QTRY_COMPARE_WITH_TIMEOUT(
            simMachine(u"api-backend"_s, u"api-3"_s)->config.value(u"image"_s).toString(), original,
            30000);
    }
};

QTEST_MAIN(TestConfigApply)
#include "tst_configapply.moc"
