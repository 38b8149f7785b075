// The create-volume dialog against the simulator: regions and snapshots from the API, every
// rule checked while typing, the busy state while the server works, and server errors shown in
// place without losing what was typed.
#include "api/apiclient.h"
#include "gui/map/regionpicker.h"
#include "gui/volumes/createvolumedialog.h"
#include "gui/volumes/volumejobs.h"
#include "guitestharness.h"
#include "sim/server/faultinjector.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>

using namespace hangar;
using namespace hangar::tests;

class TestCreateVolumeDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> m_gui;

    // Opened as VolumeActions opens it: Create runs a job in the job manager.
    gui::CreateVolumeDialog *openDialog()
    {
        auto *dialog = new gui::CreateVolumeDialog(m_gui->client(), kTestApp, &m_gui->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &gui::JobDialog::submitted, dialog, [this, dialog] {
            dialog->run(gui::makeCreateVolumeJob(m_gui->client(), kTestApp, dialog->request()),
                m_gui->jobs());
        });
        dialog->open();
        return dialog;
    }

    gui::CreateVolumeDialog *openLoaded()
    {
        gui::CreateVolumeDialog *dialog = openDialog();
        auto *regions = child<QComboBox>(dialog, "regionCombo");
        if (!QTest::qWaitFor([regions] { return regions->isEnabled(); }, 10000))
            qFatal("the regions did not load");
        return dialog;
    }

private slots:
    void theMapChoosesTheRegionToo()
    {
        gui::CreateVolumeDialog *dialog = openLoaded();
        QVERIFY(dialog);
        gui::map::RegionPickerDialog *map = dialog->pickRegionOnMap();
        QVERIFY(map);
        QTRY_VERIFY(map->isVisible());
        // The picker offers the same regions as the list; choosing one there sets the list.
        map->picker()->setCurrentRegion(QStringLiteral("syd"));
        QCOMPARE(map->selectedRegion(), QStringLiteral("syd"));
        map->accept();
        QCOMPARE(child<QComboBox>(dialog, "regionCombo")->currentData().toString(),
            QStringLiteral("syd"));
        QCOMPARE(dialog->request().region, QStringLiteral("syd"));
        dialog->close();
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_gui = std::make_unique<GuiHarness>(); }
    void cleanup() { m_gui.reset(); }

    void regionsComeFromTheApiWithTheNearestSelected()
    {
        gui::CreateVolumeDialog *dialog = openDialog();
        auto *regions = child<QComboBox>(dialog, "regionCombo");
        QVERIFY(!regions->isEnabled()); // loading
        QVERIFY(!dialog->submitButton()->isEnabled());
        QTRY_VERIFY(regions->isEnabled());
        const auto list = await(m_gui->client().regions());
        QCOMPARE(regions->currentData().toString(), list->nearest);
        int active = 0;
        for (const api::Region &region : list->regions)
            active += region.deprecated() ? 0 : 1;
        QCOMPARE(regions->count(), active); // deprecated regions are not offered
        QVERIFY(regions->findData(QStringLiteral("lhr")) >= 0);
        QVERIFY(regions->itemText(regions->findData(QStringLiteral("lhr")))
                    .contains(QLatin1String("London")));
    }

    void givenRegionsAreUsedWithoutLoading()
    {
        auto *dialog = new gui::CreateVolumeDialog(m_gui->client(), kTestApp, &m_gui->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const auto list = await(m_gui->client().regions());
        dialog->setRegions(list.value(), QStringLiteral("ams"));
        dialog->open();
        auto *regions = child<QComboBox>(dialog, "regionCombo");
        QVERIFY(regions->isEnabled());
        QCOMPARE(regions->currentData().toString(), QStringLiteral("ams"));
        dialog->setRegion(QStringLiteral("lhr"));
        QCOMPARE(dialog->request().region, QStringLiteral("lhr"));
    }

    void nameRulesAreShownWhereTheNameIs()
    {
        gui::CreateVolumeDialog *dialog = openLoaded();
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        auto *problem = child<QLabel>(dialog, "nameProblemLabel");
        QVERIFY(name->hasFocus() || QApplication::focusWidget() == name);
        // Untouched and empty: not done yet, but not an error either.
        QVERIFY(problem->isHidden());
        QVERIFY(!dialog->submitButton()->isEnabled());

        QTest::keyClicks(name, QStringLiteral("Nginx"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("lowercase")), qPrintable(problem->text()));
        QVERIFY(!dialog->submitButton()->isEnabled());
        QCOMPARE(name->accessibleDescription(), problem->text());

        name->clear();
        QTest::keyClicks(name, QStringLiteral("my data"));
        QVERIFY(problem->text().contains(QLatin1String("my_data")));
        QVERIFY(!dialog->submitButton()->isEnabled());

        name->clear();
        QTest::keyClicks(name, QStringLiteral("nginx-data")); // the name the seed scenario uses
        QVERIFY(problem->isHidden());

        name->clear();
        QTest::keyClicks(name, QString(31, QLatin1Char('a')));
        QVERIFY(problem->text().contains(QLatin1String("30")));
        QVERIFY(!dialog->submitButton()->isEnabled());

        name->clear();
        QVERIFY(problem->isVisible()); // emptied by the user: now it is said
        QVERIFY(problem->text().contains(QLatin1String("name")));

        QTest::keyClicks(name, QStringLiteral("nginx_data"));
        QVERIFY(problem->isHidden());
        QVERIFY(dialog->submitButton()->isEnabled());
        QVERIFY(dialog->problems().isEmpty());
    }

    void sizeRulesAreShownWhereTheSizeIs()
    {
        gui::CreateVolumeDialog *dialog = openLoaded();
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("data"));
        auto *size = child<QSpinBox>(dialog, "sizeSpin");
        auto *problem = child<QLabel>(dialog, "sizeProblemLabel");
        QCOMPARE(size->value(), 1);
        QVERIFY(dialog->submitButton()->isEnabled());
        size->setValue(0);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("1 GB")));
        QVERIFY(!dialog->submitButton()->isEnabled());
        size->setValue(501);
        QVERIFY(problem->text().contains(QLatin1String("500 GB")));
        QVERIFY(!dialog->submitButton()->isEnabled());
        size->setValue(500);
        QVERIFY(problem->isHidden());
        QVERIFY(dialog->submitButton()->isEnabled());
        QCOMPARE(dialog->request().sizeGb, std::optional<int>(500));
    }

    void optionsGoIntoTheRequest()
    {
        gui::CreateVolumeDialog *dialog = openLoaded();
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("data"));
        QCOMPARE(dialog->request().encrypted, std::optional<bool>(true));
        QCOMPARE(dialog->request().requireUniqueZone, std::optional<bool>(true));
        child<QCheckBox>(dialog, "encryptedCheck")->setChecked(false);
        child<QCheckBox>(dialog, "uniqueZoneCheck")->setChecked(false);
        const api::CreateVolumeRequest request = dialog->request();
        QCOMPARE(request.encrypted, std::optional<bool>(false));
        QCOMPARE(request.requireUniqueZone, std::optional<bool>(false));
        QCOMPARE(request.name, QStringLiteral("data"));
        QVERIFY(request.snapshotId.isEmpty());
        QVERIFY(request.sourceVolumeId.isEmpty());
    }

    void restoringNeedsASnapshot()
    {
        gui::CreateVolumeDialog *dialog = openLoaded();
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("data"));
        QVERIFY(dialog->submitButton()->isEnabled());
        child<QRadioButton>(dialog, "snapshotRadio")->setChecked(true);
        auto *problem = child<QLabel>(dialog, "snapshotProblemLabel");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("snapshot")), qPrintable(problem->text()));
        QVERIFY(!dialog->submitButton()->isEnabled());
        child<QRadioButton>(dialog, "emptyRadio")->setChecked(true);
        QVERIFY(problem->isHidden());
        QVERIFY(dialog->submitButton()->isEnabled());
    }

    void aSnapshotSetsTheSmallestSize()
    {
        const QString source =
            m_gui->makeVolume(QStringLiteral("big"), QStringLiteral("lhr"), 3).volume.id();
        QVERIFY(await(m_gui->client().createSnapshot(kTestApp, source)).ok());
        gui::CreateVolumeDialog *dialog = openLoaded();
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("copy"));
        child<QRadioButton>(dialog, "snapshotRadio")->setChecked(true);
        auto *snapshots = child<QComboBox>(dialog, "snapshotCombo");
        QTRY_VERIFY(snapshots->isEnabled());
        QCOMPARE(snapshots->count(), 1);
        QVERIFY(snapshots->currentText().contains(QLatin1String("big")));
        auto *size = child<QSpinBox>(dialog, "sizeSpin");
        QCOMPARE(size->value(), 3); // raised to the snapshot's volume size
        QVERIFY(dialog->submitButton()->isEnabled());
        size->setValue(2);
        auto *problem = child<QLabel>(dialog, "sizeProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("3 GB")));
        QVERIFY(!dialog->submitButton()->isEnabled());
        size->setValue(4);
        QVERIFY(dialog->submitButton()->isEnabled());
        QCOMPARE(dialog->request().snapshotId, snapshots->currentData().toString());
    }

    void theFormIsBusyWhileTheServerWorks()
    {
        gui::CreateVolumeDialog *dialog = openLoaded();
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("slow"));
        sim::FaultSettings slow;
        slow.latencyMs = 400;
        m_gui->server().setFaults(slow);
        QPointer<gui::CreateVolumeDialog> guard(dialog);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
        QVERIFY(child<QLabel>(dialog, "busyLabel")->text().contains(QLatin1String("slow")));
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "nameEdit")->isEnabled());
        QCOMPARE(m_gui->jobs().count(), 1);
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QCOMPARE(m_gui->world().volumesOfApp(kTestApp, false).size(), 1);
    }

    void aServerErrorIsShownAndNothingTypedIsLost()
    {
        // Every host of ams holds a volume named "data": a unique zone is impossible.
        for (int i = 0; i < 8; ++i)
            m_gui->makeVolume(QStringLiteral("data"), QStringLiteral("ams"), 1, true);
        gui::CreateVolumeDialog *dialog = openLoaded();
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        QTest::keyClicks(name, QStringLiteral("data"));
        dialog->setRegion(QStringLiteral("ams"));
        child<QSpinBox>(dialog, "sizeSpin")->setValue(7);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("ams")), qPrintable(error->text()));
        QVERIFY(child<QLabel>(dialog, "errorDetailsLabel")->text().contains(QLatin1String("422")));
        QVERIFY(!dialog->isBusy());
        QVERIFY(name->isEnabled());
        QCOMPARE(name->text(), QStringLiteral("data"));
        QCOMPARE(child<QSpinBox>(dialog, "sizeSpin")->value(), 7);
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Failed);

        // The way out the message suggests works.
        child<QCheckBox>(dialog, "uniqueZoneCheck")->setChecked(false);
        QPointer<gui::CreateVolumeDialog> guard(dialog);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
        QCOMPARE(m_gui->world().volumesOfApp(kTestApp, false).size(), 9);
    }

    void keyboard()
    {
        gui::CreateVolumeDialog *dialog = openLoaded();
        // Every field has a label with a mnemonic that leads to it.
        const QStringList buddies {
            QStringLiteral("nameEdit"), QStringLiteral("regionCombo"), QStringLiteral("sizeSpin")};
        for (const QString &buddyName : buddies) {
            bool found = false;
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->buddy() && label->buddy()->objectName() == buddyName) {
                    QVERIFY(label->text().contains(QLatin1Char('&')));
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(buddyName));
        }
        QVERIFY(dialog->submitButton()->isDefault());
        QVERIFY(dialog->submitButton()->text().contains(QLatin1String("&Create")));
        // Enter in the name field creates.
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        QTest::keyClicks(name, QStringLiteral("typed"));
        QPointer<gui::CreateVolumeDialog> guard(dialog);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
        QCOMPARE(
            m_gui->world().volumesOfApp(kTestApp, false).first()->name, QStringLiteral("typed"));
    }

    void escapeCancelsAndCreatesNothing()
    {
        gui::CreateVolumeDialog *dialog = openLoaded();
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("data"));
        QSignalSpy rejected(dialog, &QDialog::rejected);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QTest::qWait(100);
        QCOMPARE(m_gui->jobs().count(), 0);
        QVERIFY(m_gui->world().volumesOfApp(kTestApp, false).isEmpty());
    }
};

QTEST_MAIN(TestCreateVolumeDialog)
#include "tst_createvolumedialog.moc"
