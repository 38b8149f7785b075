#include "core/fleet/fleetrecords.h"
#include "gui/panels/machinepanel.h"

#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace Qt::StringLiterals;

// What the Overview tab shows, and that long values are shown whole.
class TestMachinePanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void longImageAndDigestAreShownWhole();
};

void TestMachinePanel::longImageAndDigestAreShownWhole()
{
    const QString image = u"registry.fly.io/api-backend:deployment-01JDEMO7Q3ABCDEFGHJKMNPQRS"_s;
    const QString digest =
        u"sha256:4bd6da5f8c8b2a5e3eef5b87c30b4f87b243f1c99cc007595d3a688a120c23fa"_s;
    core::MachineRecord record;
    record.appName = u"api-backend"_s;
    record.machine = api::Machine(QJsonObject {{u"id"_s, u"91dadb47932ad5"_s},
        {u"name"_s, u"api-8"_s}, {u"state"_s, u"started"_s}, {u"region"_s, u"gru"_s},
        {u"config"_s, QJsonObject {{u"image"_s, image}}},
        {u"image_ref"_s,
            QJsonObject {{u"registry"_s, u"registry.fly.io"_s}, {u"repository"_s, u"api-backend"_s},
                {u"tag"_s, u"deployment-01JDEMO7Q3"_s}, {u"digest"_s, digest}}}});

    gui::MachinePanel panel;
    panel.setMachine(record, u"Sao Paulo, Brazil"_s);
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    for (const auto &[name, text] :
        {std::pair {u"imageValue"_s, image}, std::pair {u"digestValue"_s, digest}}) {
        auto *label = panel.findChild<QLabel *>(name);
        QVERIFY(label);
        QCOMPARE(label->text(), text);
        // Every line of the text fits in the label: nothing is cut off below the first line.
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
            qPrintable(u"%1 is %2 px high but needs %3"_s.arg(name)
                           .arg(label->height())
                           .arg(label->heightForWidth(label->width()))));
        // With room to spare, the value is on one line.
        QVERIFY2(label->width() >= label->fontMetrics().horizontalAdvance(text),
            qPrintable(u"%1 is %2 px wide"_s.arg(name).arg(label->width())));
    }
}

QTEST_MAIN(TestMachinePanel)
#include "tst_machinepanel.moc"
