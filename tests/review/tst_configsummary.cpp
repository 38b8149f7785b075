// summarize(): one sentence per kind of change, and what happens to the machine.
#include "configfixtures.h"
#include "core/configdiff/configsummary.h"
#include "englishplurals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace hangar;
using namespace configfixtures;
using namespace Qt::StringLiterals;

using Edit = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

void setField(
    QJsonObject &json, const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonObject object = json.value(section).toObject();
    object[key] = value;
    json[section] = object;
}

void removeField(QJsonObject &json, const QString &section, const QString &key)
{
    QJsonObject object = json.value(section).toObject();
    object.remove(key);
    json[section] = object;
}

} // namespace

class TestConfigSummary : public QObject {
    Q_OBJECT

private:
    reviewtests::EnglishPlurals m_english;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::installTranslator(&m_english);
    }

    void summary_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");

        const Edit nothing = [](QJsonObject &) {};
        const Edit imageAndMemory = [](QJsonObject &json) {
            json[u"image"_s] = u"registry-1.docker.io/library/nginx:1.27"_s;
            setField(json, u"guest"_s, u"memory_mb"_s, 512);
        };
        QTest::newRow("no changes") << nothing << u"started"_s << u"No changes."_s;
        QTest::newRow("started restarts") << imageAndMemory << u"started"_s
                                          << u"Image nginx:1.25 → nginx:1.27, memory 256 → 512 MB; "
                                             "the machine will restart."_s;
        QTest::newRow("stopped stays stopped")
            << imageAndMemory << u"stopped"_s
            << u"Image nginx:1.25 → nginx:1.27, memory 256 → 512 MB; the machine stays stopped."_s;
        QTest::newRow("suspended") << imageAndMemory << u"suspended"_s
                                   << u"Image nginx:1.25 → nginx:1.27, memory 256 → 512 MB; the "
                                      "machine stays stopped and its suspended state is lost."_s;
        QTest::newRow("unknown state says nothing")
            << imageAndMemory << QString()
            << u"Image nginx:1.25 → nginx:1.27, memory 256 → 512 MB."_s;
        QTest::newRow("other registry")
            << Edit([](QJsonObject &json) { json[u"image"_s] = u"registry.fly.io/web:v2"_s; })
            << u"started"_s
            << u"Image nginx:1.25 → registry.fly.io/web:v2; the machine will restart."_s;
        QTest::newRow("preset to preset") << Edit([](QJsonObject &json) {
            setField(json, u"guest"_s, u"cpus"_s, 2);
            setField(json, u"guest"_s, u"memory_mb"_s, 512);
        }) << u"started"_s << u"Size shared-cpu-1x → shared-cpu-2x; the machine will restart."_s;
        QTest::newRow("performance") << Edit([](QJsonObject &json) {
            json[u"guest"_s] = QJsonObject {
                {u"cpu_kind"_s, u"performance"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 4096}};
        }) << u"started"_s
                                     << u"CPU kind shared → performance, memory 256 → 4096 MB; the "
                                        "machine will restart."_s;
        QTest::newRow("one env added")
            << Edit([](QJsonObject &json) { setField(json, u"env"_s, u"DEBUG"_s, u"1"_s); })
            << u"stopped"_s << u"Env DEBUG added; the machine stays stopped."_s;
        QTest::newRow("env counts") << Edit([](QJsonObject &json) {
            for (const QString &key : {u"A"_s, u"B"_s, u"C"_s})
                setField(json, u"env"_s, key, u"1"_s);
            setField(json, u"env"_s, u"PORT"_s, u"9090"_s);
            removeField(json, u"env"_s, u"LOG_LEVEL"_s);
        }) << u"started"_s
                                    << u"3 env variables added, env PORT changed, env LOG_LEVEL "
                                       "removed; the machine will restart."_s;
        QTest::newRow("env replaced") << Edit([](QJsonObject &json) {
            json[u"env"_s] = QJsonObject {{u"X"_s, u"1"_s}};
        }) << u"stopped"_s
                                      << u"Env X added, env LOG_LEVEL removed, env PORT removed; "
                                         "the machine stays stopped."_s;
        QTest::newRow("port added") << Edit([](QJsonObject &json) {
            addPort(json, 0, QJsonObject {{u"port"_s, 8443}});
        }) << u"started"_s << u"Port 8443 added to tcp/8080; the machine will restart."_s;
        QTest::newRow("service removed and changed")
            << Edit([](QJsonObject &json) {
                   QJsonArray services = json.value(u"services"_s).toArray();
                   QJsonObject web = services.at(0).toObject();
                   web[u"autostop"_s] = u"suspend"_s;
                   json[u"services"_s] = QJsonArray {web, services.at(2)};
               })
            << u"started"_s
            << u"Service tcp/8080 changed, service "
               "udp/5353 removed; the machine will restart."_s;
        QTest::newRow("mount") << Edit([](QJsonObject &json) {
            json[u"mounts"_s] = QJsonArray {
                QJsonObject {{u"volume"_s, u"vol_config"_s}, {u"path"_s, u"/etc/nginx"_s}}};
        }) << u"started"_s
                               << u"Volume vol_config mounted at /etc/nginx, volume vol_nginxdata "
                                  "unmounted; the machine will restart."_s;
        QTest::newRow("file changed") << Edit([](QJsonObject &json) {
            QJsonArray files = json.value(u"files"_s).toArray();
            QJsonObject file = files.at(0).toObject();
            file[u"raw_value"_s] = base64("worker_processes 2;\n");
            files[0] = file;
            files.append(
                QJsonObject {{u"guest_path"_s, u"/etc/motd"_s}, {u"secret_name"_s, u"MOTD"_s}});
            json[u"files"_s] = files;
        }) << u"started"_s
                                      << u"File /etc/motd added, file /etc/nginx/nginx.conf "
                                         "changed; the machine will restart."_s;
        QTest::newRow("restart and check") << Edit([](QJsonObject &json) {
            json[u"restart"_s] = QJsonObject {{u"policy"_s, u"always"_s}, {u"max_retries"_s, 3}};
            json.remove(u"checks"_s);
        }) << u"started"_s
                                           << u"Check alive removed, restart policy on-failure → "
                                              "always; the machine will restart."_s;
        QTest::newRow("unknown field")
            << Edit([](QJsonObject &json) { setField(json, u"future_section"_s, u"knob"_s, 2); })
            << u"started"_s << u"Field future_section changed; the machine will restart."_s;
        QTest::newRow("many changes")
            << Edit([](QJsonObject &json) {
                   json[u"image"_s] = u"nginx:1.27"_s;
                   setField(json, u"guest"_s, u"memory_mb"_s, 512);
                   setField(json, u"env"_s, u"A"_s, u"1"_s);
                   setField(json, u"metadata"_s, u"team"_s, u"web"_s);
                   json[u"auto_destroy"_s] = true;
                   json[u"schedule"_s] = u"daily"_s;
                   json[u"dns"_s] = QJsonObject {{u"skip_registration"_s, true}};
               })
            << u"started"_s
            << u"Image nginx:1.25 → nginx:1.27, memory 256 → 512 MB, env A "
               "added, metadata team added, auto-destroy on, and 2 other "
               "changes; the machine will restart."_s;
    }

    void summary()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, state);
        QFETCH(QString, expected);
        QCOMPARE(core::summarize(nginxConfig(), edited(edit), state), expected);
    }

    void reorderingIsNoChange()
    {
        const api::MachineConfig reordered = edited([](QJsonObject &json) {
            const QJsonArray services = json.value(u"services"_s).toArray();
            json[u"services"_s] = QJsonArray {services.at(2), services.at(1), services.at(0)};
        });
        QVERIFY(core::describeChanges(nginxConfig(), reordered).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigSummary)
#include "tst_configsummary.moc"
