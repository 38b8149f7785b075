// The secrets of an app against the simulator: the list (names, digests, created, never
// values), set through the dialog, replace, unset after asking, and errors, with a check that
// a value set never shows up in any widget or job afterwards.
#include "api/apiclient.h"
#include "gui/secrets/secretswidget.h"
#include "gui/secrets/setsecretdialog.h"
#include "guitestharness.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace hangar;
using namespace hangar::tests;

namespace {

const QString kValue = QStringLiteral("postgres://app:Xy9-s3cr3t-pw@db.internal:5432/app");

} // namespace

class TestSecretsWidget : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> m_gui;
    gui::SecretsWidget *m_widget = nullptr;

    QTreeWidget *list() const { return child<QTreeWidget>(m_widget, "secretList"); }

    void setThroughTheApi(const QString &name, const QString &value)
    {
        QVERIFY(await(m_gui->client().setSecret(kTestApp, name, value)).ok());
    }

    void showApp()
    {
        m_widget->setApp(&m_gui->client(), kTestApp);
        QTRY_VERIFY(!m_widget->isLoading());
    }

    void select(const QStringList &names)
    {
        list()->clearSelection();
        for (int row = 0; row < list()->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = list()->topLevelItem(row);
            if (names.contains(item->text(0))) {
                item->setSelected(true);
                list()->setCurrentItem(item, 0, QItemSelectionModel::Select);
            }
        }
    }

    // No widget, job title, step, log line or summary holds the value.
    void verifyNowhere(const QString &value)
    {
        for (const QString &text : allWidgetText())
            QVERIFY2(!text.contains(value), qPrintable(text));
        for (const core::Job *job : m_gui->jobs().jobs()) {
            QVERIFY(!job->title().contains(value));
            QVERIFY(!job->summary().contains(value));
            QVERIFY(!job->currentStep().contains(value));
            QVERIFY(!job->errorDetails().contains(value));
            for (const core::JobLogEntry &entry : job->log())
                QVERIFY(!entry.text.contains(value));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_gui = std::make_unique<GuiHarness>();
        m_widget = m_gui->embed(new gui::SecretsWidget(m_gui->jobs()));
    }

    void cleanup() { m_gui.reset(); }

    void listShowsNamesAndDigestsOnly()
    {
        setThroughTheApi(QStringLiteral("API_TOKEN"), QStringLiteral("tok-123-very-secret"));
        setThroughTheApi(QStringLiteral("DATABASE_URL"), kValue);
        QSignalSpy counts(m_widget, &gui::SecretsWidget::countChanged);
        showApp();
        QCOMPARE(list()->topLevelItemCount(), 2);
        QCOMPARE(m_widget->names(),
            QStringList({QStringLiteral("API_TOKEN"), QStringLiteral("DATABASE_URL")}));
        QCOMPARE(list()->columnCount(), 3);
        const sim::SimApp *app = m_gui->world().findApp(kTestApp);
        QCOMPARE(list()->topLevelItem(1)->text(1),
            app->secrets.value(QStringLiteral("DATABASE_URL")).digest);
        QVERIFY(!list()->topLevelItem(1)->text(2).isEmpty());
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.first().first().toInt(), 2);
        verifyNowhere(kValue);
        verifyNowhere(QStringLiteral("tok-123-very-secret"));
    }

    void emptyAppSaysSo()
    {
        showApp();
        auto *message = child<QLabel>(m_widget, "secretsMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("No secrets")));
        QVERIFY(child<QPushButton>(m_widget, "setSecretButton")->isEnabled());
        QVERIFY(!child<QPushButton>(m_widget, "unsetSecretButton")->isEnabled());
    }

    void setASecretAndNeverSeeItAgain()
    {
        showApp();
        QSignalSpy changed(m_widget, &gui::SecretsWidget::secretsChanged);
        QTest::mouseClick(child<QPushButton>(m_widget, "setSecretButton"), Qt::LeftButton);
        gui::SetSecretDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_widget->findChild<gui::SetSecretDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QTest::keyClicks(
            child<QLineEdit>(dialog, "secretNameEdit"), QStringLiteral("DATABASE_URL"));
        auto *value = child<QLineEdit>(dialog, "secretValueEdit");
        child<QCheckBox>(dialog, "showValueCheck")->setChecked(true); // show while typing
        QTest::keyClicks(value, kValue);
        QPointer<gui::SetSecretDialog> guard(dialog);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
        QVERIFY(m_gui->waitForJobs());
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QVERIFY(m_gui->lastJob()->title().contains(QLatin1String("DATABASE_URL")));
        QCOMPARE(
            m_gui->world().findApp(kTestApp)->secrets.value(QStringLiteral("DATABASE_URL")).value,
            kValue);
        QTRY_COMPARE(m_widget->names(), QStringList {QStringLiteral("DATABASE_URL")});
        QTRY_VERIFY(!m_widget->isLoading());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(1).toLongLong() > 0);
        QVERIFY(guard.isNull() || guard->value().isEmpty());
        QCoreApplication::processEvents(); // let the closed dialog go
        verifyNowhere(kValue);
    }

    void replaceTheSelectedSecret()
    {
        setThroughTheApi(QStringLiteral("API_TOKEN"), QStringLiteral("old-value"));
        showApp();
        const QString oldDigest = list()->topLevelItem(0)->text(1);
        select({QStringLiteral("API_TOKEN")});
        gui::SetSecretDialog *dialog = m_widget->setSecret();
        QCOMPARE(dialog->name(), QStringLiteral("API_TOKEN"));
        QVERIFY(child<QLabel>(dialog, "replaceNoteLabel")->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "secretValueEdit"), QStringLiteral("new-value"));
        QTest::keyClick(child<QLineEdit>(dialog, "secretValueEdit"), Qt::Key_Return);
        QVERIFY(m_gui->waitForJobs());
        QTRY_VERIFY(!m_widget->isLoading());
        QTRY_VERIFY(
            list()->topLevelItemCount() == 1 && list()->topLevelItem(0)->text(1) != oldDigest);
        QCOMPARE(m_gui->world().findApp(kTestApp)->secrets.value(QStringLiteral("API_TOKEN")).value,
            QStringLiteral("new-value"));
        verifyNowhere(QStringLiteral("new-value"));
    }

    void unsetAfterConfirmation()
    {
        setThroughTheApi(QStringLiteral("A_KEY"), QStringLiteral("a"));
        setThroughTheApi(QStringLiteral("B_KEY"), QStringLiteral("b"));
        setThroughTheApi(QStringLiteral("C_KEY"), QStringLiteral("c"));
        showApp();
        auto *unset = child<QPushButton>(m_widget, "unsetSecretButton");
        QVERIFY(!unset->isEnabled());
        select({QStringLiteral("B_KEY")});
        QVERIFY(unset->isEnabled());

        // Cancel: nothing happens.
        QTest::mouseClick(unset, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_widget->findChild<QMessageBox *>(QStringLiteral("unsetConfirmBox")))
            != nullptr);
        QVERIFY(box->text().contains(QLatin1String("B_KEY")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Escape);
        QTest::qWait(100);
        QCOMPARE(m_gui->jobs().count(), 0);
        QCOMPARE(m_gui->world().findApp(kTestApp)->secrets.size(), 3);

        // Confirm: gone.
        QTRY_VERIFY(!m_widget->findChild<QMessageBox *>(QStringLiteral("unsetConfirmBox")));
        m_widget->unsetSelected();
        QTRY_VERIFY((box = m_widget->findChild<QMessageBox *>(QStringLiteral("unsetConfirmBox")))
            != nullptr);
        QTest::mouseClick(child<QPushButton>(box, "confirmUnsetButton"), Qt::LeftButton);
        QVERIFY(m_gui->waitForJobs());
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QVERIFY(!m_gui->world().findApp(kTestApp)->secrets.contains(QStringLiteral("B_KEY")));
        QTRY_COMPARE(
            m_widget->names(), QStringList({QStringLiteral("A_KEY"), QStringLiteral("C_KEY")}));
    }

    void unsetSeveralInOneJob()
    {
        setThroughTheApi(QStringLiteral("A_KEY"), QStringLiteral("a"));
        setThroughTheApi(QStringLiteral("B_KEY"), QStringLiteral("b"));
        setThroughTheApi(QStringLiteral("C_KEY"), QStringLiteral("c"));
        showApp();
        select({QStringLiteral("A_KEY"), QStringLiteral("C_KEY")});
        QCOMPARE(m_widget->selectedNames(),
            QStringList({QStringLiteral("A_KEY"), QStringLiteral("C_KEY")}));
        // The Delete key asks too.
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_widget->findChild<QMessageBox *>(QStringLiteral("unsetConfirmBox")))
            != nullptr);
        QTest::mouseClick(child<QPushButton>(box, "confirmUnsetButton"), Qt::LeftButton);
        QVERIFY(m_gui->waitForJobs());
        QCOMPARE(m_gui->jobs().count(), 1);
        QVERIFY(m_gui->lastJob()->title().contains(QLatin1String("2 secret")));
        QCOMPARE(m_gui->world().findApp(kTestApp)->secrets.keys(),
            QStringList {QStringLiteral("B_KEY")});
        QTRY_COMPARE(m_widget->names(), QStringList {QStringLiteral("B_KEY")});
    }

    void aFailedSetKeepsTheDialogAndItsInput()
    {
        showApp();
        gui::SetSecretDialog *dialog = m_widget->setSecret();
        QTest::keyClicks(child<QLineEdit>(dialog, "secretNameEdit"), QStringLiteral("TOKEN"));
        auto *value = child<QLineEdit>(dialog, "secretValueEdit");
        QTest::keyClicks(value, QStringLiteral("kept-value"));
        // The app disappears behind the dialog's back.
        QVERIFY(await(m_gui->client().deleteApp(kTestApp, true)).ok());
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(m_gui->waitForJobs());
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Failed);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
        QCOMPARE(value->text(), QStringLiteral("kept-value")); // nothing typed is lost
        QVERIFY(dialog->submitButton()->isEnabled());
        dialog->reject();
        QVERIFY(value->text().isEmpty());
    }

    void aListErrorIsShown()
    {
        m_widget->setApp(&m_gui->client(), QStringLiteral("no-such-app"));
        QTRY_VERIFY(!m_widget->isLoading());
        auto *message = child<QLabel>(m_widget, "secretsMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("could not be loaded")),
            qPrintable(message->text()));
    }
};

QTEST_MAIN(TestSecretsWidget)
#include "tst_secretswidget.moc"
