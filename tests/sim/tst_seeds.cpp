#include "sim/world/simworld.h"
#include "simharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::sim;

class TestSeeds : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoFleetIsRealistic()
    {
        SimOptions options = SimHarness::testOptions();
        options.seed = QStringLiteral("demo");
        SimHarness sim(options);
        QStringList apps;
        for (const QString &org : {QStringLiteral("personal"), QStringLiteral("acme-corp")}) {
            for (const QJsonValue &app :
                sim.get(QStringLiteral("/apps"), QUrlQuery(QStringLiteral("org_slug=") + org))
                    .object()
                    .value(QLatin1String("apps"))
                    .toArray())
                apps.append(app.toObject().value(QLatin1String("name")).toString());
        }
        QVERIFY2(apps.size() >= 4 && apps.size() <= 6, qPrintable(apps.join(QLatin1Char(','))));

        int machines = 0;
        QSet<QString> regions;
        QSet<QString> states;
        bool metadata = false;
        bool services = false;
        int attached = 0;
        int unattached = 0;
        int withFiles = 0;
        int withSnapshots = 0;
        int secrets = 0;
        for (const QString &app : std::as_const(apps)) {
            for (const QJsonValue &value : sim.get(QStringLiteral("/apps/%1/machines").arg(app),
                                                  QUrlQuery(QStringLiteral("include_deleted=true")))
                                               .array()) {
                const QJsonObject machine = value.toObject();
                ++machines;
                regions.insert(machine.value(QLatin1String("region")).toString());
                states.insert(machine.value(QLatin1String("state")).toString());
                const QJsonObject config = machine.value(QLatin1String("config")).toObject();
                metadata =
                    metadata || !config.value(QLatin1String("metadata")).toObject().isEmpty();
                services = services || !config.value(QLatin1String("services")).toArray().isEmpty();
            }
            for (const QJsonValue &value :
                sim.get(QStringLiteral("/apps/%1/volumes").arg(app)).array()) {
                const QJsonObject volume = value.toObject();
                volume.value(QLatin1String("attached_machine_id")).isNull() ? ++unattached
                                                                            : ++attached;
                withFiles += volume.value(QLatin1String("bytes_used")).toInt() > 0 ? 1 : 0;
                const QString snapshots =
                    QStringLiteral("/apps/%1/volumes/%2/snapshots")
                        .arg(app, volume.value(QLatin1String("id")).toString());
                withSnapshots += sim.get(snapshots).array().isEmpty() ? 0 : 1;
            }
            secrets += int(sim.get(QStringLiteral("/apps/%1/secrets").arg(app))
                               .object()
                               .value(QLatin1String("secrets"))
                               .toArray()
                               .size());
        }
        QVERIFY2(machines >= 40 && machines <= 80, qPrintable(QString::number(machines)));
        QVERIFY2(regions.size() >= 12, qPrintable(QString::number(regions.size())));
        for (const char *state :
            {"created", "started", "stopped", "suspended", "failed", "destroyed"})
            QVERIFY2(states.contains(QLatin1String(state)), state);
        QVERIFY(metadata);
        QVERIFY(services);
        QVERIFY(attached > 0);
        QVERIFY(unattached > 0);
        QVERIFY(withFiles > 0);
        QVERIFY(withSnapshots > 0);
        QVERIFY(secrets > 0);
    }

    void demoMachinesWork()
    {
        SimOptions options = SimHarness::testOptions();
        options.seed = QStringLiteral("demo");
        SimHarness sim(options);
        const QJsonArray machines = sim.get(QStringLiteral("/apps/static-assets/machines")).array();
        QString started;
        for (const QJsonValue &machine : machines) {
            if (machine.toObject().value(QLatin1String("name")).toString()
                == QLatin1String("assets-1"))
                started = machine.toObject().value(QLatin1String("id")).toString();
        }
        QVERIFY(!started.isEmpty());
        const SimReply listing =
            sim.post(QStringLiteral("/apps/static-assets/machines/%1/exec").arg(started),
                {{QLatin1String("command"),
                    QJsonArray {QStringLiteral("ls"), QStringLiteral("/usr/share/nginx/html")}}});
        QVERIFY(listing.object()
                    .value(QLatin1String("stdout"))
                    .toString()
                    .contains(QLatin1String("index.html")));
    }

    void scaleSeedSpreadsMachines()
    {
        SimOptions options = SimHarness::testOptions();
        options.seed = QStringLiteral("scale:700");
        SimHarness sim(options);
        QCOMPARE(sim.world().allMachines().size(), 700);
        QSet<QString> regions;
        QSet<QString> apps;
        for (const SimMachine *machine : sim.world().allMachines()) {
            regions.insert(machine->region);
            apps.insert(machine->appName);
        }
        QVERIFY(regions.size() >= 30);
        QCOMPARE(apps.size(), 50);
    }

    void seedsAreReproducible()
    {
        SimOptions options = SimHarness::testOptions();
        options.seed = QStringLiteral("demo");
        SimHarness first(options);
        SimHarness second(options);
        QCOMPARE(first.world().allMachines().first()->id, second.world().allMachines().first()->id);
    }
};

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
