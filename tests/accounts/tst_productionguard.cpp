// The production guard: on a production account, destroying needs the resource's name typed
// (several things: their app's name) and so does stopping several machines; elsewhere the
// confirmations stay as they were.
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "gui/dialogs/destroydialog.h"
#include "gui/fleetactions.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <memory>

using namespace hangar;
using namespace hangar::gui;

namespace {

core::GuardTarget target(const QStringList &names, const QString &app, bool production)
{
    core::GuardTarget guard;
    guard.names = names;
    guard.appName = app;
    guard.accountName = QStringLiteral("Acme prod");
    guard.production = production;
    return guard;
}

SelectedMachine machine(const QString &account, const QString &app, const QString &name,
    const QString &state = QStringLiteral("started"))
{
    SelectedMachine selected;
    selected.accountId = account;
    selected.ref.app = app;
    selected.ref.id = name + QStringLiteral("-id");
    selected.ref.label = name;
    selected.state = state;
    return selected;
}

bool typeAndCheck(
    QDialog *dialog, const QString &editName, const QString &buttonName, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(editName);
    auto *button = dialog->findChild<QPushButton *>(buttonName);
    if (!edit || !button)
        return false;
    edit->clear();
    QTest::keyClicks(edit, text);
    return button->isEnabled();
}

// Two accounts on a network that goes nowhere: jobs are created, their outcome does not matter.
class Fleet {
public:
    Fleet()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        add(QStringLiteral("prod"), QStringLiteral("Acme prod"), true);
        add(QStringLiteral("dev"), QStringLiteral("Acme dev"), false);
        m_actions = std::make_unique<FleetActions>(
            m_jobs, [this](const QString &id) { return session(id); }, &m_window);
    }
    ~Fleet()
    {
        m_actions.reset();
        m_jobs.cancelAll();
    }

    core::AccountSession *session(const QString &id) const
    {
        const auto found = m_sessions.find(id);
        return found == m_sessions.end() ? nullptr : found->second.get();
    }
    FleetActions &actions() { return *m_actions; }
    core::JobManager &jobs() { return m_jobs; }
    QWidget &window() { return m_window; }

private:
    void add(const QString &id, const QString &label, bool production)
    {
        core::AccountEndpoint endpoint;
        endpoint.id = id;
        endpoint.label = label;
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        endpoint.token = QStringLiteral("fm2_unused");
        endpoint.production = production;
        m_sessions[id] = std::make_unique<core::AccountSession>(&m_network, endpoint);
    }

    QNetworkAccessManager m_network;
    std::map<QString, std::unique_ptr<core::AccountSession>> m_sessions;
    QWidget m_window;
    core::JobManager m_jobs;
    std::unique_ptr<FleetActions> m_actions;
};

} // namespace

class TestProductionGuard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void destroyOutsideProductionIsUnchanged()
    {
        DestroyDialog one({QStringLiteral("web-1")}, QStringLiteral("machine"));
        QCOMPARE(one.objectName(), QStringLiteral("destroyDialog"));
        QCOMPARE(one.expectedConfirmation(), QStringLiteral("web-1"));
        QCOMPARE(one.windowTitle(), QStringLiteral("Destroy machine web-1"));
        QVERIFY(!one.findChild<QLabel *>(QStringLiteral("productionWarning")));
        QVERIFY(!typeAndCheck(&one, QStringLiteral("destroyConfirmationEdit"),
            QStringLiteral("destroyButton"), QStringLiteral("web")));
        QVERIFY(typeAndCheck(&one, QStringLiteral("destroyConfirmationEdit"),
            QStringLiteral("destroyButton"), QStringLiteral("web-1")));

        DestroyDialog three({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
            QStringLiteral("volume"));
        QCOMPARE(three.expectedConfirmation(), QStringLiteral("3"));
        QVERIFY(typeAndCheck(&three, QStringLiteral("destroyConfirmationEdit"),
            QStringLiteral("destroyButton"), QStringLiteral("3")));
    }

    void destroyOnProductionNeedsTheName()
    {
        DestroyDialog several(
            target({QStringLiteral("web-1"), QStringLiteral("web-2")}, QStringLiteral("web"), true),
            QStringLiteral("machine"));
        QCOMPARE(several.expectedConfirmation(), QStringLiteral("web"));
        QVERIFY(!typeAndCheck(&several, QStringLiteral("destroyConfirmationEdit"),
            QStringLiteral("destroyButton"), QStringLiteral("2")));
        QVERIFY(typeAndCheck(&several, QStringLiteral("destroyConfirmationEdit"),
            QStringLiteral("destroyButton"), QStringLiteral("web")));
        auto *warning = several.findChild<QLabel *>(QStringLiteral("productionWarning"));
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QLatin1String("Acme prod")));
        saveScreenshot(several, QStringLiteral("destroy-production.png"));

        DestroyDialog app(
            target({QStringLiteral("web")}, QStringLiteral("web"), true), QStringLiteral("app"));
        QCOMPARE(app.expectedConfirmation(), QStringLiteral("web"));
        QCOMPARE(app.windowTitle(), QStringLiteral("Destroy app web"));
        QVERIFY(app.findChild<QLabel *>(QStringLiteral("productionWarning")));

        DestroyDialog volumes(
            target({QStringLiteral("data"), QStringLiteral("logs")}, QString(), true),
            QStringLiteral("volume"));
        QCOMPARE(volumes.expectedConfirmation(), QStringLiteral("Acme prod"));
    }

    void stoppingSeveralProductionMachinesNeedsTheAppsName()
    {
        Fleet fleet;
        fleet.actions().setSelection(
            {machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-1")),
                machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-2"))});
        fleet.actions().stopAction()->trigger();
        auto *dialog =
            fleet.window().findChild<DestroyDialog *>(QStringLiteral("confirmStopDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(fleet.jobs().count(), 0);
        QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("web"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("productionWarning")));
        QVERIFY(!typeAndCheck(dialog, QStringLiteral("stopConfirmationEdit"),
            QStringLiteral("confirmStopButton"), QStringLiteral("2")));
        QVERIFY(typeAndCheck(dialog, QStringLiteral("stopConfirmationEdit"),
            QStringLiteral("confirmStopButton"), QStringLiteral("web")));
        saveScreenshot(*dialog, QStringLiteral("stop-production.png"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("confirmStopButton")), Qt::LeftButton);
        QCOMPARE(fleet.jobs().count(), 1);
    }

    void restartingOrSuspendingSeveralProductionMachinesNeedsTheAppsName()
    {
        const struct {
            QAction *(FleetActions::*action)() const;
            const char *dialog;
            const char *edit;
            const char *button;
            const char *title;
        } cases[] = {
            {&FleetActions::restartAction, "confirmRestartDialog", "restartConfirmationEdit",
                "confirmRestartButton", "Restart 2 machine"},
            {&FleetActions::suspendAction, "confirmSuspendDialog", "suspendConfirmationEdit",
                "confirmSuspendButton", "Suspend 2 machine"},
        };
        for (const auto &check : cases) {
            Fleet fleet;
            fleet.actions().setSelection({machine(QStringLiteral("prod"), QStringLiteral("web"),
                                              QStringLiteral("web-1")),
                machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-2"))});
            (fleet.actions().*check.action)()->trigger();
            auto *dialog = fleet.window().findChild<DestroyDialog *>(QLatin1String(check.dialog));
            QVERIFY2(dialog, check.dialog);
            QVERIFY(dialog->windowTitle().startsWith(QLatin1String(check.title)));
            QCOMPARE(fleet.jobs().count(), 0);
            QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("web"));
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("productionWarning")));
            QVERIFY(!typeAndCheck(dialog, QLatin1String(check.edit), QLatin1String(check.button),
                QStringLiteral("2")));
            QVERIFY(typeAndCheck(dialog, QLatin1String(check.edit), QLatin1String(check.button),
                QStringLiteral("web")));
            saveScreenshot(*dialog, QLatin1String(check.dialog) + QStringLiteral(".png"));
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QLatin1String(check.button)), Qt::LeftButton);
            QCOMPARE(fleet.jobs().count(), 1);

            // Elsewhere, no typing.
            fleet.actions().setSelection({machine(QStringLiteral("dev"), QStringLiteral("web"),
                                              QStringLiteral("web-1")),
                machine(QStringLiteral("dev"), QStringLiteral("web"), QStringLiteral("web-2"))});
            (fleet.actions().*check.action)()->trigger();
            QCOMPARE(fleet.jobs().count(), 2);
        }
    }

    void cancellingTheStopStopsNothing()
    {
        Fleet fleet;
        fleet.actions().setSelection(
            {machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-1")),
                machine(QStringLiteral("prod"), QStringLiteral("api"), QStringLiteral("api-1"))});
        fleet.actions().stopAction()->trigger();
        auto *dialog =
            fleet.window().findChild<DestroyDialog *>(QStringLiteral("confirmStopDialog"));
        QVERIFY(dialog);
        // Two apps: the account's name.
        QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("Acme prod"));
        dialog->reject();
        QCOMPARE(fleet.jobs().count(), 0);
    }

    void stoppingElsewhereNeedsNoTyping()
    {
        Fleet fleet;
        fleet.actions().setSelection(
            {machine(QStringLiteral("dev"), QStringLiteral("web"), QStringLiteral("web-1")),
                machine(QStringLiteral("dev"), QStringLiteral("web"), QStringLiteral("web-2"))});
        fleet.actions().stopAction()->trigger();
        QVERIFY(!fleet.window().findChild<DestroyDialog *>());
        QCOMPARE(fleet.jobs().count(), 1);

        // One production machine alone is not a bulk stop.
        fleet.actions().setSelection(
            {machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-1"))});
        fleet.actions().stopAction()->trigger();
        QVERIFY(!fleet.window().findChild<DestroyDialog *>());
        QCOMPARE(fleet.jobs().count(), 2);

        // Stopped production machines are skipped, so they do not count.
        fleet.actions().setSelection(
            {machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-1")),
                machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-2"),
                    QStringLiteral("stopped"))});
        fleet.actions().stopAction()->trigger();
        QVERIFY(!fleet.window().findChild<DestroyDialog *>());
        QCOMPARE(fleet.jobs().count(), 3);
    }

    void destroyFromTheActionsFollowsTheAccount()
    {
        Fleet fleet;
        fleet.actions().setSelection(
            {machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-1")),
                machine(QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("web-2"))});
        fleet.actions().destroyAction()->trigger();
        auto *dialog = fleet.window().findChild<DestroyDialog *>(QStringLiteral("destroyDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("web"));
        QVERIFY(typeAndCheck(dialog, QStringLiteral("destroyConfirmationEdit"),
            QStringLiteral("destroyButton"), QStringLiteral("web")));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("destroyButton")), Qt::LeftButton);
        QCOMPARE(fleet.jobs().count(), 1);
        QTRY_VERIFY(!fleet.window().findChild<DestroyDialog *>()); // deleted on close

        fleet.actions().setSelection(
            {machine(QStringLiteral("dev"), QStringLiteral("web"), QStringLiteral("web-1")),
                machine(QStringLiteral("dev"), QStringLiteral("web"), QStringLiteral("web-2"))});
        fleet.actions().destroyAction()->trigger();
        dialog = fleet.window().findChild<DestroyDialog *>(QStringLiteral("destroyDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("2"));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("productionWarning")));
        dialog->reject();
        QCOMPARE(fleet.jobs().count(), 1);
    }

private:
    // Set HANGAR_SCREENSHOT_DIR to look at the dialogs.
    static void saveScreenshot(QWidget &widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("HANGAR_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        widget.show();
        widget.resize(widget.size().expandedTo(widget.sizeHint()));
        QCoreApplication::processEvents();
        widget.grab().save(QDir(directory).filePath(name));
    }
};

QTEST_MAIN(TestProductionGuard)
#include "tst_productionguard.moc"
