// The extend dialog: grow only, up to 500 GB, with the reason shown while the size is wrong, and
// an extend run to its end against the simulator.
#include "api/apiclient.h"
#include "gui/volumes/extendvolumedialog.h"
#include "gui/volumes/volumejobs.h"
#include "guitestharness.h"

#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

using namespace hangar;
using namespace hangar::tests;

namespace {

core::VolumeRecord recordOf(int sizeGb, const QString &attachedTo = {})
{
    QJsonObject json {{QStringLiteral("id"), QStringLiteral("vol_0123456789abcdef")},
        {QStringLiteral("name"), QStringLiteral("data")},
        {QStringLiteral("state"), QStringLiteral("created")}, {QStringLiteral("size_gb"), sizeGb},
        {QStringLiteral("region"), QStringLiteral("lhr")}};
    json.insert(QStringLiteral("attached_machine_id"),
        attachedTo.isEmpty() ? QJsonValue() : QJsonValue(attachedTo));
    return {kTestApp, api::Volume(json)};
}

} // namespace

class TestExtendVolumeDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theSizeMustGrow()
    {
        gui::ExtendVolumeDialog dialog(recordOf(3), QString());
        auto *size = child<QSpinBox>(&dialog, "sizeSpin");
        auto *problem = child<QLabel>(&dialog, "sizeProblemLabel");
        QCOMPARE(size->value(), 4); // one more to start with
        QVERIFY(dialog.submitButton()->isEnabled());
        QVERIFY(problem->isHidden());
        QVERIFY(child<QLabel>(&dialog, "growthLabel")->text().contains(QLatin1String("1 GB")));

        size->setValue(3);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(QLatin1String("only grow")), qPrintable(problem->text()));
        QVERIFY(!dialog.submitButton()->isEnabled());
        size->setValue(2);
        QVERIFY(!problem->isHidden());
        QVERIFY(!dialog.submitButton()->isEnabled());
        size->setValue(501);
        QVERIFY(problem->text().contains(QLatin1String("500 GB")));
        QVERIFY(!dialog.submitButton()->isEnabled());
        size->setValue(500);
        QVERIFY(problem->isHidden());
        QVERIFY(dialog.submitButton()->isEnabled());
        QCOMPARE(dialog.newSizeGb(), 500);
        QVERIFY(dialog.problem().isEmpty());
    }

    void theLargestVolumeCannotGrow()
    {
        gui::ExtendVolumeDialog dialog(recordOf(500), QString());
        QVERIFY(!dialog.submitButton()->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("largest")));
    }

    void itSaysWhatHappensToTheMachine()
    {
        gui::ExtendVolumeDialog attached(
            recordOf(3, QStringLiteral("148e21")), QStringLiteral("web-1"));
        const QString note = child<QLabel>(&attached, "restartNoteLabel")->text();
        QVERIFY2(note.contains(QLatin1String("web-1")), qPrintable(note));
        QVERIFY(note.contains(QLatin1String("restart")));
        gui::ExtendVolumeDialog unnamed(recordOf(3, QStringLiteral("148e21")), QString());
        QVERIFY(
            child<QLabel>(&unnamed, "restartNoteLabel")->text().contains(QLatin1String("148e21")));
        gui::ExtendVolumeDialog detached(recordOf(3), QString());
        QVERIFY(child<QLabel>(&detached, "restartNoteLabel")
                    ->text()
                    .contains(QLatin1String("not attached")));
        QVERIFY(child<QLabel>(&detached, "introLabel")->text().contains(QLatin1String("3 GB")));
    }

    void keyboard()
    {
        gui::ExtendVolumeDialog dialog(recordOf(3), QString());
        QVERIFY(dialog.submitButton()->isDefault());
        QVERIFY(dialog.submitButton()->text().contains(QLatin1Char('&')));
        bool labelled = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || label->buddy() == child<QSpinBox>(&dialog, "sizeSpin");
        QVERIFY(labelled);
        dialog.open();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }

    void extendADetachedVolume()
    {
        GuiHarness gui;
        const core::VolumeRecord volume =
            gui.makeVolume(QStringLiteral("data"), QStringLiteral("lhr"), 1);
        auto *dialog = new gui::ExtendVolumeDialog(volume, QString(), &gui.window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        gui::VolumeJob *job = nullptr;
        connect(dialog, &gui::JobDialog::submitted, dialog, [&] {
            job = gui::makeExtendVolumeJob(gui.client(), volume, dialog->newSizeGb());
            dialog->run(job, gui.jobs());
        });
        QSignalSpy succeeded(dialog, &gui::JobDialog::jobSucceeded);
        dialog->open();
        dialog->setNewSizeGb(3);
        QTest::keyClick(child<QSpinBox>(dialog, "sizeSpin"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 10000);
        QVERIFY(job);
        QCOMPARE(job->state(), core::Job::State::Succeeded);
        QCOMPARE(job->volume().sizeGb(), 3);
        QVERIFY(!job->needsRestart());
        QVERIFY(job->summary().contains(QLatin1String("3 GB")));
        QCOMPARE(gui.world().findVolume(kTestApp, volume.volume.id())->sizeGb, 3);
    }
};

QTEST_MAIN(TestExtendVolumeDialog)
#include "tst_extendvolumedialog.moc"
