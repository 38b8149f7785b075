#include "gui/config/configeditor.h"
#include "gui/config/filessection.h"
#include "gui/config/keyvaluesection.h"
#include "gui/config/mountsection.h"
#include "gui/config/processsection.h"
#include "gui/config/servicessection.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace hangar;
using gui::ConfigEditor;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error {};
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(text), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

// A config as the server sends it, with fields Hangar does not know at several depths.
const char *kServerConfig = R"({
  "image": "nginx:1.25",
  "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256, "x_future_guest": 7},
  "env": {"LOG_LEVEL": "info"},
  "services": [{"protocol": "tcp", "internal_port": 8080, "autostop": true, "autostart": true,
                "ports": [{"port": 443, "handlers": ["tls", "http"], "x_port_extra": "keep"}],
                "x_service_extra": {"a": 1}}],
  "mounts": [{"volume": "vol_data", "path": "/data", "extend_threshold_percent": 80}],
  "restart": {"policy": "on-failure", "max_retries": 3},
  "metrics": {"port": 9091, "path": "/metrics"},
  "x_future_top": {"nested": [1, 2, 3]}
})";

gui::ConfigEditorContext context()
{
    gui::ConfigEditorContext c;
    c.appName = QStringLiteral("my-app");
    c.region = QStringLiteral("lhr");
    c.machineId = QStringLiteral("m1");
    c.volumes = {api::Volume(json(R"({"id":"vol_data","name":"data","region":"lhr","size_gb":1,
                                       "attached_machine_id":"m1","state":"created"})")),
        api::Volume(json(R"({"id":"vol_free","name":"spare","region":"lhr","size_gb":3,
                                       "state":"created"})")),
        api::Volume(json(R"({"id":"vol_ams","name":"far","region":"ams","size_gb":1,
                                       "state":"created"})")),
        api::Volume(json(R"({"id":"vol_used","name":"taken","region":"lhr","size_gb":1,
                                       "attached_machine_id":"m9","state":"created"})"))};
    c.secretNames = {QStringLiteral("DATABASE_URL")};
    return c;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

bool problemsMention(const ConfigEditor &editor, const QString &text)
{
    const QStringList problems = editor.problems();
    return std::any_of(problems.cbegin(), problems.cend(),
        [&](const QString &p) { return p.contains(text, Qt::CaseInsensitive); });
}

} // namespace

class TestConfigEditor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ConfigEditor> m_editor;

    // Replaces the draft through the JSON tab, as a user pasting JSON would.
    void typeJson(const QJsonObject &object)
    {
        m_editor->jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson()));
    }
    void typeJsonPatch(const QString &key, const QJsonValue &value)
    {
        QJsonObject object = m_editor->draft().json();
        object.insert(key, value);
        typeJson(object);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_editor = std::make_unique<ConfigEditor>();
        m_editor->load(api::MachineConfig(json(kServerConfig)), context());
    }
    void cleanup() { m_editor.reset(); }

    void loadingChangesNothing()
    {
        QVERIFY(!m_editor->isModified());
        QCOMPARE(m_editor->draft().json(), json(kServerConfig));
        QVERIFY2(m_editor->problems().isEmpty(), qPrintable(m_editor->problems().join(u'\n')));
    }

    void formEditKeepsEveryUnknownField()
    {
        QSignalSpy changed(m_editor.get(), &ConfigEditor::draftChanged);
        auto *image = child<QLineEdit>(m_editor.get(), "imageEdit");
        image->selectAll();
        QTest::keyClicks(image, QStringLiteral("nginx:1.27"));
        QVERIFY(changed.count() > 0);
        QVERIFY(m_editor->isModified());
        QJsonObject expected = json(kServerConfig);
        expected.insert(QStringLiteral("image"), QStringLiteral("nginx:1.27"));
        QCOMPARE(m_editor->draft().json(), expected);

        // Size, env and service edits each touch only their own keys.
        child<QSpinBox>(m_editor.get(), "memorySpin")->setValue(512);
        auto *autostop = child<QComboBox>(m_editor.get(), "autostopCombo");
        autostop->setCurrentIndex(autostop->findData(int(api::Autostop::Suspend)));
        emit autostop->activated(autostop->currentIndex());
        const QJsonObject draft = m_editor->draft().json();
        QCOMPARE(draft.value(u"guest"_s).toObject().value(u"memory_mb"_s).toInt(), 512);
        QCOMPARE(draft.value(u"guest"_s).toObject().value(u"x_future_guest"_s).toInt(), 7);
        const QJsonObject service = draft.value(u"services"_s).toArray().first().toObject();
        QCOMPARE(service.value(u"autostop"_s).toString(), QStringLiteral("suspend"));
        QCOMPARE(service.value(u"x_service_extra"_s).toObject().value(u"a"_s).toInt(), 1);
        QCOMPARE(service.value(u"ports"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"x_port_extra"_s)
                     .toString(),
            QStringLiteral("keep"));
        QCOMPARE(draft.value(u"x_future_top"_s), expected.value(u"x_future_top"_s));
        QCOMPARE(draft.value(u"metrics"_s), expected.value(u"metrics"_s));
        QCOMPARE(draft.value(u"mounts"_s), expected.value(u"mounts"_s));

        // The JSON tab shows the same draft, unknown fields included.
        const QJsonObject shown =
            QJsonDocument::fromJson(m_editor->jsonEdit()->toPlainText().toUtf8()).object();
        QCOMPARE(shown, draft);
    }

    void unknownTopLevelFieldsAreNamedInTheForm()
    {
        auto *note = child<QLabel>(m_editor.get(), "unshownFields");
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("x_future_top")));
        QVERIFY(note->text().contains(QStringLiteral("metrics")));
    }

    void jsonEditUpdatesTheForm()
    {
        QJsonObject edited = json(kServerConfig);
        edited.insert(QStringLiteral("image"), QStringLiteral("caddy:2"));
        edited.insert(QStringLiteral("env"), QJsonObject {{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}});
        typeJson(edited);
        QCOMPARE(child<QLineEdit>(m_editor.get(), "imageEdit")->text(), QStringLiteral("caddy:2"));
        QCOMPARE(child<QTableWidget>(m_editor.get(), "envTable")->rowCount(), 2);
        QCOMPARE(m_editor->draft().json(), edited);
        // And a form edit after that builds on the JSON edit.
        m_editor->envSection()->addEntry(QStringLiteral("C"), QStringLiteral("3"));
        QCOMPARE(m_editor->draft().env().size(), 3);
        QCOMPARE(m_editor->draft().image(), QStringLiteral("caddy:2"));
    }

    void brokenJsonIsReportedWithItsPlace()
    {
        m_editor->jsonEdit()->setPlainText(
            QStringLiteral("{\n  \"image\": \"nginx\"\n  \"env\": {}\n}"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("Line 3")));
        auto *tabs = child<QTabWidget>(m_editor.get(), "configEditorTabs");
        QVERIFY(!tabs->isTabEnabled(0));
        QVERIFY(child<QLabel>(m_editor.get(), "configJsonStatus")
                    ->text()
                    .contains(QStringLiteral("Line 3")));
        m_editor->jsonEdit()->setPlainText(QStringLiteral("[1, 2]"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("JSON object")));
        typeJson(json(kServerConfig));
        QVERIFY(tabs->isTabEnabled(0));
        QVERIFY(m_editor->problems().isEmpty());
    }

    void imageRules()
    {
        typeJsonPatch(u"image"_s, QString());
        QVERIFY(problemsMention(*m_editor, QStringLiteral("image is required")));
        typeJsonPatch(u"image"_s, QStringLiteral("nginx latest"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("no spaces")));
    }

    void sizeRules()
    {
        typeJsonPatch(u"guest"_s,
            QJsonObject {{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 3}, {u"memory_mb"_s, 768}});
        QVERIFY(!m_editor->problems().isEmpty());
        typeJsonPatch(u"guest"_s,
            QJsonObject {{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 300}});
        QVERIFY(!m_editor->problems().isEmpty());
        typeJsonPatch(u"guest"_s,
            QJsonObject {
                {u"cpu_kind"_s, u"performance"_s}, {u"cpus"_s, 2}, {u"memory_mb"_s, 1024}});
        QVERIFY(!m_editor->problems().isEmpty());
        // A preset picked in the form is valid and named.
        auto *preset = child<QComboBox>(m_editor.get(), "sizePresetCombo");
        preset->setCurrentIndex(preset->findData(QStringLiteral("shared-cpu-2x")));
        emit preset->activated(preset->currentIndex());
        QVERIFY(m_editor->problems().isEmpty());
        QCOMPARE(m_editor->draft().guest().memoryMb(), 512);
        QCOMPARE(m_editor->draft().guest().cpus(), 2);
    }

    void envRules()
    {
        auto *table = child<QTableWidget>(m_editor.get(), "envTable");
        m_editor->envSection()->addEntry(QStringLiteral("LOG_LEVEL"), QStringLiteral("debug"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("set twice")));
        QVERIFY(!table->item(1, 0)->toolTip().isEmpty()); // marked on its row
        table->item(1, 0)->setText(QStringLiteral("1BAD"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("not a usable variable name")));
        table->item(1, 0)->setText(QString());
        QVERIFY(problemsMention(*m_editor, QStringLiteral("no name")));
        table->item(1, 0)->setText(QStringLiteral("PORT"));
        QVERIFY(m_editor->problems().isEmpty());
        QCOMPARE(m_editor->draft().env().value(QStringLiteral("PORT")), QStringLiteral("debug"));
    }

    void serviceRules()
    {
        auto *ports = child<QTableWidget>(m_editor.get(), "portsTable");
        ports->item(0, 0)->setText(QStringLiteral("70000"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("1 to 65535")));
        ports->item(0, 0)->setText(QStringLiteral("abc"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("1 to 65535")));
        ports->item(0, 0)->setText(QStringLiteral("9000-8000"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("1 to 65535")));
        ports->item(0, 0)->setText(QStringLiteral("8000-8010"));
        QVERIFY(m_editor->problems().isEmpty());
        const QJsonObject port = m_editor->draft()
                                     .json()
                                     .value(u"services"_s)
                                     .toArray()[0]
                                     .toObject()
                                     .value(u"ports"_s)
                                     .toArray()[0]
                                     .toObject();
        QCOMPARE(port.value(u"start_port"_s).toInt(), 8000);
        QCOMPARE(port.value(u"end_port"_s).toInt(), 8010);
        QVERIFY(!port.contains(QStringLiteral("port")));
        ports->item(0, 1)->setText(QStringLiteral("tls, Http!"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("not a handler")));
        ports->item(0, 1)->setText(QStringLiteral("tls http"));
        QVERIFY(m_editor->problems().isEmpty());

        child<QSpinBox>(m_editor.get(), "internalPortSpin")->setValue(0);
        QVERIFY(problemsMention(*m_editor, QStringLiteral("internal port")));
        child<QSpinBox>(m_editor.get(), "internalPortSpin")->setValue(80);
        child<QSpinBox>(m_editor.get(), "softLimitSpin")->setValue(50);
        child<QSpinBox>(m_editor.get(), "hardLimitSpin")->setValue(25);
        QVERIFY(problemsMention(*m_editor, QStringLiteral("soft limit")));
        child<QSpinBox>(m_editor.get(), "hardLimitSpin")->setValue(100);
        QVERIFY(m_editor->problems().isEmpty());
    }

    void addingAWebServiceWritesTheUsualPorts()
    {
        typeJsonPatch(u"services"_s, QJsonArray());
        m_editor->servicesSection()->addWebService(80);
        const QJsonArray services = m_editor->draft().json().value(u"services"_s).toArray();
        QCOMPARE(services.size(), 1);
        const QJsonArray ports = services[0].toObject().value(u"ports"_s).toArray();
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports[0].toObject().value(u"force_https"_s).toBool(), true);
        QCOMPARE(ports[1].toObject().value(u"handlers"_s).toArray().size(), 2);
        QVERIFY(m_editor->problems().isEmpty());
    }

    void checkRules()
    {
        typeJsonPatch(u"checks"_s, json(R"({"alive":{"type":"ftp","port":8080}})"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("tcp or http")));
        typeJsonPatch(u"checks"_s, json(R"({"alive":{"type":"http","port":99999,"path":"/"}})"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("1 to 65535")));
        typeJsonPatch(
            u"checks"_s, json(R"({"alive":{"type":"http","port":8080,"path":"healthz"}})"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("starts with /")));
        typeJsonPatch(u"checks"_s,
            json(R"({"alive":{"type":"http","port":8080,"path":"/healthz","interval":"15s"}})"));
        QVERIFY(m_editor->problems().isEmpty());
        auto *table = m_editor->findChild<QWidget *>(QStringLiteral("checksSection"))
                          ->findChild<QTableWidget *>(QStringLiteral("checksTable"));
        table->item(0, 3)->setText(QStringLiteral("fifteen seconds"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("not a duration")));
        table->item(0, 3)->setText(QStringLiteral("1m30s"));
        QVERIFY(m_editor->problems().isEmpty());
        QCOMPARE(m_editor->draft().checks().value(QStringLiteral("alive")).intervalMs(), 90000);
    }

    void mountRules()
    {
        auto *combo = child<QComboBox>(m_editor.get(), "mountVolumeCombo");
        // Offered: none, the mounted volume and the free one in the same region only.
        QCOMPARE(combo->count(), 3);
        QVERIFY(combo->findData(QStringLiteral("vol_free")) > 0);
        QCOMPARE(combo->findData(QStringLiteral("vol_ams")), -1);
        QCOMPARE(combo->findData(QStringLiteral("vol_used")), -1);
        auto *path = child<QLineEdit>(m_editor.get(), "mountPathEdit");
        path->setText(QStringLiteral("data"));
        emit path->textEdited(path->text());
        QVERIFY(problemsMention(*m_editor, QStringLiteral("absolute")));
        path->setText(QStringLiteral("/"));
        emit path->textEdited(path->text());
        QVERIFY(problemsMention(*m_editor, QStringLiteral("root")));
        path->clear();
        emit path->textEdited(path->text());
        QVERIFY(problemsMention(*m_editor, QStringLiteral("where to mount")));
        QVERIFY(m_editor->mountSection()->chooseVolume(
            QStringLiteral("vol_free"), QStringLiteral("/srv")));
        QVERIFY(m_editor->problems().isEmpty());
        const QJsonArray mounts = m_editor->draft().json().value(u"mounts"_s).toArray();
        QCOMPARE(mounts.size(), 1);
        QCOMPARE(mounts[0].toObject().value(u"volume"_s).toString(), QStringLiteral("vol_free"));
        QCOMPARE(mounts[0].toObject().value(u"path"_s).toString(), QStringLiteral("/srv"));
    }

    void aSecondMountIsExplainedNotAdded()
    {
        QSignalSpy asked(m_editor.get(), &ConfigEditor::secondMountRequested);
        auto *button = child<QPushButton>(m_editor.get(), "mountAnotherButton");
        QVERIFY(button->menu());
        const QList<QAction *> actions = button->menu()->actions();
        const auto spare = std::find_if(actions.cbegin(), actions.cend(),
            [](QAction *a) { return a->data().toString() == QLatin1String("vol_free"); });
        QVERIFY(spare != actions.cend());
        (*spare)->trigger();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), QStringLiteral("vol_free"));
        QCOMPARE(m_editor->draft().mounts().size(), 1);

        // Two mounts typed into the JSON are refused with the same explanation.
        QJsonArray mounts = m_editor->draft().json().value(u"mounts"_s).toArray();
        mounts.append(QJsonObject {{u"volume"_s, u"vol_free"_s}, {u"path"_s, u"/config"_s}});
        typeJsonPatch(u"mounts"_s, mounts);
        QVERIFY(problemsMention(*m_editor, QStringLiteral("at most one volume")));
    }

    void fileRules()
    {
        typeJsonPatch(
            u"files"_s, json(R"({"a":[{"guest_path":"etc/x","raw_value":"eA=="}]})").value(u"a"_s));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("absolute")));
        typeJsonPatch(u"files"_s,
            json(R"({"a":[{"guest_path":"/etc/x","raw_value":"eA=="},
                                             {"guest_path":"/etc/x","secret_name":"S"}]})")
                .value(u"a"_s));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("Two config files")));
    }

    void processRules()
    {
        auto *cmd = child<QLineEdit>(m_editor.get(), "cmdEdit");
        cmd->setText(QStringLiteral("nginx -g 'daemon off;"));
        emit cmd->textEdited(cmd->text());
        QVERIFY(problemsMention(*m_editor, QStringLiteral("quote")));
        cmd->setText(QStringLiteral("nginx -g 'daemon off;'"));
        emit cmd->textEdited(cmd->text());
        QVERIFY(m_editor->problems().isEmpty());
        QCOMPARE(
            m_editor->draft().init().cmd(), QStringList({u"nginx"_s, u"-g"_s, u"daemon off;"_s}));
        auto *timeout = child<QLineEdit>(m_editor.get(), "stopTimeoutEdit");
        timeout->setText(QStringLiteral("soon"));
        emit timeout->textEdited(timeout->text());
        QVERIFY(problemsMention(*m_editor, QStringLiteral("not a duration")));
        timeout->setText(QStringLiteral("30s"));
        emit timeout->textEdited(timeout->text());
        QVERIFY(m_editor->problems().isEmpty());
        QCOMPARE(m_editor->draft().stopConfig().timeoutMs(), 30000);
    }

    void dnsRules()
    {
        typeJsonPatch(u"dns"_s, json(R"({"hostname":"bad_host!"})"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("not a valid hostname")));
        typeJsonPatch(u"dns"_s, json(R"({"nameservers":["8.8.8.8","dns.example"]})"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("not an IP address")));
        typeJsonPatch(u"dns"_s, json(R"({"searches":["ok.example","-bad"]})"));
        QVERIFY(problemsMention(*m_editor, QStringLiteral("search domain")));
        typeJsonPatch(u"dns"_s,
            json(R"({"hostname":"web-1","nameservers":["fdaa::3"],"searches":["internal"]})"));
        QVERIFY(m_editor->problems().isEmpty());
    }

    void commandLinesRoundTrip_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("plain") << QStringList {u"nginx"_s, u"-g"_s, u"daemon off;"_s};
        QTest::newRow("quotes") << QStringList {u"sh"_s, u"-c"_s, u"echo 'hi' \"there\""_s};
        QTest::newRow("empty arg") << QStringList {u"x"_s, u""_s};
        QTest::newRow("none") << QStringList {};
    }
    void commandLinesRoundTrip()
    {
        QFETCH(QStringList, argv);
        QCOMPARE(gui::splitCommand(gui::joinCommand(argv)).value_or(QStringList {u"?"_s}), argv);
    }

    void aDraftContinuesWhereItWasLeft()
    {
        QJsonObject draft = json(kServerConfig);
        draft.insert(QStringLiteral("image"), QStringLiteral("nginx:1.27"));
        ConfigEditor editor;
        editor.load(api::MachineConfig(json(kServerConfig)), context(), draft);
        QVERIFY(editor.isModified());
        QCOMPARE(child<QLineEdit>(&editor, "imageEdit")->text(), QStringLiteral("nginx:1.27"));
        QCOMPARE(editor.original().image(), QStringLiteral("nginx:1.25"));
    }
};

QTEST_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
