// The create-machine wizard on its own: each page holds Next until it is valid, and the plan it
// produces is exactly what the pages said (a new machine, one with a new volume, a clone).
#include "gui/config/imagesection.h"
#include "gui/config/mountsection.h"
#include "gui/config/sizesection.h"
#include "gui/dialogs/createmachinewizard.h"
#include "gui/map/regionpicker.h"
#include "models/regionsummarymodel.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace Qt::StringLiterals;
using gui::CreateMachineWizard;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

api::RegionList regions()
{
    return api::RegionList::fromResponse(json(R"({"Regions":[
        {"code":"lhr","name":"London, United Kingdom","latitude":51.5,"longitude":-0.1},
        {"code":"ams","name":"Amsterdam, Netherlands","latitude":52.3,"longitude":4.8}],
        "nearest":"lhr"})"));
}

} // namespace

class TestCreateMachineWizard : public QObject {
    Q_OBJECT

private:
    models::RegionSummaryModel m_regions;

    CreateMachineWizard::Setup setup()
    {
        CreateMachineWizard::Setup s;
        s.appName = u"my-nginx"_s;
        s.takenNames = {u"web-1"_s};
        s.volumes = {api::Volume(json(R"({"id":"vol_free","name":"nginx_data","region":"lhr",
                                            "size_gb":1,"state":"created"})")),
            api::Volume(json(R"({"id":"vol_far","name":"far","region":"ams",
                                            "size_gb":1,"state":"created"})"))};
        s.regions = &m_regions;
        s.defaultRegion = u"lhr"_s;
        return s;
    }
    static bool nextEnabled(CreateMachineWizard &wizard)
    {
        return wizard.button(QWizard::NextButton)->isEnabled();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_regions.setRegions(regions());
    }

    void eachPageWaitsUntilItIsValid()
    {
        CreateMachineWizard wizard(setup());
        wizard.show();
        QCOMPARE(wizard.currentId(), int(CreateMachineWizard::ImagePage));
        QVERIFY(!nextEnabled(wizard));
        auto *image = wizard.findChild<QLineEdit *>(u"imageEdit"_s);
        QTest::keyClicks(image, u"nginx latest"_s);
        QVERIFY(!nextEnabled(wizard));
        image->clear();
        QTest::keyClicks(image, u"nginx:latest"_s);
        QVERIFY(nextEnabled(wizard));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(CreateMachineWizard::NamePage));
        QVERIFY(nextEnabled(wizard)); // empty: Fly picks a name
        QTest::keyClicks(wizard.nameEdit(), u"Web_1"_s);
        QVERIFY(!nextEnabled(wizard));
        wizard.nameEdit()->setText(u"web-1"_s);
        QVERIFY(!nextEnabled(wizard)); // taken in this app
        wizard.nameEdit()->setText(u"my-nginx-server"_s);
        QVERIFY(nextEnabled(wizard));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(CreateMachineWizard::RegionPage));
        QCOMPARE(wizard.regionPicker()->currentRegion(), u"lhr"_s);
        QVERIFY(nextEnabled(wizard));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(CreateMachineWizard::SizePage));
        wizard.findChild<QSpinBox *>(u"memorySpin"_s)->setValue(300);
        QVERIFY(!nextEnabled(wizard));
        wizard.findChild<QSpinBox *>(u"memorySpin"_s)->setValue(512);
        QVERIFY(nextEnabled(wizard));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(CreateMachineWizard::VolumePage));
        // Only the free volume in the chosen region is offered.
        QVERIFY(!wizard.mountSection()->chooseVolume(u"vol_far"_s));
        wizard.newVolumeRadio()->setChecked(true);
        wizard.newVolumeNameEdit()->setText(u"Bad Name"_s);
        QVERIFY(!nextEnabled(wizard));
        wizard.newVolumeNameEdit()->setText(u"nginx-data"_s);
        QVERIFY(nextEnabled(wizard));
        wizard.findChild<QLineEdit *>(u"newVolumePathEdit"_s)->setText(u"data"_s);
        QVERIFY(!nextEnabled(wizard));
        wizard.findChild<QLineEdit *>(u"newVolumePathEdit"_s)->setText(u"/usr/share/nginx/html"_s);
        QVERIFY(nextEnabled(wizard));
        wizard.next();
        wizard.next(); // services
        wizard.next(); // environment

        QCOMPARE(wizard.currentId(), int(CreateMachineWizard::ReviewPage));
        const QJsonObject sent =
            QJsonDocument::fromJson(wizard.reviewJson()->toPlainText().toUtf8()).object();
        QCOMPARE(sent.value(u"name"_s).toString(), u"my-nginx-server"_s);
        QCOMPARE(sent.value(u"region"_s).toString(), u"lhr"_s);
        const QJsonObject config = sent.value(u"config"_s).toObject();
        QCOMPARE(config.value(u"image"_s).toString(), u"nginx:latest"_s);
        QCOMPARE(config.value(u"guest"_s).toObject().value(u"memory_mb"_s).toInt(), 512);
        QCOMPARE(config.value(u"guest"_s).toObject().value(u"cpus"_s).toInt(), 1);

        QSignalSpy ready(&wizard, &CreateMachineWizard::planReady);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(ready.count(), 1);
        const auto plan = ready.first().first().value<core::MachinePlan>();
        QVERIFY(plan.volume.has_value());
        QCOMPARE(plan.volume->name, u"nginx-data"_s);
        QCOMPARE(plan.volume->region, u"lhr"_s);
        QCOMPARE(plan.volume->sizeGb.value_or(0), 1);
        QCOMPARE(plan.mountPath, u"/usr/share/nginx/html"_s);
    }

    void anExistingFreeVolumeIsMounted()
    {
        CreateMachineWizard wizard(setup());
        wizard.show();
        wizard.imageSection()->setImage(u"nginx:latest"_s);
        for (int page = 0; page < 4; ++page)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateMachineWizard::VolumePage));
        QVERIFY(wizard.mountSection()->chooseVolume(u"vol_free"_s, u"/data"_s));
        QVERIFY(wizard.findChild<QRadioButton *>(u"existingVolumeRadio"_s)->isChecked());
        const core::MachinePlan plan = wizard.plan();
        QVERIFY(!plan.volume);
        QCOMPARE(plan.machine.config.mounts().size(), 1);
        QCOMPARE(plan.machine.config.mounts().first().volume(), u"vol_free"_s);
        QCOMPARE(plan.machine.config.mounts().first().path(), u"/data"_s);
    }

    void aCloneStartsFromTheOriginal()
    {
        CreateMachineWizard::Setup s = setup();
        s.takenNames.append(u"web-1-copy"_s);
        CreateMachineWizard wizard(s);
        const api::Machine original(json(R"({"id":"m1","name":"web-1","region":"lhr",
            "config":{"image":"nginx:1.27","guest":{"cpu_kind":"shared","cpus":2,"memory_mb":1024},
                      "env":{"A":"1"},"mounts":[{"volume":"vol_orig","path":"/srv"}],
                      "x_unknown":{"kept":true}}})"));
        const api::Volume volume(json(R"({"id":"vol_orig","name":"web_data","region":"lhr",
                                          "size_gb":5,"attached_machine_id":"m1"})"));
        wizard.cloneFrom(original, volume);
        QCOMPARE(wizard.nameEdit()->text(), u"web-1-copy-2"_s);
        const core::MachinePlan plan = wizard.plan();
        QCOMPARE(plan.machine.config.image(), u"nginx:1.27"_s);
        QCOMPARE(plan.machine.config.env().value(u"A"_s), u"1"_s);
        QVERIFY(plan.machine.config.json().contains(u"x_unknown"_s));
        QVERIFY(plan.machine.config.mounts().isEmpty());
        QVERIFY(plan.volume.has_value());
        QCOMPARE(plan.volume->sourceVolumeId, u"vol_orig"_s); // forked by default
        QCOMPARE(plan.mountPath, u"/srv"_s);
        wizard.newVolumeRadio()->setChecked(true); // or a fresh one of the same size
        QCOMPARE(wizard.plan().volume->sourceVolumeId, QString());
        QCOMPARE(wizard.plan().volume->sizeGb.value_or(0), 5);
    }

    void machineNamesFollowFlysRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("plain") << u"my-nginx-server"_s << true;
        QTest::newRow("upper") << u"MyServer"_s << false;
        QTest::newRow("underscore") << u"my_server"_s << false;
        QTest::newRow("leading dash") << u"-web"_s << false;
        QTest::newRow("trailing dash") << u"web-"_s << false;
        QTest::newRow("too long") << QString(64, u'a') << false;
        QTest::newRow("taken") << u"web-1"_s << false;
    }
    void machineNamesFollowFlysRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(gui::machineNameProblem(name, {u"web-1"_s}).isEmpty(), ok);
    }
};

QTEST_MAIN(TestCreateMachineWizard)
#include "tst_createmachinewizard.moc"
