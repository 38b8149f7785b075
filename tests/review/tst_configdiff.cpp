// ConfigDiff: objects key by key, arrays matched by identity or index, unknown fields kept.
#include "configfixtures.h"
#include "core/configdiff/configdiff.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace hangar::core;
using namespace configfixtures;
using namespace Qt::StringLiterals;

namespace {

QStringList changedPaths(const ConfigDiff &diff)
{
    QStringList paths;
    for (const DiffEntry *entry : diff.changes())
        paths.append(entry->path);
    return paths;
}

DiffKind kindAt(const ConfigDiff &diff, const QString &path)
{
    const DiffEntry *entry = diff.find(path);
    return entry ? entry->kind : DiffKind(-1);
}

} // namespace

class TestConfigDiff : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void identicalConfigsHaveNoChanges()
    {
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), nginxConfig());
        QVERIFY(!diff.hasChanges());
        QCOMPARE(diff.changeCount(), 0);
        QCOMPARE(diff.root().kind, DiffKind::Unchanged);
        QVERIFY(diff.root().container);
        QCOMPARE(diff.root().children.front().name, u"image"_s); // reading order, not a-z
    }

    void portAddedInsideOneServiceAmongSeveral()
    {
        const QJsonObject port {{u"port"_s, 8443}, {u"handlers"_s, QJsonArray {u"tls"_s}}};
        const ConfigDiff diff = ConfigDiff::compare(
            nginxConfig(), edited([&](QJsonObject &json) { addPort(json, 0, port); }));
        QCOMPARE(changedPaths(diff), QStringList {u"services[tcp/8080].ports[8443]"_s});
        const DiffEntry *added = diff.find(u"services[tcp/8080].ports[8443]"_s);
        QCOMPARE(added->kind, DiffKind::Added);
        QVERIFY(added->element);
        QCOMPARE(added->newValue.toObject(), port);
        QVERIFY(added->oldValue.isUndefined());
        QCOMPARE(kindAt(diff, u"services"_s), DiffKind::Changed);
        QCOMPARE(kindAt(diff, u"services[tcp/8080]"_s), DiffKind::Changed);
        QCOMPARE(kindAt(diff, u"services[tcp/8080].ports[443]"_s), DiffKind::Unchanged);
        QCOMPARE(kindAt(diff, u"services[udp/5353]"_s), DiffKind::Unchanged);
        QCOMPARE(kindAt(diff, u"services[tcp/9090].ports[9000-9010]"_s), DiffKind::Unchanged);
    }

    void reorderedServicesAndPortsAreUnchanged()
    {
        const auto reorder = [](QJsonObject &json) {
            QJsonArray services = json.value(u"services"_s).toArray();
            QJsonObject web = services.at(0).toObject();
            QJsonArray ports = web.value(u"ports"_s).toArray();
            web[u"ports"_s] = QJsonArray {ports.at(1), ports.at(0)};
            json[u"services"_s] = QJsonArray {services.at(2), web, services.at(1)};
        };
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), edited(reorder));
        QVERIFY(!diff.hasChanges());
        // Shown in the new order.
        const DiffEntry *services = diff.find(u"services"_s);
        QCOMPARE(services->children.at(0).name, u"tcp/9090"_s);
        QCOMPARE(services->children.at(2).name, u"udp/5353"_s);
    }

    void removedElementStaysWhereItWas()
    {
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), edited([](QJsonObject &json) {
            QJsonArray services = json.value(u"services"_s).toArray();
            services.removeAt(1);
            json[u"services"_s] = services;
        }));
        QCOMPARE(changedPaths(diff), QStringList {u"services[udp/5353]"_s});
        const DiffEntry *services = diff.find(u"services"_s);
        QCOMPARE(services->children.size(), size_t(3));
        QCOMPARE(services->children.at(1).name, u"udp/5353"_s);
        QCOMPARE(services->children.at(1).kind, DiffKind::Removed);
        QVERIFY(services->children.at(1).newValue.isUndefined());
    }

    void fileContentChanged()
    {
        const QString content = base64("worker_processes 4;\nevents {}\nhttp {\n}\n");
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), edited([&](QJsonObject &json) {
            QJsonArray files = json.value(u"files"_s).toArray();
            QJsonObject file = files.at(0).toObject();
            file[u"raw_value"_s] = content;
            files[0] = file;
            json[u"files"_s] = files;
        }));
        QCOMPARE(changedPaths(diff), QStringList {u"files[/etc/nginx/nginx.conf].raw_value"_s});
        const DiffEntry *raw = diff.find(u"files[/etc/nginx/nginx.conf].raw_value"_s);
        QCOMPARE(raw->kind, DiffKind::Changed);
        QCOMPARE(raw->newValue.toString(), content);
        QCOMPARE(kindAt(diff, u"files[/etc/nginx/nginx.conf].mode"_s), DiffKind::Unchanged);
    }

    void envKeyRemovedAndAdded()
    {
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), edited([](QJsonObject &json) {
            QJsonObject env = json.value(u"env"_s).toObject();
            env.remove(u"LOG_LEVEL"_s);
            env.insert(u"A.B"_s, u"1"_s); // not a plain key: quoted in the path
            json[u"env"_s] = env;
        }));
        QCOMPARE(changedPaths(diff), (QStringList {u"env[\"A.B\"]"_s, u"env.LOG_LEVEL"_s}));
        const DiffEntry *removed = diff.find(u"env.LOG_LEVEL"_s);
        QCOMPARE(removed->kind, DiffKind::Removed);
        QCOMPARE(removed->oldValue.toString(), u"info"_s);
        QVERIFY(removed->newValue.isUndefined());
        QCOMPARE(kindAt(diff, u"env.PORT"_s), DiffKind::Unchanged);
    }

    void unknownNestedFieldsAreCompared()
    {
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), edited([](QJsonObject &json) {
            json[u"future_section"_s] =
                QJsonObject {{u"knob"_s, 1}, {u"nested"_s, QJsonObject {{u"deep"_s, false}}}};
            json[u"zz_new_top_level"_s] = u"x"_s;
            QJsonObject web = serviceAt(json, 0);
            QJsonArray ports = web.value(u"ports"_s).toArray();
            QJsonObject https = ports.at(1).toObject();
            https[u"future_knob"_s] = QJsonObject {{u"on"_s, true}};
            ports[1] = https;
            web[u"ports"_s] = ports;
            setServiceAt(json, 0, web);
        }));
        QCOMPARE(changedPaths(diff),
            (QStringList {u"services[tcp/8080].ports[443].future_knob"_s,
                u"future_section.nested.deep"_s, u"zz_new_top_level"_s}));
        QCOMPARE(kindAt(diff, u"services[tcp/8080].ports[443].future_knob"_s), DiffKind::Added);
        QCOMPARE(kindAt(diff, u"future_section.nested.deep"_s), DiffKind::Changed);
        QCOMPARE(diff.find(u"future_section.nested.deep"_s)->oldValue, QJsonValue(true));
        QCOMPARE(kindAt(diff, u"zz_new_top_level"_s), DiffKind::Added);
    }

    void scalarArraysAreLeaves()
    {
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), edited([](QJsonObject &json) {
            QJsonObject web = serviceAt(json, 0);
            QJsonArray ports = web.value(u"ports"_s).toArray();
            QJsonObject https = ports.at(1).toObject();
            https[u"handlers"_s] = QJsonArray {u"tls"_s, u"http"_s, u"proxy_proto"_s};
            ports[1] = https;
            web[u"ports"_s] = ports;
            setServiceAt(json, 0, web);
        }));
        const QString path = u"services[tcp/8080].ports[443].handlers"_s;
        QCOMPARE(changedPaths(diff), QStringList {path});
        const DiffEntry *handlers = diff.find(path);
        QVERIFY(!handlers->container);
        QCOMPARE(handlers->oldValue.toArray(), (QJsonArray {u"tls"_s, u"http"_s}));
    }

    void portRangesAndMountsAreKeyed()
    {
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), edited([](QJsonObject &json) {
            QJsonObject admin = serviceAt(json, 2);
            admin[u"ports"_s] = QJsonArray {QJsonObject {{u"start_port"_s, 9000},
                {u"end_port"_s, 9010}, {u"handlers"_s, QJsonArray {u"http"_s}}}};
            setServiceAt(json, 2, admin);
            json[u"mounts"_s] = QJsonArray {QJsonObject {{u"volume"_s, u"vol_nginxdata"_s},
                {u"path"_s, u"/srv"_s}, {u"name"_s, u"nginx_data"_s}}};
        }));
        QCOMPARE(changedPaths(diff),
            (QStringList {u"services[tcp/9090].ports[9000-9010].handlers"_s,
                u"mounts[vol_nginxdata].path"_s}));
    }

    void arraysWithoutKeysMatchByIndex()
    {
        const ConfigDiff diff = ConfigDiff::compare(nginxConfig(), edited([](QJsonObject &json) {
            QJsonObject web = serviceAt(json, 0);
            web[u"checks"_s] =
                QJsonArray {QJsonObject {{u"type"_s, u"http"_s}, {u"path"_s, u"/healthz"_s},
                                {u"interval"_s, u"15s"_s}},
                    QJsonObject {{u"type"_s, u"tcp"_s}}};
            setServiceAt(json, 0, web);
        }));
        QCOMPARE(changedPaths(diff),
            (QStringList {
                u"services[tcp/8080].checks[0].path"_s, u"services[tcp/8080].checks[1]"_s}));
    }

    void namedElementsMatchByName()
    {
        const QJsonObject before {{u"containers"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"app"_s}, {u"image"_s, u"app:1"_s}},
                QJsonObject {{u"name"_s, u"sidecar"_s}, {u"image"_s, u"log:1"_s}}}}};
        const QJsonObject after {{u"containers"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"sidecar"_s}, {u"image"_s, u"log:2"_s}},
                QJsonObject {{u"name"_s, u"app"_s}, {u"image"_s, u"app:1"_s}}}}};
        const ConfigDiff diff = ConfigDiff::compare(before, after);
        QCOMPARE(changedPaths(diff), QStringList {u"containers[sidecar].image"_s});
    }

    void repeatedKeysAreNumbered()
    {
        const QJsonObject port {{u"port"_s, 80}};
        const ConfigDiff diff = ConfigDiff::compare(
            nginxConfig(), edited([&](QJsonObject &json) { addPort(json, 0, port); }));
        QCOMPARE(changedPaths(diff), QStringList {u"services[tcp/8080].ports[80#2]"_s});
    }

    void nullEmptyAndMissingAreTheSame()
    {
        const QJsonObject before {
            {u"image"_s, u"a"_s}, {u"env"_s, QJsonValue::Null}, {u"services"_s, QJsonArray()}};
        const QJsonObject after {
            {u"image"_s, u"a"_s}, {u"env"_s, QJsonObject()}, {u"metadata"_s, QJsonValue::Null}};
        QVERIFY(!ConfigDiff::compare(before, after).hasChanges());
        const QJsonObject filled {{u"image"_s, u"a"_s}, {u"env"_s, QJsonObject {{u"A"_s, u"1"_s}}}};
        const ConfigDiff diff = ConfigDiff::compare(before, filled);
        QCOMPARE(changedPaths(diff), QStringList {u"env"_s});
        QCOMPARE(diff.find(u"env"_s)->kind, DiffKind::Changed);
    }

    void typeChangeIsAChange()
    {
        const ConfigDiff diff = ConfigDiff::compare(
            QJsonObject {{u"autostop"_s, true}}, QJsonObject {{u"autostop"_s, u"suspend"_s}});
        QCOMPARE(changedPaths(diff), QStringList {u"autostop"_s});
    }
};

QTEST_GUILESS_MAIN(TestConfigDiff)
#include "tst_configdiff.moc"
