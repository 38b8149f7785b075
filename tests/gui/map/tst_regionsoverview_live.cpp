// The region overview against the embedded simulator: the real fleet store feeds the summary
// model, and a machine started through the API changes its region's marker and row.
#include "api/apiclient.h"
#include "core/fleet/fleetstore.h"
#include "core/session/accountsession.h"
#include "gui/map/mapwidget.h"
#include "gui/map/regiontablemodel.h"
#include "gui/panels/regionspanel.h"
#include "models/fleetbinding.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"
#include "sim/server/simserver.h"
#include "sim/world/simworld.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace hangar;
using models::StateBucket;

class TestRegionsOverviewLive : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<core::AccountSession> m_session;
    std::unique_ptr<models::RegionSummaryModel> m_summary;
    std::unique_ptr<gui::RegionsPanel> m_panel;

    int started(const QString &code) const
    {
        const std::optional<gui::map::RegionMarker> marker = m_panel->map()->marker(code);
        return marker ? marker->counts.machinesIn(StateBucket::Started) : -1;
    }
    int tableStarted(const QString &code) const
    {
        const QAbstractItemModel *table = m_panel->table()->model();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->index(row, 0).data(models::IdRole).toString() == code)
                return table->index(row, gui::map::RegionTableModel::StartedColumn).data().toInt();
        }
        return -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        sim::SimOptions options;
        options.seed = QStringLiteral("demo");
        options.speed = 0.05;
        options.rateLimit = false;
        options.randomSeed = 77;
        m_sim = std::make_unique<sim::SimServer>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
        core::AccountEndpoint endpoint;
        endpoint.id = QStringLiteral("sandbox");
        endpoint.label = QStringLiteral("Sandbox");
        endpoint.baseUrl = m_sim->baseUrl();
        endpoint.token = m_sim->token();
        endpoint.sandbox = true;
        m_session = std::make_unique<core::AccountSession>(m_network.get(), endpoint);
        m_summary = std::make_unique<models::RegionSummaryModel>();
        m_panel = std::make_unique<gui::RegionsPanel>(m_summary.get());
        m_panel->resize(1000, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QSignalSpy loaded(&m_session->store(), &core::FleetStore::loaded);
        models::bindRegionSummary(m_summary.get(), &m_session->store(), endpoint.id);
        m_session->start();
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(m_summary->rowCount() > 20, 20000); // the region list
    }

    void cleanup()
    {
        m_panel.reset();
        m_summary.reset();
        m_session.reset();
        m_network.reset();
        m_sim.reset();
    }

    void everyRegionOfTheSimulatorIsOnTheMap()
    {
        int withMachines = 0;
        for (const gui::map::RegionMarker &marker : m_panel->map()->markers()) {
            QVERIFY2(marker.hasLocation, qPrintable(marker.code));
            QVERIFY(m_panel->map()->markerCenter(marker.code));
            withMachines += marker.counts.machines() > 0 ? 1 : 0;
        }
        QVERIFY(withMachines >= 3);
        int simMachines = 0;
        for (const sim::SimMachine *machine : m_sim->world().allMachines())
            simMachines += machine->state != QLatin1String("destroyed") ? 1 : 0;
        int mapMachines = 0;
        for (const gui::map::RegionMarker &marker : m_panel->map()->markers())
            mapMachines += marker.counts.machines();
        QCOMPARE(mapMachines, simMachines);
    }

    void aMachineStartedInTheSimulatorChangesItsMarker()
    {
        const sim::SimMachine *stopped = nullptr;
        for (const sim::SimMachine *machine : m_sim->world().allMachines()) {
            if (machine->state == QLatin1String("stopped")) {
                stopped = machine;
                break;
            }
        }
        QVERIFY(stopped);
        const QString app = stopped->appName;
        const QString id = stopped->id;
        const QString region = stopped->region;
        const int before = started(region);
        QCOMPARE(tableStarted(region), before);

        bool answered = false;
        QObject context;
        m_session->client().startMachine(app, id).then(
            &context, [&answered](const auto &) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_sim->world().findMachine(app, id)->state, QStringLiteral("started"), 20000);
        m_session->store().refreshApp(app);
        QTRY_COMPARE_WITH_TIMEOUT(started(region), before + 1, 20000);
        QCOMPARE(tableStarted(region), before + 1);
    }
};

QTEST_MAIN(TestRegionsOverviewLive)
#include "tst_regionsoverview_live.moc"
