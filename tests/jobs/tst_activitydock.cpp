#include "core/jobs/jobmanager.h"
#include "gui/activity/activitydock.h"
#include "gui/activity/jobdetailsdialog.h"
#include "models/jobs/joblistmodel.h"
#include "scriptedjob.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>

using hangar::api::ApiError;
using hangar::core::Job;
using hangar::core::JobManager;
using hangar::gui::ActivityDock;
using hangar::gui::JobDetailsDialog;
using hangar::gui::JobItemDelegate;
using hangar::tests::ScriptedJob;

namespace {

// Records what the delegate asks the style to draw, so the test sees bars, buttons and text.
class RecordingStyle final : public QProxyStyle {
public:
    struct Bar {
        int minimum;
        int maximum;
        int progress;
    };

    RecordingStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        if (const auto *bar = qstyleoption_cast<const QStyleOptionProgressBar *>(option);
            bar && element == CE_ProgressBar)
            bars.append({bar->minimum, bar->maximum, bar->progress});
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
            button && element == CE_PushButton)
            buttons.append(button->text);
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
        bool enabled, const QString &text, QPalette::ColorRole textRole) const override
    {
        // Wrapped lines are recorded as one text.
        QString joined = text;
        texts.insert(joined.replace(QLatin1Char('\n'), QLatin1Char(' ')), palette.color(textRole));
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
    }

    void clear()
    {
        bars.clear();
        buttons.clear();
        texts.clear();
    }

    mutable QList<Bar> bars;
    mutable QStringList buttons;
    mutable QHash<QString, QColor> texts;
};

ApiError leaseHeldError()
{
    return ApiError::fromHttp(409,
        R"({"error":"machine lease currently held by someone else","status":"lease_held"})",
        "01REQUESTID");
}

} // namespace

class TestActivityDock : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        JobManager manager;
        RecordingStyle style;
        ActivityDock dock {&manager};

        Fixture()
        {
            dock.jobList()->setStyle(&style);
            dock.resize(480, 360);
            dock.show();
        }

        QListView *list() const { return dock.jobList(); }
        QModelIndex row(int number) const { return dock.model()->index(number); }
        QAction *action(const char *name) const
        {
            return dock.findChild<QAction *>(QLatin1String(name));
        }
        bool showsEmptyState() const
        {
            const auto *stack = dock.findChild<QStackedWidget *>(QStringLiteral("activityStack"));
            return stack->currentWidget()->objectName() == QLatin1String("activityEmptyLabel");
        }
        void paint()
        {
            style.clear();
            list()->viewport()->grab();
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everythingHasAnObjectName()
    {
        Fixture fixture;
        QCOMPARE(fixture.dock.objectName(), QStringLiteral("activityDock"));
        for (const char *name : {"activityToolBar", "activityStack", "activityEmptyLabel",
                 "activityJobList", "activityContent"})
            QVERIFY2(fixture.dock.findChild<QWidget *>(QLatin1String(name)), name);
        for (const char *name : {"cancelJobAction", "jobDetailsAction", "clearFinishedAction"})
            QVERIFY2(fixture.action(name), name);
        QVERIFY(fixture.dock.findChild<JobItemDelegate *>(QStringLiteral("jobItemDelegate")));
    }

    void theEmptyStateSaysWhatWillAppear()
    {
        Fixture fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.dock));
        QVERIFY(fixture.showsEmptyState());
        const auto *label = fixture.dock.findChild<QLabel *>(QStringLiteral("activityEmptyLabel"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(),
            QStringLiteral(
                "Nothing running. Starts, stops, updates and copies show their progress here."));
        QVERIFY(!fixture.action("clearFinishedAction")->isEnabled());
        QVERIFY(!fixture.action("cancelJobAction")->isEnabled());
    }

    void aRunningJobShowsAProgressBarAndItsCancelButtonCancelsIt()
    {
        Fixture fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.dock));
        auto *job = new ScriptedJob(QStringLiteral("Stop web-1"));
        fixture.manager.add(job);
        job->setProgress(1, 4);
        job->setStep(QStringLiteral("Stopping the machine"));
        QVERIFY(!fixture.showsEmptyState());
        QVERIFY(fixture.list()->isVisible());

        fixture.paint();
        QCOMPARE(fixture.style.bars.size(), 1);
        QCOMPARE(fixture.style.bars.at(0).maximum, 1000);
        QCOMPARE(fixture.style.bars.at(0).progress, 250);
        QCOMPARE(fixture.style.buttons, QStringList {QStringLiteral("Cancel")});
        QVERIFY(fixture.style.texts.contains(QStringLiteral("Stop web-1")));
        QVERIFY(fixture.style.texts.contains(QStringLiteral("Stopping the machine")));

        QSignalSpy finished(job, &Job::finished);
        const QRect button = fixture.dock.buttonRect(fixture.row(0));
        QVERIFY(!button.isEmpty());
        QVERIFY(fixture.list()->visualRect(fixture.row(0)).contains(button));
        QTest::mouseClick(fixture.list()->viewport(), Qt::LeftButton, {}, button.center());
        QCOMPARE(job->state(), Job::State::Cancelled);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->abortCount(), 1);

        fixture.paint();
        QVERIFY(fixture.style.bars.isEmpty());
        QVERIFY(fixture.style.buttons.isEmpty());
        QVERIFY(fixture.style.texts.contains(QStringLiteral("Cancelled")));
        QVERIFY(fixture.dock.buttonRect(fixture.row(0)).isEmpty());
    }

    void aJobOfUnknownLengthShowsABusyBar()
    {
        Fixture fixture;
        fixture.manager.add(new ScriptedJob);
        fixture.paint();
        QCOMPARE(fixture.style.bars.size(), 1);
        QCOMPARE(fixture.style.bars.at(0).maximum, 0);
    }

    void clickingBesideTheButtonDoesNotCancel()
    {
        Fixture fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.dock));
        auto *job = new ScriptedJob;
        fixture.manager.add(job);
        const QRect row = fixture.list()->visualRect(fixture.row(0));
        QTest::mouseClick(fixture.list()->viewport(), Qt::LeftButton, {},
            QPoint(row.left() + 10, row.center().y()));
        QCOMPARE(job->state(), Job::State::Running);
        QCOMPARE(fixture.list()->currentIndex(), fixture.row(0));
    }

    void aFailedJobShowsItsErrorAndDetails()
    {
        Fixture fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.dock));
        auto *job = new ScriptedJob(QStringLiteral("Stop web-1"));
        fixture.manager.add(job);
        job->setStep(QStringLiteral("Stopping the machine"));
        job->fail(leaseHeldError());

        fixture.paint();
        const QString status = QStringLiteral("Failed: %1").arg(leaseHeldError().message());
        QVERIFY2(fixture.style.texts.contains(status),
            qPrintable(fixture.style.texts.keys().join(u'|')));
        QCOMPARE(fixture.style.texts.value(status),
            JobItemDelegate::errorColor(fixture.list()->palette()));
        QCOMPARE(fixture.style.buttons, QStringList {QStringLiteral("Details…")});
        QVERIFY(fixture.style.bars.isEmpty());
        QCOMPARE(fixture.row(0).data(Qt::ToolTipRole).toString(), leaseHeldError().message());

        QTest::mouseClick(fixture.list()->viewport(), Qt::LeftButton, {},
            fixture.dock.buttonRect(fixture.row(0)).center());
        auto *dialog =
            fixture.dock.findChild<JobDetailsDialog *>(QStringLiteral("jobDetailsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const auto *error = dialog->findChild<QLabel *>(QStringLiteral("jobDetailsErrorLabel"));
        QCOMPARE(error->text(), leaseHeldError().message());
        const QString details =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("jobDetailsText"))->toPlainText();
        QVERIFY2(
            details.contains(QLatin1String("fly-request-id: 01REQUESTID")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("Stopping the machine")));

        QApplication::clipboard()->clear();
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyDetailsButton"));
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String("01REQUESTID")), qPrintable(copied));
        QVERIFY(copied.contains(leaseHeldError().message()));
        dialog->close();
    }

    void theToolbarAndTheKeyboardCancelTheSelectedJob()
    {
        Fixture fixture;
        fixture.dock.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&fixture.dock));
        auto *byAction = new ScriptedJob;
        auto *byKey = new ScriptedJob;
        fixture.manager.add(byAction);
        fixture.manager.add(byKey);
        QAction *cancel = fixture.action("cancelJobAction");
        QVERIFY(!cancel->isEnabled());

        fixture.list()->setCurrentIndex(fixture.row(1)); // the older job
        QVERIFY(cancel->isEnabled());
        cancel->trigger();
        QCOMPARE(byAction->state(), Job::State::Cancelled);
        QVERIFY(!cancel->isEnabled());

        fixture.list()->setFocus();
        fixture.list()->setCurrentIndex(fixture.row(0));
        QVERIFY(cancel->isEnabled());
        QTest::keyClick(fixture.list(), Qt::Key_Delete);
        QCOMPARE(byKey->state(), Job::State::Cancelled);
    }

    void theContextMenuOffersTheActions()
    {
        Fixture fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.dock));
        auto *job = new ScriptedJob;
        fixture.manager.add(job);
        emit fixture.list()->customContextMenuRequested(
            fixture.list()->visualRect(fixture.row(0)).center());
        auto *menu = fixture.dock.findChild<QMenu *>(QStringLiteral("activityContextMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(fixture.list()->currentIndex(), fixture.row(0));
        QVERIFY(menu->actions().contains(fixture.action("cancelJobAction")));
        QVERIFY(menu->actions().contains(fixture.action("jobDetailsAction")));
        QVERIFY(menu->actions().contains(fixture.action("clearFinishedAction")));
        QVERIFY(fixture.action("cancelJobAction")->isEnabled());
        menu->close();
    }

    void clearFinishedEmptiesTheList()
    {
        Fixture fixture;
        auto *done = new ScriptedJob;
        auto *failed = new ScriptedJob;
        auto *running = new ScriptedJob;
        fixture.manager.add(done);
        fixture.manager.add(failed);
        fixture.manager.add(running);
        done->succeed();
        failed->fail(leaseHeldError());
        QAction *clear = fixture.action("clearFinishedAction");
        QVERIFY(clear->isEnabled());

        clear->trigger();
        QCOMPARE(fixture.dock.model()->rowCount(), 1);
        QCOMPARE(fixture.dock.model()->jobAt(0), running);
        QVERIFY(!fixture.showsEmptyState());

        running->succeed();
        clear->trigger();
        QCOMPARE(fixture.dock.model()->rowCount(), 0);
        QVERIFY(fixture.showsEmptyState());
        QVERIFY(!clear->isEnabled());
    }
};

QTEST_MAIN(TestActivityDock)
#include "tst_activitydock.moc"
