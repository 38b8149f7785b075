// The snapshots of a volume against the simulator: the empty state, taking a snapshot as a job,
// the list afterwards, asking for a restore, and errors.
#include "api/apiclient.h"
#include "gui/volumes/volumesnapshotswidget.h"
#include "guitestharness.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace hangar;
using namespace hangar::tests;

Q_DECLARE_METATYPE(hangar::core::VolumeRecord)

class TestVolumeSnapshotsWidget : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> m_gui;
    gui::VolumeSnapshotsWidget *m_widget = nullptr;

    QTreeWidget *list() const { return child<QTreeWidget>(m_widget, "snapshotList"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<core::VolumeRecord>();
    }

    void init()
    {
        m_gui = std::make_unique<GuiHarness>();
        m_widget = m_gui->embed(new gui::VolumeSnapshotsWidget(m_gui->jobs()));
    }

    void cleanup() { m_gui.reset(); }

    void emptyThenTakeASnapshot()
    {
        const core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("data"), QStringLiteral("lhr"), 2);
        QSignalSpy counts(m_widget, &gui::VolumeSnapshotsWidget::countChanged);
        m_widget->setVolume(&m_gui->client(), volume);
        QVERIFY(m_widget->isLoading());
        QVERIFY(child<QProgressBar>(m_widget, "busyIndicator")->isVisible());
        QTRY_VERIFY(!m_widget->isLoading());
        QVERIFY(child<QProgressBar>(m_widget, "busyIndicator")->isHidden());
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.last().first().toInt(), 0);
        auto *message = child<QLabel>(m_widget, "snapshotMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("No snapshots")));
        auto *restore = child<QPushButton>(m_widget, "restoreSnapshotButton");
        QVERIFY(!restore->isEnabled());

        auto *create = child<QPushButton>(m_widget, "createSnapshotButton");
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(!create->isEnabled()); // one at a time
        QCOMPARE(m_gui->jobs().count(), 1);
        QVERIFY(m_gui->lastJob()->title().contains(QLatin1String("data")));
        QTRY_COMPARE_WITH_TIMEOUT(list()->topLevelItemCount(), 1, 10000);
        QTRY_VERIFY(!m_widget->isLoading());
        QCOMPARE(m_gui->lastJob()->state(), core::Job::State::Succeeded);
        QVERIFY(create->isEnabled());
        QVERIFY(message->isHidden());
        QCOMPARE(m_widget->snapshotCount(), 1);
        QCOMPARE(counts.last().first().toInt(), 1);
        const sim::SimVolume *simVolume = m_gui->world().findVolume(kTestApp, volume.volume.id());
        QCOMPARE(simVolume->snapshots.size(), 1);
        const QTreeWidgetItem *row = list()->topLevelItem(0);
        QCOMPARE(row->text(0), simVolume->snapshots.first().id);
        QVERIFY(row->text(4).startsWith(QLatin1String("5 day")));
    }

    void newestFirstAndRestoreRequests()
    {
        const core::VolumeRecord volume =
            m_gui->makeVolume(QStringLiteral("data"), QStringLiteral("lhr"), 1);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(await(m_gui->client().createSnapshot(kTestApp, volume.volume.id())).ok());
            QTest::qWait(1100); // created_at has whole seconds
        }
        m_widget->setVolume(&m_gui->client(), volume);
        QTRY_COMPARE(list()->topLevelItemCount(), 3);
        const QList<sim::SimSnapshot> &made =
            m_gui->world().findVolume(kTestApp, volume.volume.id())->snapshots;
        QCOMPARE(list()->topLevelItem(0)->text(0), made.last().id);
        QCOMPARE(list()->topLevelItem(2)->text(0), made.first().id);

        QSignalSpy restore(m_widget, &gui::VolumeSnapshotsWidget::restoreRequested);
        list()->setCurrentItem(list()->topLevelItem(1));
        auto *button = child<QPushButton>(m_widget, "restoreSnapshotButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(restore.count(), 1);
        QCOMPARE(restore.first().at(1).toString(), made.at(1).id);
        QCOMPARE(restore.first().at(0).value<core::VolumeRecord>().volume.id(), volume.volume.id());
        // Enter on a row asks for the same.
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Return);
        QCOMPARE(restore.count(), 2);
    }

    void anotherVolumeReplacesTheList()
    {
        const core::VolumeRecord first =
            m_gui->makeVolume(QStringLiteral("one"), QStringLiteral("lhr"), 1);
        const core::VolumeRecord second =
            m_gui->makeVolume(QStringLiteral("two"), QStringLiteral("lhr"), 1);
        QVERIFY(await(m_gui->client().createSnapshot(kTestApp, first.volume.id())).ok());
        m_widget->setVolume(&m_gui->client(), first);
        m_widget->setVolume(&m_gui->client(), second); // before the first answer came
        QTRY_VERIFY(!m_widget->isLoading());
        QTest::qWait(100);
        QCOMPARE(list()->topLevelItemCount(), 0);
        QCOMPARE(m_widget->volumeId(), second.volume.id());
        m_widget->setVolume(&m_gui->client(), first);
        QTRY_COMPARE(list()->topLevelItemCount(), 1);
    }

    void errorsAreShown()
    {
        core::VolumeRecord missing =
            m_gui->makeVolume(QStringLiteral("gone"), QStringLiteral("lhr"), 1);
        QVERIFY(await(m_gui->client().destroyVolume(kTestApp, missing.volume.id())).ok());
        m_widget->setVolume(&m_gui->client(), missing);
        QTRY_VERIFY(!m_widget->isLoading());
        auto *message = child<QLabel>(m_widget, "snapshotMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("could not be loaded")),
            qPrintable(message->text()));
        QVERIFY(child<QPushButton>(m_widget, "refreshSnapshotsButton")->isEnabled());
    }
};

QTEST_MAIN(TestVolumeSnapshotsWidget)
#include "tst_volumesnapshotswidget.moc"
