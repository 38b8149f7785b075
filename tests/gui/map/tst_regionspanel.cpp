// RegionsPanel: the map and the table show the same numbers, share one selection, and a click
// (or Enter in the table) asks for the tree to be filtered to a region.
#include "gui/map/maplegend.h"
#include "gui/map/mapwidget.h"
#include "gui/map/regiontablemodel.h"
#include "gui/panels/regionspanel.h"
#include "gui/widgets/statebadge.h"
#include "mapfixtures.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace hangar;
using namespace hangar::gui;
using map::RegionTableModel;
using models::StateBucket;

class TestRegionsPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<models::RegionSummaryModel> m_model;
    std::unique_ptr<RegionsPanel> m_panel;

    QPoint markerPoint(const QString &code) const
    {
        return m_panel->map()->markerCenter(code)->toPoint();
    }
    QString currentTableRegion() const
    {
        return m_panel->table()->currentIndex().data(models::IdRole).toString();
    }

    // Every table row against the map's marker of the same region.
    void verifyTableAndMapAgree() const
    {
        const QAbstractItemModel *table = m_panel->table()->model();
        QCOMPARE(table->rowCount(), m_panel->map()->markers().size());
        for (int row = 0; row < table->rowCount(); ++row) {
            auto value = [table, row](int column) {
                return table->index(row, column).data(models::SortValueRole);
            };
            const QString code = value(RegionTableModel::CodeColumn).toString();
            const std::optional<map::RegionMarker> marker = m_panel->map()->marker(code);
            QVERIFY2(marker, qPrintable(code));
            const models::FleetCounts &counts = marker->counts;
            QCOMPARE(value(RegionTableModel::NameColumn).toString(), marker->name);
            QCOMPARE(value(RegionTableModel::MachinesColumn).toInt(), counts.machines());
            QCOMPARE(value(RegionTableModel::StartedColumn).toInt(),
                counts.machinesIn(StateBucket::Started));
            QCOMPARE(value(RegionTableModel::StoppedColumn).toInt(),
                counts.machinesIn(StateBucket::Stopped));
            QCOMPARE(value(RegionTableModel::SuspendedColumn).toInt(),
                counts.machinesIn(StateBucket::Suspended));
            QCOMPARE(value(RegionTableModel::FailedColumn).toInt(),
                counts.machinesIn(StateBucket::Failed));
            QCOMPARE(value(RegionTableModel::VolumesColumn).toInt(), counts.volumes);
            QCOMPARE(value(RegionTableModel::VolumeGbColumn).toLongLong(), counts.volumeGb);
            // And both against the model they are drawn from.
            QCOMPARE(counts, m_model->countsFor(code));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<models::RegionSummaryModel>();
        m_model->setRegions(mapfixtures::regions());
        m_model->addAccount(QStringLiteral("a"), mapfixtures::fleet());
        m_panel = std::make_unique<RegionsPanel>(m_model.get());
        m_panel->resize(1000, 760);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
    }

    void theMapUsesTheAppsStateColours()
    {
        const map::StateColors defaults = map::StateColors::defaults();
        QCOMPARE(defaults.started, StateBadge::colorFor(QStringLiteral("started")));
        QCOMPARE(defaults.stopped, StateBadge::colorFor(QStringLiteral("stopped")));
        QCOMPARE(defaults.suspended, StateBadge::colorFor(QStringLiteral("suspended")));
        QCOMPARE(defaults.failed, StateBadge::colorFor(QStringLiteral("failed")));
        QCOMPARE(defaults.changing, StateBadge::colorFor(QStringLiteral("starting")));
    }

    void tableAndMapAgree()
    {
        QVERIFY(m_panel->findChild<QTreeView *>(QStringLiteral("regionsTable")));
        QVERIFY(m_panel->findChild<map::MapWidget *>(QStringLiteral("regionMap")));
        verifyTableAndMapAgree();
        const QString summary =
            m_panel->findChild<QLabel *>(QStringLiteral("regionsSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("6 of 26")), qPrintable(summary));
        // Busiest first.
        QCOMPARE(
            m_panel->table()->model()->index(0, RegionTableModel::MachinesColumn).data().toInt(),
            4);
    }

    void tableAndMapAgreeAfterChanges()
    {
        m_model->applyDelta(QStringLiteral("a"),
            mapfixtures::stateChange(QStringLiteral("lhr1"), QStringLiteral("stopped")));
        m_model->applyDelta(QStringLiteral("a"),
            mapfixtures::stateChange(QStringLiteral("ewr2"), QStringLiteral("started")));
        verifyTableAndMapAgree();
        QCOMPARE(
            m_panel->map()->marker(QStringLiteral("lhr"))->counts.machinesIn(StateBucket::Stopped),
            2);
        m_model->removeAccount(QStringLiteral("a"));
        verifyTableAndMapAgree();
        QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("regionsSummary"))
                    ->text()
                    .contains(QLatin1String("0 of 26")));
    }

    void clickingAMarkerFiltersAndSelectsItsRow()
    {
        QSignalSpy activated(m_panel.get(), &RegionsPanel::regionActivated);
        QTest::mouseClick(m_panel->map(), Qt::LeftButton, {}, markerPoint(QStringLiteral("fra")));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("fra"));
        QCOMPARE(currentTableRegion(), QStringLiteral("fra"));
        QCOMPARE(m_panel->selectedRegion(), QStringLiteral("fra"));
        // The sea clears both.
        const QPoint sea = m_panel->map()->projection().toScreen(-140, -20).toPoint();
        QTest::mouseClick(m_panel->map(), Qt::LeftButton, {}, sea);
        QCOMPARE(activated.last().first().toString(), QString());
        QVERIFY(m_panel->table()->selectionModel()->selectedRows().isEmpty());
    }

    void theTableDrivesTheMapAndEnterFilters()
    {
        QTreeView *table = m_panel->table();
        table->setFocus();
        QSignalSpy activated(m_panel.get(), &RegionsPanel::regionActivated);
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(m_panel->map()->selectedRegion(), currentTableRegion());
        QTest::keyClick(table, Qt::Key_Down);
        const QString second = currentTableRegion();
        QCOMPARE(m_panel->map()->selectedRegion(), second);
        QCOMPARE(activated.count(), 0); // moving through the table does not filter
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), second);
    }

    void theLegendExplainsTheMap()
    {
        auto *legend = m_panel->findChild<map::MapLegend *>(QStringLiteral("mapLegend"));
        QVERIFY(legend);
        const QStringList entries = legend->entries();
        for (const char *entry : {"Started", "Stopped", "Suspended", "Failed", "Volumes"})
            QVERIFY2(entries.contains(QString::fromLatin1(entry)), entry);
        QVERIFY(legend->accessibleDescription().contains(QLatin1String("Failed")));
        // It wraps rather than cuts off when the panel is narrow.
        QVERIFY(legend->heightForWidth(220) > legend->heightForWidth(2000));
        QVERIFY(legend->isVisible());
        QVERIFY(legend->height() >= legend->heightForWidth(legend->width()));
    }

    void capacitiesShowAColumn()
    {
        QVERIFY(m_panel->table()->isColumnHidden(RegionTableModel::CapacityColumn));
        QHash<QString, int> capacities;
        capacities.insert(QStringLiteral("lhr"), 120);
        m_panel->setCapacities(capacities);
        QVERIFY(!m_panel->table()->isColumnHidden(RegionTableModel::CapacityColumn));
        QVERIFY(m_panel->map()
                    ->toolTipAt(markerPoint(QStringLiteral("lhr")))
                    .contains(QLatin1String("120")));
    }
};

QTEST_MAIN(TestRegionsPanel)
#include "tst_regionspanel.moc"
