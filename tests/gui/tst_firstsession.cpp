// The classic first session, driven through the window against the embedded simulator as a
// person would: an app, a volume, nginx with the volume mounted, nginx.conf as a config file,
// review and apply, and the file inside the machine. Then Fly's one-volume rule: a second
// volume cannot be mounted too, and the explanation's one-click alternatives work.
#include "apiharness.h"
#include "core/jobs/job.h"
#include "gui/config/configeditor.h"
#include "gui/config/configfiledialog.h"
#include "gui/config/filessection.h"
#include "gui/config/mountlimitdialog.h"
#include "gui/config/mountsection.h"
#include "gui/dialogs/createmachinewizard.h"
#include "gui/dialogs/newappdialog.h"
#include "gui/fleettreedrops.h"
#include "gui/machinecreation.h"
#include "gui/map/regionpicker.h"
#include "gui/panels/machineconfigtab.h"
#include "gui/review/reviewdialog.h"
#include "gui/volumes/createvolumedialog.h"
#include "gui/volumes/volumeactions.h"
#include "models/modelroles.h"
#include "sim/world/simworld.h"
#include "support/windowharness.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace hangar;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kNginxConf =
    "events {}\nhttp {\n  server {\n    listen 80;\n    root /data;\n  }\n}\n";
const QByteArray kDefaultConf = "server { listen 8080; }\n";

} // namespace

class TestFirstSession : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::WindowHarness> m_harness;

    gui::MainWindow &window() const { return m_harness->window(); }
    sim::SimWorld &world() const { return m_harness->sim().world(); }

    template<typename T>
    T *waitForDialog()
    {
        T *found = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    found = window().findChild<T *>();
                    return found && found->isVisible();
                },
                10000))
            return nullptr;
        return found;
    }
    static void clickButton(QWidget *parent, const QString &name)
    {
        auto *button = parent->findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static void clickOk(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QPushButton *ok = box->button(QDialogButtonBox::Ok);
        QVERIFY(ok && ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }
    QString volumeId(const QString &app, const QString &name) const
    {
        for (const sim::SimVolume *volume : world().volumesOfApp(app, false))
            if (volume->name == name)
                return volume->id;
        return {};
    }
    const sim::SimMachine *machine(const QString &app, const QString &name) const
    {
        for (const sim::SimMachine *found : world().machinesOfApp(app, true))
            if (found->name == name)
                return found;
        return nullptr;
    }
    QString writeLocalFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_harness->directory() + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }
    QString catInMachine(const QString &app, const QString &machineId, const QString &path)
    {
        api::ExecRequest request;
        request.command = {u"cat"_s, path};
        const auto result = tests::await(m_harness->otherClient().exec(app, machineId, request));
        return result ? result->standardOutput() : u"exec failed: "_s + result.error().message();
    }

    // Creates a volume through Volume > New Volume…, as the seed scenario does.
    void createVolume(const QString &name, int sizeGb, const QString &region)
    {
        QVERIFY(window().selectPath(u"my-nginx"_s));
        QAction *create = window().volumeActions()->createAction();
        QTRY_VERIFY(create->isEnabled());
        create->trigger();
        auto *dialog = waitForDialog<gui::CreateVolumeDialog>();
        QVERIFY(dialog);
        auto *nameEdit = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        QTest::keyClicks(nameEdit, name);
        auto *regions = dialog->findChild<QComboBox *>(u"regionCombo"_s);
        QTRY_VERIFY(regions->findData(region) >= 0);
        regions->setCurrentIndex(regions->findData(region));
        dialog->findChild<QSpinBox *>(u"sizeSpin"_s)->setValue(sizeGb);
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(u'\n')));
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!volumeId(u"my-nginx"_s, name).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window().selectPath(u"my-nginx/"_s + name), 30000);
    }

    gui::MachineConfigTab *openConfig(const QString &path)
    {
        if (!window().selectPath(path) || !window().showView(u"config"_s))
            return nullptr;
        return window().configTab();
    }

    void reviewAndApply(gui::MachineConfigTab *tab)
    {
        auto *review = tab->findChild<QPushButton *>(u"reviewConfigButton"_s);
        QVERIFY2(review->isEnabled(), qPrintable(tab->editor()->problems().join(u'\n')));
        QTest::mouseClick(review, Qt::LeftButton);
        gui::ReviewDialog *dialog = tab->reviewDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY2(dialog->summary().contains(u"restart"_s), qPrintable(dialog->summary()));
        clickButton(dialog, u"applyButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->editor()->isModified() && !tab->applyJob(), 60000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theClassicFirstSession()
    {
        m_harness = std::make_unique<testing::WindowHarness>();
        QString error;
        QVERIFY2(m_harness->start(u"empty"_s, &error), qPrintable(error));

        // File > New app…, with the account selected.
        window()
            .findChild<QTreeView *>(u"fleetTree"_s)
            ->setCurrentIndex(
                window().findChild<QTreeView *>(u"fleetTree"_s)->model()->index(0, 0));
        QAction *newApp = window().creation()->newAppAction();
        QVERIFY(newApp->isEnabled());
        newApp->trigger();
        auto *appDialog = waitForDialog<gui::NewAppDialog>();
        QVERIFY(appDialog);
        QTest::keyClicks(appDialog->nameEdit(), u"my-nginx"_s);
        clickOk(appDialog);
        QTRY_VERIFY_WITH_TIMEOUT(window().selectPath(u"my-nginx"_s), 30000);

        // Volume nginx-data, 1 GB, in lhr.
        createVolume(u"nginx-data"_s, 1, u"lhr"_s);
        const QString dataVolume = volumeId(u"my-nginx"_s, u"nginx-data"_s);

        // Machine > New machine…: nginx:latest as my-nginx-server, 1 shared CPU, 512 MB, in lhr,
        // with nginx-data mounted.
        QVERIFY(window().selectPath(u"my-nginx"_s));
        window().creation()->newMachineAction()->trigger();
        auto *wizard = waitForDialog<gui::CreateMachineWizard>();
        QVERIFY(wizard);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"imageEdit"_s), u"nginx:latest"_s);
        wizard->next();
        QTest::keyClicks(wizard->nameEdit(), u"my-nginx-server"_s);
        wizard->next();
        wizard->regionPicker()->setCurrentRegion(u"lhr"_s);
        QCOMPARE(wizard->regionPicker()->currentRegion(), u"lhr"_s);
        wizard->next();
        wizard->findChild<QComboBox *>(u"cpuKindCombo"_s)->setCurrentIndex(0);
        wizard->findChild<QSpinBox *>(u"cpusSpin"_s)->setValue(1);
        wizard->findChild<QSpinBox *>(u"memorySpin"_s)->setValue(512);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::CreateMachineWizard::VolumePage));
        QVERIFY(wizard->mountSection()->chooseVolume(dataVolume, u"/data"_s));
        wizard->next();
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::CreateMachineWizard::ReviewPage));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        // It runs, and the window shows it with its status and address.
        QTRY_VERIFY_WITH_TIMEOUT(machine(u"my-nginx"_s, u"my-nginx-server"_s)
                && machine(u"my-nginx"_s, u"my-nginx-server"_s)->state == QLatin1String("started"),
            60000);
        const sim::SimMachine *server = machine(u"my-nginx"_s, u"my-nginx-server"_s);
        QCOMPARE(server->config.value(u"image"_s).toString(), u"nginx:latest"_s);
        const QJsonObject guest = server->config.value(u"guest"_s).toObject();
        QCOMPARE(guest.value(u"cpus"_s).toInt(), 1);
        QCOMPARE(guest.value(u"memory_mb"_s).toInt(), 512);
        QCOMPARE(guest.value(u"cpu_kind"_s).toString(), u"shared"_s);
        QCOMPARE(server->region, u"lhr"_s);
        QCOMPARE(server->mountedVolumeId(), dataVolume);
        const QString machineId = server->id;
        QTRY_VERIFY_WITH_TIMEOUT(window().selectPath(u"my-nginx/my-nginx-server"_s), 30000);
        QTRY_VERIFY(window().findChild<QLabel *>(u"ipValue"_s)
            && window().findChild<QLabel *>(u"ipValue"_s)->text() == server->privateIp);

        // nginx.conf as a config file at /etc/nginx/nginx.conf; review; apply; it restarts.
        gui::MachineConfigTab *tab = openConfig(u"my-nginx/my-nginx-server"_s);
        QVERIFY(tab);
        const int restartsBefore = server->restartCount;
        const QString versionBefore = server->version;
        gui::ConfigFileDialog *fileDialog = tab->editor()->filesSection()->openAddDialog(
            writeLocalFile(u"nginx.conf"_s, kNginxConf), u"/etc/nginx/nginx.conf"_s);
        QVERIFY(fileDialog);
        QVERIFY(fileDialog->findChild<QLabel *>(u"filePreview"_s)->text().contains(u"listen 80"_s));
        clickOk(fileDialog);
        QVERIFY(tab->editor()->isModified());
        reviewAndApply(tab);
        server = machine(u"my-nginx"_s, u"my-nginx-server"_s);
        QVERIFY(server->version != versionBefore);
        QVERIFY(server->restartCount > restartsBefore || server->startedAtMs > 0);
        QCOMPARE(server->state, u"started"_s);
        QCOMPARE(catInMachine(u"my-nginx"_s, machineId, u"/etc/nginx/nginx.conf"_s),
            QString::fromUtf8(kNginxConf));

        // The seed's variant: a second volume nginx-config, mounted on the same machine.
        createVolume(u"nginx-config"_s, 1, u"lhr"_s);
        const QString configVolume = volumeId(u"my-nginx"_s, u"nginx-config"_s);
        tab = openConfig(u"my-nginx/my-nginx-server"_s);
        QVERIFY(tab);
        QTRY_VERIFY(tab->findChild<QComboBox *>(u"mountVolumeCombo"_s)->findData(configVolume) > 0);
        auto *another = tab->findChild<QPushButton *>(u"mountAnotherButton"_s);
        QVERIFY(another->menu());
        QAction *mountConfig = nullptr;
        const QList<QAction *> actions = another->menu()->actions();
        for (QAction *action : actions)
            if (action->data().toString() == configVolume)
                mountConfig = action;
        QVERIFY(mountConfig);
        mountConfig->trigger();

        // The explanation says why, naming both volumes, and offers the alternatives.
        auto *limit = waitForDialog<gui::MountLimitDialog>();
        QVERIFY(limit);
        const QString headline = limit->findChild<QLabel *>(u"mountLimitHeadline"_s)->text();
        QVERIFY2(headline.contains(u"nginx-data"_s) && headline.contains(u"nginx-config"_s)
                && headline.contains(u"/data"_s),
            qPrintable(headline));
        QCOMPARE(tab->editor()->draft().mounts().size(), 1); // nothing was added
        QTest::mouseClick(limit->configFileButton(), Qt::LeftButton);

        // One click later the config-file dialog is open: add default.conf, review, apply.
        auto *addDialog = waitForDialog<gui::ConfigFileDialog>();
        QVERIFY(addDialog);
        addDialog->setLocalFile(
            writeLocalFile(u"default.conf"_s, kDefaultConf), u"/etc/nginx/conf.d/default.conf"_s);
        clickOk(addDialog);
        QCOMPARE(tab->editor()->draft().files().size(), 2);
        reviewAndApply(tab);
        QCOMPARE(catInMachine(u"my-nginx"_s, machineId, u"/etc/nginx/conf.d/default.conf"_s),
            QString::fromUtf8(kDefaultConf));
        QCOMPARE(catInMachine(u"my-nginx"_s, machineId, u"/etc/nginx/nginx.conf"_s),
            QString::fromUtf8(kNginxConf));
        server = machine(u"my-nginx"_s, u"my-nginx-server"_s);
        QCOMPARE(server->mountedVolumeId(), dataVolume);

        // The other alternative opens the Files tab of the mounted volume, ready for a drop.
        tab = openConfig(u"my-nginx/my-nginx-server"_s);
        QVERIFY(tab);
        emit tab->editor()->secondMountRequested(configVolume);
        limit = waitForDialog<gui::MountLimitDialog>();
        QVERIFY(limit);
        QVERIFY(limit->copyIntoVolumeButton()->text().contains(u"nginx-data"_s));
        QTest::mouseClick(limit->copyIntoVolumeButton(), Qt::LeftButton);
        auto *stack = window().findChild<QStackedWidget *>(u"panelStack"_s);
        QTRY_COMPARE(stack->currentWidget()->objectName(), u"volumePanel"_s);
        QTRY_VERIFY(window().findChild<QWidget *>(u"filesTab"_s)->isVisible());
        const QModelIndex current = window().findChild<QTreeView *>(u"fleetTree"_s)->currentIndex();
        QCOMPARE(current.data(models::IdRole).toString(), dataVolume);
    }

    void filesDroppedOnTheTree()
    {
        m_harness = std::make_unique<testing::WindowHarness>();
        QString error;
        QVERIFY2(m_harness->start(u"demo"_s, &error), qPrintable(error));
        auto *tree = window().findChild<QTreeView *>(u"fleetTree"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(writeLocalFile(u"app.toml"_s, "port = 8080\n"))});

        // Not on an app.
        QVERIFY(window().selectPath(u"api-backend"_s));
        QVERIFY(!window().treeDrops()->accepts(tree->currentIndex(), &mime));

        // On a machine: the config-file dialog, prefilled, then the file is in the draft.
        QVERIFY(window().selectPath(u"api-backend/api-1"_s));
        QVERIFY(window().treeDrops()->accepts(tree->currentIndex(), &mime));
        QVERIFY(window().treeDrops()->drop(tree->currentIndex(), &mime));
        auto *dialog = waitForDialog<gui::ConfigFileDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"guestPathEdit"_s)->text(), u"/etc/app.toml"_s);
        clickOk(dialog);
        const QList<api::FileConfig> files = window().configTab()->editor()->draft().files();
        QVERIFY(std::any_of(files.cbegin(), files.cend(), [](const api::FileConfig &file) {
            return file.guestPath() == QLatin1String("/etc/app.toml")
                && file.content() == QByteArray("port = 8080\n");
        }));
        QVERIFY(window().configTab()->editor()->isModified()); // waits for review, nothing sent

        // On a volume: a copy job that puts the file into it.
        QVERIFY(window().selectPath(u"postgres-main/pg_data"_s));
        const int jobsBefore = m_harness->jobs().count();
        QVERIFY(window().treeDrops()->drop(tree->currentIndex(), &mime));
        QTRY_COMPARE(m_harness->jobs().count(), jobsBefore + 1);
        core::Job *copy = m_harness->jobs().jobs().last();
        QTRY_VERIFY_WITH_TIMEOUT(copy->isFinished(), 60000);
        QCOMPARE(copy->state(), core::Job::State::Succeeded);
    }
};

QTEST_MAIN(TestFirstSession)
#include "tst_firstsession.moc"
