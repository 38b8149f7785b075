// The volume verbs end to end against the simulator, driven through their dialogs: create,
// fork, restore, extend (with the restart it may need), snapshot and destroy (refused while
// attached).
#include "api/apiclient.h"
#include "gui/dialogs/destroydialog.h"
#include "gui/volumes/createvolumedialog.h"
#include "gui/volumes/extendvolumedialog.h"
#include "gui/volumes/volumeactions.h"
#include "guitestharness.h"
#include "sim/shell/virtualfs.h"

#include <QAction>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>

using namespace hangar;
using namespace hangar::tests;

namespace {

QByteArray fileOf(sim::SimVolume *volume, const QString &path)
{
    QByteArray contents;
    volume->files->readFile(path, &contents);
    return contents;
}

} // namespace

class TestVolumeActions : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> m_gui;
    std::unique_ptr<gui::VolumeActions> m_actions;

    sim::SimVolume *simVolumeNamed(const QString &name) const
    {
        for (sim::SimVolume *volume : m_gui->world().volumesOfApp(kTestApp, false)) {
            if (volume->name == name)
                return volume;
        }
        return nullptr;
    }

    static void submitAndWaitForClose(gui::JobDialog *dialog)
    {
        QPointer<gui::JobDialog> guard(dialog);
        QVERIFY(dialog->submitButton()->isEnabled());
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<api::Volume>();
    }

    void init()
    {
        m_gui = std::make_unique<GuiHarness>();
        m_actions =
            std::make_unique<gui::VolumeActions>(m_gui->client(), m_gui->jobs(), &m_gui->window());
        m_actions->setMachineNames(
            [](const QString &, const QString &) { return QStringLiteral("my-nginx-server"); });
    }

    void cleanup()
    {
        m_actions.reset();
        m_gui.reset();
    }

    void createAVolume()
    {
        QSignalSpy changed(m_actions.get(), &gui::VolumeActions::volumesChanged);
        QSignalSpy created(m_actions.get(), &gui::VolumeActions::volumeCreated);
        gui::CreateVolumeDialog *dialog = m_actions->createVolume(kTestApp, QStringLiteral("lhr"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()
        auto *regions = child<QComboBox>(dialog, "regionCombo");
        QTRY_VERIFY(regions->isEnabled());
        QCOMPARE(regions->currentData().toString(), QStringLiteral("lhr"));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("nginx_data"));
        submitAndWaitForClose(dialog);
        QCOMPARE(m_gui->jobs().count(), 1);
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QVERIFY(m_gui->lastJob()->summary().contains(QLatin1String("nginx_data")));
        sim::SimVolume *volume = simVolumeNamed(QStringLiteral("nginx_data"));
        QVERIFY(volume);
        QCOMPARE(volume->region, QStringLiteral("lhr"));
        QCOMPARE(volume->sizeGb, 1);
        QVERIFY(volume->encrypted);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), kTestApp);
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.first().at(1).value<api::Volume>().id(), volume->id);
    }

    void createWithTheGivenRegions()
    {
        const auto regions = await(m_gui->client().regions());
        m_actions->setRegions(regions.value());
        gui::CreateVolumeDialog *dialog = m_actions->createVolume(kTestApp, QStringLiteral("ams"));
        // No loading: the list is there at once.
        QVERIFY(child<QComboBox>(dialog, "regionCombo")->isEnabled());
        QCOMPARE(dialog->request().region, QStringLiteral("ams"));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("plain"));
        child<QCheckBox>(dialog, "encryptedCheck")->setChecked(false);
        child<QSpinBox>(dialog, "sizeSpin")->setValue(10);
        submitAndWaitForClose(dialog);
        sim::SimVolume *volume = simVolumeNamed(QStringLiteral("plain"));
        QVERIFY(volume);
        QCOMPARE(volume->region, QStringLiteral("ams"));
        QCOMPARE(volume->sizeGb, 10);
        QVERIFY(!volume->encrypted);
    }

    void forkAVolumeToAnotherRegion()
    {
        const core::VolumeRecord source =
            m_gui->makeVolume(QStringLiteral("pgdata"), QStringLiteral("lhr"), 2);
        sim::SimVolume *simSource = m_gui->world().findVolume(kTestApp, source.volume.id());
        simSource->files->writeFile(QStringLiteral("/hello.txt"), "from the source");
        gui::CreateVolumeDialog *dialog = m_actions->forkVolume(source);
        QVERIFY(dialog->isFork());
        QCOMPARE(dialog->objectName(), QStringLiteral("forkVolumeDialog"));
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("pgdata"));
        QVERIFY(child<QLabel>(dialog, "forkSourceLabel")->text().contains(source.volume.id()));
        QVERIFY(child<QRadioButton>(dialog, "snapshotRadio")->isHidden());
        auto *size = child<QSpinBox>(dialog, "sizeSpin");
        QCOMPARE(size->value(), 2);
        size->setValue(1); // smaller than the source
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(child<QLabel>(dialog, "sizeProblemLabel")->text().contains(QLatin1String("2 GB")));
        size->setValue(2);
        QTRY_VERIFY(child<QComboBox>(dialog, "regionCombo")->isEnabled());
        QCOMPARE(dialog->request().region, QStringLiteral("lhr"));
        dialog->setRegion(QStringLiteral("ams"));
        QCOMPARE(dialog->request().sourceVolumeId, source.volume.id());
        submitAndWaitForClose(dialog);
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QVERIFY(m_gui->lastJob()->title().contains(QLatin1String("Fork")));
        QList<sim::SimVolume *> copies;
        for (sim::SimVolume *volume : m_gui->world().volumesOfApp(kTestApp, false)) {
            if (volume->id != source.volume.id())
                copies.append(volume);
        }
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first()->name, QStringLiteral("pgdata"));
        QCOMPARE(copies.first()->region, QStringLiteral("ams"));
        QCOMPARE(copies.first()->sizeGb, 2);
        QCOMPARE(
            fileOf(copies.first(), QStringLiteral("/hello.txt")), QByteArray("from the source"));
    }

    void restoreASnapshot()
    {
        const core::VolumeRecord source =
            m_gui->makeVolume(QStringLiteral("site"), QStringLiteral("lhr"), 3);
        sim::SimVolume *simSource = m_gui->world().findVolume(kTestApp, source.volume.id());
        simSource->files->writeFile(QStringLiteral("/index.html"), "<h1>v1</h1>");
        QVERIFY(await(m_gui->client().createSnapshot(kTestApp, source.volume.id())).ok());
        const QString snapshotId = simSource->snapshots.first().id;
        simSource->files->writeFile(QStringLiteral("/index.html"), "<h1>v2</h1>");

        gui::CreateVolumeDialog *dialog = m_actions->restoreSnapshot(source, snapshotId);
        QCOMPARE(dialog->objectName(), QStringLiteral("restoreSnapshotDialog"));
        QVERIFY(child<QRadioButton>(dialog, "snapshotRadio")->isChecked());
        auto *snapshots = child<QComboBox>(dialog, "snapshotCombo");
        QTRY_VERIFY(snapshots->isEnabled());
        QTRY_VERIFY(child<QComboBox>(dialog, "regionCombo")->isEnabled());
        QCOMPARE(snapshots->currentData().toString(), snapshotId);
        QCOMPARE(child<QSpinBox>(dialog, "sizeSpin")->value(), 3);
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("site_v1"));
        submitAndWaitForClose(dialog);
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        sim::SimVolume *restored = simVolumeNamed(QStringLiteral("site_v1"));
        QVERIFY(restored);
        QCOMPARE(restored->sizeGb, 3);
        QCOMPARE(fileOf(restored, QStringLiteral("/index.html")), QByteArray("<h1>v1</h1>"));
    }

    void extendAVolumeInUseAndRestartItsMachine()
    {
        core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("nginx_data"), QStringLiteral("lhr"), 1);
        const QString machineId =
            m_gui->startMachineWith(volume, QStringLiteral("my-nginx-server"));
        volume = m_gui->reload(volume);
        QCOMPARE(volume.volume.attachedMachineId(), machineId);
        gui::ExtendVolumeDialog *dialog = m_actions->extendVolume(volume);
        QVERIFY(child<QLabel>(dialog, "restartNoteLabel")
                    ->text()
                    .contains(QLatin1String("my-nginx-server")));
        dialog->setNewSizeGb(5);
        submitAndWaitForClose(dialog);
        QCOMPARE(m_gui->world().findVolume(kTestApp, volume.volume.id())->sizeGb, 5);
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QVERIFY(m_gui->lastJob()->summary().contains(QLatin1String("restart")));

        // The machine sees the space only after a restart: Hangar offers one.
        QMessageBox *prompt = nullptr;
        QTRY_VERIFY((prompt = m_gui->dialog<QMessageBox>()) != nullptr);
        QCOMPARE(prompt->objectName(), QStringLiteral("restartPromptBox"));
        QVERIFY(prompt->text().contains(QLatin1String("my-nginx-server")));
        const int jobsBefore = m_gui->jobs().count();
        QTest::mouseClick(child<QPushButton>(prompt, "restartNowButton"), Qt::LeftButton);
        QCOMPARE(m_gui->jobs().count(), jobsBefore + 1);
        QVERIFY(m_gui->lastJob()->title().contains(QLatin1String("Restart")));
        QVERIFY(m_gui->waitForJobs(20000));
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QCOMPARE(m_gui->world().findMachine(kTestApp, machineId)->state, QStringLiteral("started"));
    }

    void extendADetachedVolumeAsksNothing()
    {
        const core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("spare"), QStringLiteral("lhr"), 1);
        gui::ExtendVolumeDialog *dialog = m_actions->extendVolume(volume);
        dialog->setNewSizeGb(2);
        submitAndWaitForClose(dialog);
        QTest::qWait(100);
        QVERIFY(!m_gui->dialog<QMessageBox>());
        QCOMPARE(m_gui->world().findVolume(kTestApp, volume.volume.id())->sizeGb, 2);
    }

    void takeASnapshot()
    {
        const core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("data"), QStringLiteral("lhr"), 1);
        QSignalSpy taken(m_actions.get(), &gui::VolumeActions::snapshotTaken);
        m_actions->setContext(kTestApp, volume);
        m_actions->snapshotAction()->trigger();
        QTRY_COMPARE(taken.count(), 1);
        QCOMPARE(taken.first().at(1).toString(), volume.volume.id());
        QCOMPARE(m_gui->world().findVolume(kTestApp, volume.volume.id())->snapshots.size(), 1);
    }

    void destroyADetachedVolumeByTypingItsName()
    {
        const core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("old_data"), QStringLiteral("lhr"), 1);
        gui::DestroyDialog *dialog = m_actions->destroyVolume(volume);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("old_data"));
        QVERIFY(dialog->windowTitle().contains(QLatin1String("volume")));
        auto *button = child<QPushButton>(dialog, "destroyButton");
        auto *edit = child<QLineEdit>(dialog, "destroyConfirmationEdit");
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("old_dat"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("a"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_gui->waitForJobs());
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QVERIFY(m_gui->world().findVolume(kTestApp, volume.volume.id())->isDestroyed());
    }

    void cancellingDestroyDestroysNothing()
    {
        const core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("keep"), QStringLiteral("lhr"), 1);
        gui::DestroyDialog *dialog = m_actions->destroyVolume(volume);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTest::qWait(100);
        QCOMPARE(m_gui->jobs().count(), 0);
        QVERIFY(!m_gui->world().findVolume(kTestApp, volume.volume.id())->isDestroyed());
    }

    void destroyIsRefusedWhileAttached()
    {
        core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("busy"), QStringLiteral("lhr"), 1);
        const core::VolumeRecord stale = volume;
        m_gui->startMachineWith(volume, QStringLiteral("my-nginx-server"));
        volume = m_gui->reload(volume);

        // The action is off, and says why.
        m_actions->setContext(kTestApp, volume);
        QVERIFY(!m_actions->destroyAction()->isEnabled());
        QVERIFY(m_actions->destroyAction()->toolTip().contains(QLatin1String("my-nginx-server")));
        // Asked anyway: an explanation instead of the confirmation.
        QVERIFY(!m_actions->destroyVolume(volume));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_gui->dialog<QMessageBox>()) != nullptr);
        QCOMPARE(box->objectName(), QStringLiteral("volumeAttachedBox"));
        QVERIFY(box->text().contains(QLatin1String("my-nginx-server")));
        QVERIFY(!m_gui->dialog<gui::DestroyDialog>());
        QCOMPARE(m_gui->jobs().count(), 0);
        box->close();

        // With a stale view (it looked detached) the server refuses, and the job says why.
        gui::DestroyDialog *dialog = m_actions->destroyVolume(stale);
        QVERIFY(dialog);
        QTest::keyClicks(
            child<QLineEdit>(dialog, "destroyConfirmationEdit"), QStringLiteral("busy"));
        QTest::mouseClick(child<QPushButton>(dialog, "destroyButton"), Qt::LeftButton);
        QVERIFY(m_gui->waitForJobs());
        core::Job *job = m_gui->lastJob();
        QCOMPARE(job->state(), core::Job::State::Failed);
        QVERIFY2(job->errorMessage().contains(QLatin1String("attached")),
            qPrintable(job->errorMessage()));
        QVERIFY(job->errorDetails().contains(QLatin1String("412")));
        QVERIFY(!m_gui->world().findVolume(kTestApp, volume.volume.id())->isDestroyed());
    }

    void anAccountRemovedWhileTheDialogIsOpen()
    {
        auto other = std::make_unique<api::ApiClient>(&m_gui->transport());
        m_actions->setClient(other.get());
        gui::CreateVolumeDialog *dialog = m_actions->createVolume(kTestApp);
        QTRY_VERIFY(child<QComboBox>(dialog, "regionCombo")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("orphan"));
        other.reset();
        QVERIFY(!m_actions->createAction()->isEnabled());
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
        QVERIFY(dialog->errorText().contains(QLatin1String("account")));
        QCOMPARE(m_gui->jobs().count(), 0);
        QVERIFY(m_gui->world().volumesOfApp(kTestApp, false).isEmpty());
    }

    void actionsFollowTheSelection()
    {
        m_actions->setContext(QString(), std::nullopt);
        for (QAction *action : m_actions->actions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        m_actions->setContext(kTestApp, std::nullopt);
        QVERIFY(m_actions->createAction()->isEnabled());
        QVERIFY(!m_actions->extendAction()->isEnabled());
        const core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("data"), QStringLiteral("lhr"), 1);
        m_actions->setContext(kTestApp, volume);
        for (QAction *action : m_actions->actions()) {
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY(action->text().contains(QLatin1Char('&')));
        }
        const core::VolumeRecord destroyed {
            kTestApp, await(m_gui->client().destroyVolume(kTestApp, volume.volume.id())).value()};
        m_actions->setContext(kTestApp, destroyed);
        QVERIFY(m_actions->createAction()->isEnabled());
        QVERIFY(!m_actions->extendAction()->isEnabled());
        QVERIFY(!m_actions->forkAction()->isEnabled());
        QVERIFY(!m_actions->snapshotAction()->isEnabled());
        QVERIFY(!m_actions->destroyAction()->isEnabled());
        QVERIFY(!m_actions->destroyVolume(destroyed));
        QVERIFY(!m_actions->extendVolume(destroyed));

        // Without an account nothing is offered.
        m_actions->setClient(nullptr);
        for (QAction *action : m_actions->actions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(!m_actions->createVolume(kTestApp));
        m_actions->setClient(&m_gui->client());
        QVERIFY(m_actions->createAction()->isEnabled());

        // Triggering Create opens the dialog for the app in context.
        m_actions->setContext(kTestApp, std::nullopt);
        m_actions->createAction()->trigger();
        gui::CreateVolumeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_gui->dialog<gui::CreateVolumeDialog>()) != nullptr);
        QCOMPARE(dialog->app(), kTestApp);
    }
};

QTEST_MAIN(TestVolumeActions)
#include "tst_volumeactions.moc"
