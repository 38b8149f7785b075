// MapWidget on a RegionSummaryModel: markers follow the model live, hover explains a region,
// click selects, double-click zooms, and the buttons, wheel, drag and keys move the view.
#include "gui/map/mapwidget.h"
#include "mapfixtures.h"
#include "models/regionsummarymodel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJsonObject>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <memory>

using namespace hangar;
using namespace hangar::gui::map;
using models::StateBucket;

namespace {

bool near(const QPointF &a, const QPointF &b, double tolerance = 0.5)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

} // namespace

class TestMapWidget : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<models::RegionSummaryModel> m_model;
    std::unique_ptr<MapWidget> m_map;

    QPoint centerOf(const QString &code) const
    {
        const std::optional<QPointF> center = m_map->markerCenter(code);
        return center ? center->toPoint() : QPoint(-1, -1);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<models::RegionSummaryModel>();
        m_model->setRegions(mapfixtures::regions());
        m_model->addAccount(QStringLiteral("a"), mapfixtures::fleet());
        m_map = std::make_unique<MapWidget>();
        m_map->setModel(m_model.get());
        m_map->resize(940, 370);
        m_map->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
    }

    void cleanup()
    {
        m_map.reset();
        m_model.reset();
    }

    void markersMirrorTheModel()
    {
        QCOMPARE(m_map->markers().size(), m_model->rowCount());
        const std::optional<RegionMarker> london = m_map->marker(QStringLiteral("lhr"));
        QVERIFY(london);
        QCOMPARE(london->name, QStringLiteral("London, United Kingdom"));
        QCOMPARE(london->counts.machinesIn(StateBucket::Started), 3);
        QCOMPARE(london->counts.machinesIn(StateBucket::Stopped), 1);
        QCOMPARE(london->counts.volumes, 2);
        QCOMPARE(london->counts.volumeGb, 15);
        QVERIFY(london->gatewayAvailable);
        QVERIFY(london->nearest);
        QVERIFY(m_map->marker(QStringLiteral("atl"))->deprecated);
        QVERIFY(!m_map->marker(QStringLiteral("nope")));
    }

    void aStateChangeChangesTheMarkerAndPulsesIt()
    {
        QVERIFY(!m_map->isPulsing(QStringLiteral("lhr")));
        m_model->applyDelta(QStringLiteral("a"),
            mapfixtures::stateChange(QStringLiteral("lhr4"), QStringLiteral("started")));
        const RegionMarker london = *m_map->marker(QStringLiteral("lhr"));
        QCOMPARE(london.counts.machinesIn(StateBucket::Started), 4);
        QCOMPARE(london.counts.machinesIn(StateBucket::Stopped), 0);
        QVERIFY(m_map->isPulsing(QStringLiteral("lhr")));
        QVERIFY(!m_map->isPulsing(QStringLiteral("ams")));
        // The pulse runs out by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!m_map->isPulsing(QStringLiteral("lhr")), 10000);
    }

    void aNewMachineGrowsItsMarker()
    {
        const double before = m_map->layout().find(QStringLiteral("cdg"))->radius;
        QVERIFY(m_map->layout().find(QStringLiteral("cdg"))->faint);
        core::FleetDelta delta;
        core::FleetSnapshot fleet = mapfixtures::fleet();
        core::MachineRecord record = fleet.machines.first();
        QJsonObject json = record.machine.json();
        json.insert(QStringLiteral("id"), QStringLiteral("cdg1"));
        json.insert(QStringLiteral("region"), QStringLiteral("cdg"));
        delta.machinesAdded.append(core::MachineRecord {record.appName, api::Machine(json)});
        m_model->applyDelta(QStringLiteral("a"), delta);
        const PlacedMarker *paris = m_map->layout().find(QStringLiteral("cdg"));
        QVERIFY(!paris->faint);
        QVERIFY(paris->radius > before);
        QCOMPARE(m_map->marker(QStringLiteral("cdg"))->counts.machines(), 1);
    }

    void hoverExplainsTheRegion()
    {
        const QString text = m_map->toolTipAt(centerOf(QStringLiteral("lhr")));
        QVERIFY2(text.contains(QLatin1String("London, United Kingdom")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("(lhr)")));
        QVERIFY2(text.contains(QLatin1String("3 started")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("1 stopped")));
        QVERIFY2(text.contains(QLatin1String(", 15 GB")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Capacity: 120")) == false); // none given yet
        QVERIFY(text.contains(QLatin1String("Gateway")));
        QVERIFY(text.contains(QLatin1String("Nearest to you")));

        QHash<QString, int> capacities;
        capacities.insert(QStringLiteral("lhr"), 120);
        m_map->setCapacities(capacities);
        QVERIFY(m_map->toolTipAt(centerOf(QStringLiteral("lhr"))).contains(QLatin1String("120")));

        const QString paid = m_map->toolTipAt(centerOf(QStringLiteral("jnb")));
        QVERIFY2(paid.contains(QLatin1String("Paid plan only")), qPrintable(paid));
        QVERIFY(paid.contains(QLatin1String("No machines or volumes here")));
        const QString failed = m_map->toolTipAt(centerOf(QStringLiteral("ams")));
        QVERIFY(failed.contains(QLatin1String("1 suspended")));
        QVERIFY(failed.contains(QLatin1String("1 failed")));
        QVERIFY(m_map->toolTipAt(m_map->projection().toScreen(-140, -20)).isEmpty());

        // The same text as a real tooltip.
        const QPoint where = centerOf(QStringLiteral("fra"));
        QHelpEvent help(QEvent::ToolTip, where, m_map->mapToGlobal(where));
        QApplication::sendEvent(m_map.get(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLatin1String("Frankfurt")));
        QVERIFY(QToolTip::text().contains(QLatin1String("4 started")));
        QToolTip::hideText();
    }

    void clickSelectsAndTheSeaClears()
    {
        QSignalSpy clicked(m_map.get(), &MapWidget::regionClicked);
        QSignalSpy selected(m_map.get(), &MapWidget::selectedRegionChanged);
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, centerOf(QStringLiteral("iad")));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("iad"));
        QCOMPARE(m_map->selectedRegion(), QStringLiteral("iad"));
        QCOMPARE(selected.count(), 1);
        // A crowded neighbour is told apart.
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, centerOf(QStringLiteral("ewr")));
        QCOMPARE(m_map->selectedRegion(), QStringLiteral("ewr"));
        const QPoint sea = m_map->projection().toScreen(-140, -20).toPoint();
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, sea);
        QCOMPARE(clicked.last().first().toString(), QString());
        QCOMPARE(m_map->selectedRegion(), QString());
    }

    void deprecatedRegionsCanBeLockedOut()
    {
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, centerOf(QStringLiteral("atl")));
        QCOMPARE(m_map->selectedRegion(), QStringLiteral("atl"));
        m_map->setDeprecatedSelectable(false);
        QCOMPARE(m_map->selectedRegion(), QString()); // dropped
        QSignalSpy clicked(m_map.get(), &MapWidget::regionClicked);
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, centerOf(QStringLiteral("atl")));
        QCOMPARE(clicked.count(), 0);
        QCOMPARE(m_map->selectedRegion(), QString());
        m_map->setSelectedRegion(QStringLiteral("atl"));
        QCOMPARE(m_map->selectedRegion(), QString());
        QVERIFY(m_map->toolTipAt(centerOf(QStringLiteral("atl")))
                    .contains(QLatin1String("Not available")));
    }

    void doubleClickZoomsIntoTheRegion()
    {
        QSignalSpy clicked(m_map.get(), &MapWidget::regionClicked);
        QSignalSpy doubleClicked(m_map.get(), &MapWidget::regionDoubleClicked);
        const QPoint tokyo = centerOf(QStringLiteral("nrt"));
        QTest::mouseDClick(m_map.get(), Qt::LeftButton, {}, tokyo);
        QCOMPARE(doubleClicked.count(), 1);
        QCOMPARE(doubleClicked.first().first().toString(), QStringLiteral("nrt"));
        QCOMPARE(m_map->zoom(), MapWidget::kDoubleClickZoom);
        // Tokyo moves towards the middle (as far as the map's edge allows).
        const QPointF centre = QRectF(m_map->rect()).center();
        QVERIFY(QLineF(*m_map->markerCenter(QStringLiteral("nrt")), centre).length()
            < QLineF(tokyo, centre).length());
        // The release after the double-click is not a second click somewhere else.
        QTest::mouseRelease(m_map.get(), Qt::LeftButton, {}, tokyo);
        for (const QList<QVariant> &emission : std::as_const(clicked))
            QCOMPARE(emission.first().toString(), QStringLiteral("nrt"));
        // On the sea it zooms around the cursor.
        const QPoint sea = m_map->projection().toScreen(150, 10).toPoint();
        const QPointF geo = m_map->projection().toGeo(sea);
        QTest::mouseDClick(m_map.get(), Qt::LeftButton, {}, sea);
        QCOMPARE(m_map->zoom(), 2 * MapWidget::kDoubleClickZoom);
        QVERIFY(near(m_map->projection().toScreen(geo), sea, 1.0));
    }

    void buttonsZoomAndReset()
    {
        auto *zoomIn = m_map->findChild<QToolButton *>(QStringLiteral("mapZoomInButton"));
        auto *zoomOut = m_map->findChild<QToolButton *>(QStringLiteral("mapZoomOutButton"));
        auto *reset = m_map->findChild<QToolButton *>(QStringLiteral("mapResetButton"));
        QVERIFY(zoomIn && zoomOut && reset);
        QVERIFY(!zoomIn->accessibleName().isEmpty());
        const QPointF london = *m_map->markerCenter(QStringLiteral("lhr"));
        QSignalSpy viewChanged(m_map.get(), &MapWidget::viewChanged);
        QTest::mouseClick(zoomIn, Qt::LeftButton);
        QCOMPARE(m_map->zoom(), MapWidget::kZoomStep);
        QTest::mouseClick(zoomIn, Qt::LeftButton);
        QCOMPARE(m_map->zoom(), MapWidget::kZoomStep * MapWidget::kZoomStep);
        QTest::mouseClick(zoomOut, Qt::LeftButton);
        QCOMPARE(m_map->zoom(), MapWidget::kZoomStep);
        QVERIFY(viewChanged.count() >= 3);
        QVERIFY(!near(*m_map->markerCenter(QStringLiteral("lhr")), london));
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(m_map->zoom(), 1.0);
        QVERIFY(near(*m_map->markerCenter(QStringLiteral("lhr")), london, 0.01));
    }

    void wheelZoomsAroundTheCursor()
    {
        const QPointF cursor = m_map->projection().toScreen(8.68, 50.11); // Frankfurt
        QWheelEvent wheel(cursor, m_map->mapToGlobal(cursor), QPoint(), QPoint(0, 240),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_map.get(), &wheel);
        QVERIFY(m_map->zoom() > 1.5);
        QVERIFY(near(m_map->projection().toScreen(8.68, 50.11), cursor, 0.01));
        QWheelEvent back(cursor, m_map->mapToGlobal(cursor), QPoint(), QPoint(0, -240),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_map.get(), &back);
        QVERIFY(qFuzzyCompare(m_map->zoom(), 1.0));
    }

    void trackpadPinchZooms()
    {
        const QPointF cursor = m_map->projection().toScreen(139.65, 35.68); // Tokyo
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
            2, cursor, cursor, m_map->mapToGlobal(cursor), 1.0, QPointF());
        QApplication::sendEvent(m_map.get(), &pinch);
        QCOMPARE(m_map->zoom(), 2.0);
        QVERIFY(near(m_map->projection().toScreen(139.65, 35.68), cursor, 0.01));
    }

    void dragPansTheMap()
    {
        m_map->zoomIn();
        m_map->zoomIn();
        const QPointF before = *m_map->markerCenter(QStringLiteral("syd"));
        const QPoint start = m_map->projection().toScreen(-30, 0).toPoint(); // open sea
        QTest::mousePress(m_map.get(), Qt::LeftButton, {}, start);
        QTest::mouseMove(m_map.get(), start + QPoint(-20, 0));
        QTest::mouseMove(m_map.get(), start + QPoint(-60, -30));
        QSignalSpy clicked(m_map.get(), &MapWidget::regionClicked);
        QTest::mouseRelease(m_map.get(), Qt::LeftButton, {}, start + QPoint(-60, -30));
        QCOMPARE(clicked.count(), 0); // a drag is not a click
        QVERIFY(near(m_map->projection().toScreen(-30, 0), start + QPoint(-60, -30), 1.0));
        QVERIFY(near(*m_map->markerCenter(QStringLiteral("syd")), before + QPointF(-60, -30), 1.0));
    }

    void keysZoomPanAndReset()
    {
        m_map->setFocus();
        QTest::keyClick(m_map.get(), Qt::Key_Plus);
        QCOMPARE(m_map->zoom(), MapWidget::kZoomStep);
        QTest::keyClick(m_map.get(), Qt::Key_Plus);
        const QPointF center = m_map->projection().center();
        QTest::keyClick(m_map.get(), Qt::Key_Right);
        QVERIFY(m_map->projection().center().x() > center.x());
        QTest::keyClick(m_map.get(), Qt::Key_Up);
        QVERIFY(m_map->projection().center().y() > center.y());
        QTest::keyClick(m_map.get(), Qt::Key_Minus);
        QCOMPARE(m_map->zoom(), MapWidget::kZoomStep);
        QTest::keyClick(m_map.get(), Qt::Key_0);
        QCOMPARE(m_map->zoom(), 1.0);
    }

    void selectingFromOutsideBringsTheRegionIntoView()
    {
        // Far into Europe, then Sydney is picked in the table.
        m_map->zoomAt(m_map->projection().toScreen(8, 50), 8.0);
        QVERIFY(!QRectF(m_map->rect()).contains(m_map->projection().toScreen(151.2093, -33.8688)));
        QSignalSpy selected(m_map.get(), &MapWidget::selectedRegionChanged);
        m_map->setSelectedRegion(QStringLiteral("syd"));
        QCOMPARE(selected.count(), 1);
        QVERIFY(QRectF(m_map->rect()).contains(*m_map->markerCenter(QStringLiteral("syd"))));
        QCOMPARE(m_map->zoom(), 8.0);
    }

    void aResetModelKeepsNoStaleSelection()
    {
        m_map->setSelectedRegion(QStringLiteral("jnb"));
        QSignalSpy selected(m_map.get(), &MapWidget::selectedRegionChanged);
        m_model->setRegions(api::RegionList()); // the region list is gone: so is jnb
        QCOMPARE(m_map->selectedRegion(), QString());
        QCOMPARE(selected.count(), 1);
        // Markers of the fleet's regions stay (the model keeps unlisted rows), without places.
        for (const RegionMarker &marker : m_map->markers())
            QVERIFY(!marker.hasLocation);
        QVERIFY(!m_map->markerCenter(QStringLiteral("lhr")));
        m_map->grab(); // paints without regions
    }

    void aDeletedModelLeavesAnEmptyMap()
    {
        m_map->setSelectedRegion(QStringLiteral("lhr"));
        m_model.reset();
        QVERIFY(!m_map->model());
        QVERIFY(m_map->markers().isEmpty());
        QCOMPARE(m_map->selectedRegion(), QString());
        QCOMPARE(m_map->regionAt(QPointF(100, 100)), QString());
        m_map->grab();
    }
};

QTEST_MAIN(TestMapWidget)
#include "tst_mapwidget.moc"
