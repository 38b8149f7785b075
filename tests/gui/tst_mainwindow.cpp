// The main window against the embedded simulator, driven as a person would: by object name,
// with clicks and typing.
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/settings/settings.h"
#include "gui/dialogs/destroydialog.h"
#include "gui/dialogs/preferencesdialog.h"
#include "gui/files/volumefileswidget.h"
#include "gui/fleetactions.h"
#include "gui/fleettreedrops.h"
#include "gui/mainwindow.h"
#include "gui/widgets/statebadge.h"
#include "models/modelroles.h"
#include "sim/server/simserver.h"
#include "sim/world/simworld.h"
#include "support/windowharness.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hangar;

namespace {

// Every visible machine row under `parent`, recursively.
void collectMachines(const QAbstractItemModel *model, const QModelIndex &parent, QStringList *names)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (models::NodeKind(index.data(models::KindRole).toInt()) == models::NodeKind::Machine)
            names->append(index.data(models::NameRole).toString());
        collectMachines(model, index, names);
    }
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::WindowHarness> m_harness;
    sim::SimServer *m_sim = nullptr;
    gui::MainWindow *m_window = nullptr;
    core::JobManager *m_jobs = nullptr;

    QTreeView *tree() const { return m_harness->tree(); }
    QString simState(const QString &app, const QString &name) const
    {
        for (const sim::SimMachine *machine : m_sim->world().machinesOfApp(app, true)) {
            if (machine->name == name)
                return machine->state;
        }
        return {};
    }
    QString shownState() const
    {
        auto *panel = m_window->findChild<QWidget *>(QStringLiteral("machinePanel"));
        return panel->findChild<gui::StateBadge *>(QStringLiteral("stateBadge"))->state();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_harness = std::make_unique<testing::WindowHarness>();
        QString error;
        QVERIFY2(m_harness->start(QStringLiteral("demo"), &error), qPrintable(error));
        m_sim = &m_harness->sim();
        m_window = &m_harness->window();
        m_jobs = &m_harness->jobs();
    }

    void cleanup() { m_harness.reset(); }

    void preferencesApplyToTheNextCopy()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QVERIFY(!action->shortcuts().isEmpty());
        QCOMPARE(m_window->treeDrops()->options().askAboveBytes, qint64(1) << 30);
        action->trigger();
        auto *dialog = m_window->findChild<gui::PreferencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        action->trigger(); // a second time raises the same dialog
        QCOMPARE(m_window->findChildren<gui::PreferencesDialog *>().size(), 1);
        dialog->findChild<QComboBox *>(QStringLiteral("askAboveUnit"))->setCurrentIndex(0);
        dialog->findChild<QSpinBox *>(QStringLiteral("askAboveSize"))->setValue(64);
        dialog->accept();
        QCOMPARE(m_window->treeDrops()->options().askAboveBytes, qint64(64) << 20);
        auto *files = m_window->findChild<gui::VolumeFilesWidget *>();
        QVERIFY(files);
        QCOMPARE(files->options().askAboveBytes, qint64(64) << 20);
    }

    void selectAMachineStopItAndSeeTheStateChange()
    {
        QVERIFY(m_window->selectPath(QStringLiteral("web-frontend/web-1")));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("panelStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("machinePanel"));
        QCOMPARE(shownState(), QStringLiteral("started"));
        QAction *stop = m_window->actions()->stopAction();
        QVERIFY(stop->isEnabled());
        QVERIFY(!m_window->actions()->startAction()->isEnabled());
        stop->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(simState(QStringLiteral("web-frontend"), QStringLiteral("web-1")),
            QStringLiteral("stopped"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(), QStringLiteral("stopped"), 20000);
        QTRY_VERIFY(m_window->actions()->startAction()->isEnabled());
        QCOMPARE(m_jobs->jobs().last()->state(), core::Job::State::Succeeded);
    }

    void destroyNeedsTheTypedName()
    {
        QVERIFY(m_window->selectPath(QStringLiteral("web-frontend/web-7")));
        QCOMPARE(simState(QStringLiteral("web-frontend"), QStringLiteral("web-7")),
            QStringLiteral("stopped"));
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Delete);
        gui::DestroyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<gui::DestroyDialog *>()) != nullptr);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("destroyButton"));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("destroyConfirmationEdit"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("web-"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("7"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(simState(QStringLiteral("web-frontend"), QStringLiteral("web-7")),
            QStringLiteral("destroyed"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->selectPath(QStringLiteral("web-frontend/web-7")), 20000);
    }

    void cancellingTheDestroyDialogDestroysNothing()
    {
        QVERIFY(m_window->selectPath(QStringLiteral("web-frontend/web-7")));
        m_window->actions()->destroyAction()->trigger();
        gui::DestroyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<gui::DestroyDialog *>()) != nullptr);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<gui::DestroyDialog *>());
        QTest::qWait(200);
        QCOMPARE(simState(QStringLiteral("web-frontend"), QStringLiteral("web-7")),
            QStringLiteral("stopped"));
        QCOMPARE(m_jobs->count(), 0);
    }

    void theFilterNarrowsTheTree()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QStringList all;
        collectMachines(tree()->model(), {}, &all);
        QVERIFY(all.size() >= 40);
        QTest::keyClicks(filter, QStringLiteral("web-1"));
        QStringList some;
        QTRY_VERIFY(
            (some.clear(), collectMachines(tree()->model(), {}, &some), some.size() < all.size()));
        QVERIFY(!some.isEmpty());
        for (const QString &name : std::as_const(some))
            QVERIFY2(name.contains(QLatin1String("web-1")), qPrintable(name));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("fly_process_group=worker"));
        QStringList workers;
        QTRY_VERIFY(
            (workers.clear(), collectMachines(tree()->model(), {}, &workers), !workers.isEmpty()));
        for (const QString &name : std::as_const(workers))
            QVERIFY2(name.startsWith(QLatin1String("worker")), qPrintable(name));
        filter->clear();
        QStringList back;
        QTRY_VERIFY(
            (back.clear(), collectMachines(tree()->model(), {}, &back), back.size() == all.size()));
    }

    void aBulkStopOfFiveMachines()
    {
        const QStringList names {QStringLiteral("api-1"), QStringLiteral("api-2"),
            QStringLiteral("api-3"), QStringLiteral("api-6"), QStringLiteral("api-7")};
        for (const QString &name : names)
            QCOMPARE(simState(QStringLiteral("api-backend"), name), QStringLiteral("started"));
        // Collect the five rows, then select them together as Ctrl+click would.
        QItemSelection selection;
        for (const QString &name : names) {
            QVERIFY(m_window->selectPath(QStringLiteral("api-backend/") + name));
            selection.select(tree()->currentIndex(), tree()->currentIndex());
        }
        tree()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_window->actions()->selection().size(), 5);
        m_window->actions()->stopAction()->trigger();
        QCOMPARE(m_jobs->count(), 1); // one bulk job for the five
        for (const QString &name : names)
            QTRY_COMPARE_WITH_TIMEOUT(
                simState(QStringLiteral("api-backend"), name), QStringLiteral("stopped"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_jobs->jobs().first()->state(), core::Job::State::Succeeded, 30000);
        QVERIFY(m_jobs->jobs().first()->summary().contains(QLatin1String("5")));
    }

    void regionsViewAndSelectionByPath()
    {
        QVERIFY(m_window->showView(QStringLiteral("regions")));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("panelStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("regionsPanel"));
        QVERIFY(m_window->selectPath(QStringLiteral("postgres-main")));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("appPanel"));
        QVERIFY(m_window->selectPath(QStringLiteral("static-assets/assets")));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("volumePanel"));
        QVERIFY(m_window->showView(QStringLiteral("snapshots")));
        QVERIFY(!m_window->selectPath(QStringLiteral("no-such-app/x")));
        QVERIFY(!m_window->showView(QStringLiteral("nonsense")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
