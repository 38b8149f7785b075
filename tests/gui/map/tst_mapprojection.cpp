// MapProjection and WorldLand: known places land on known pixels, zoom keeps the point under
// the cursor, the view stays on the map, and the embedded outlines load and line up with it.
#include "gui/map/mapprojection.h"
#include "gui/map/worldland.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::gui::map;

namespace {

// 720×282 is exactly 2 pixels per degree: 360° across, 141° (84°N to 57°S) down.
const QSizeF kViewport(720, 282);

bool near(const QPointF &a, const QPointF &b, double tolerance = 0.01)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QByteArray describe(const QPointF &point)
{
    return QByteArray::number(point.x(), 'f', 3) + ", " + QByteArray::number(point.y(), 'f', 3);
}

} // namespace

class TestMapProjection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void knownCitiesLandOnKnownPixels_data()
    {
        QTest::addColumn<double>("longitude");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<QPointF>("pixel");
        // x = 360 + 2·lon, y = 141 − 2·(lat − 13.5), worked out by hand.
        QTest::newRow("London") << -0.1278 << 51.5074 << QPointF(359.7444, 64.9852);
        QTest::newRow("Sydney") << 151.2093 << -33.8688 << QPointF(662.4186, 235.7376);
        QTest::newRow("Sao Paulo") << -46.6333 << -23.5505 << QPointF(266.7334, 215.101);
        QTest::newRow("Tokyo") << 139.6503 << 35.6762 << QPointF(639.3006, 96.6476);
        QTest::newRow("Ashburn") << -77.4874 << 39.0438 << QPointF(205.0252, 89.9124);
        QTest::newRow("null island") << 0.0 << 0.0 << QPointF(360, 168);
        QTest::newRow("north-west corner") << -180.0 << 84.0 << QPointF(0, 0);
        QTest::newRow("south-east corner") << 180.0 << -57.0 << QPointF(720, 282);
    }

    void knownCitiesLandOnKnownPixels()
    {
        QFETCH(double, longitude);
        QFETCH(double, latitude);
        QFETCH(QPointF, pixel);
        const MapProjection projection(kViewport);
        QCOMPARE(projection.scale(), 2.0);
        const QPointF actual = projection.toScreen(longitude, latitude);
        QVERIFY2(near(actual, pixel), describe(actual).constData());
        QVERIFY(near(projection.toGeo(actual), QPointF(longitude, latitude), 1e-9));
        // The land path goes through the same transform.
        const QPointF viaTransform =
            projection.degreesToScreen().map(QPointF(longitude, -latitude));
        QVERIFY2(near(viaTransform, pixel), describe(viaTransform).constData());
    }

    void aWiderViewportCentresTheMap()
    {
        // Height decides: still 2 px/°, with 140 px of sea each side.
        const MapProjection projection(QSizeF(1000, 282));
        QCOMPARE(projection.scale(), 2.0);
        QVERIFY(near(projection.toScreen(-180, 84), QPointF(140, 0)));
        QVERIFY(near(projection.toScreen(-0.1278, 51.5074), QPointF(499.7444, 64.9852)));
        QVERIFY(near(projection.mapRect().topLeft(), QPointF(140, 0)));
        QVERIFY(near(projection.mapRect().bottomRight(), QPointF(860, 282)));
    }

    void zoomKeepsThePlaceUnderTheAnchor()
    {
        MapProjection projection(kViewport);
        const QPointF london = projection.toScreen(-0.1278, 51.5074);
        projection.zoomAt(london, 4.0);
        QCOMPARE(projection.zoom(), 4.0);
        QCOMPARE(projection.scale(), 8.0);
        QVERIFY2(near(projection.toScreen(-0.1278, 51.5074), london),
            describe(projection.toScreen(-0.1278, 51.5074)).constData());
        // Zooming back out lands exactly where it started.
        projection.zoomAt(london, 0.25);
        QCOMPARE(projection.zoom(), 1.0);
        QVERIFY(near(projection.toScreen(-0.1278, 51.5074), london));
    }

    void zoomIsClamped()
    {
        MapProjection projection(kViewport);
        projection.zoomAt(QPointF(100, 100), 0.1);
        QCOMPARE(projection.zoom(), MapProjection::kMinZoom);
        projection.zoomAt(QPointF(100, 100), 1000.0);
        QCOMPARE(projection.zoom(), MapProjection::kMaxZoom);
    }

    void panningFollowsTheMouseAndStaysOnTheMap()
    {
        MapProjection projection(kViewport);
        projection.zoomAt(QPointF(360, 141), 4.0); // 8 px/°
        const QPointF before = projection.toScreen(10, 50);
        projection.panBy(QPointF(-40, 24));
        QVERIFY(near(projection.toScreen(10, 50), before + QPointF(-40, 24)));
        // Far beyond the date line: the map's edge stops at the viewport's edge.
        projection.panBy(QPointF(-100000, 0));
        QVERIFY(near(projection.toScreen(180, 0), QPointF(720, projection.toScreen(180, 0).y())));
        projection.panBy(QPointF(0, 100000));
        QVERIFY(near(projection.toScreen(0, 84), QPointF(projection.toScreen(0, 84).x(), 0)));
        // At zoom 1 the whole map is in view, so there is nothing to pan.
        projection.reset();
        projection.panBy(QPointF(200, 80));
        QVERIFY(near(projection.toScreen(-180, 84), QPointF(0, 0)));
    }

    void centerOnPutsAPlaceInTheMiddle()
    {
        MapProjection projection(kViewport);
        projection.centerOn(QPointF(2.3522, 48.8566), 6.0);
        QCOMPARE(projection.zoom(), 6.0);
        QVERIFY(near(projection.toScreen(2.3522, 48.8566), QPointF(360, 141)));
    }

    void theEmbeddedLandLoads()
    {
        const WorldLand &land = WorldLand::embedded();
        QVERIFY(!land.isEmpty());
        QCOMPARE(land.rings().size(), 121);
        QCOMPARE(land.pointCount(), 4366);
        const QRectF bounds = land.path().boundingRect(); // y = −latitude
        QVERIFY(near(bounds.topLeft(), QPointF(-180, -83.645), 0.01));
        QVERIFY(near(bounds.bottomRight(), QPointF(180, 55.612), 0.01));
        // Rings are cut at the antimeridian: no edge runs across the whole map.
        for (const QPolygonF &ring : land.rings()) {
            for (int i = 0; i < ring.size(); ++i) {
                const QPointF a = ring.at(i);
                const QPointF b = ring.at((i + 1) % ring.size());
                QVERIFY(a.x() >= -180 && a.x() <= 180);
                QVERIFY2(std::abs(a.x() - b.x()) < 90,
                    QByteArray(describe(a) + " to " + describe(b)).constData());
            }
        }
    }

    void landAndCitiesLineUp_data()
    {
        QTest::addColumn<double>("longitude");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<bool>("land");
        QTest::newRow("Madrid") << -3.7038 << 40.4168 << true;
        QTest::newRow("Dallas") << -96.797 << 32.7767 << true;
        QTest::newRow("Johannesburg") << 28.0473 << -26.2041 << true;
        QTest::newRow("Bogota") << -74.0721 << 4.711 << true;
        QTest::newRow("mid-Atlantic") << -40.0 << 30.0 << false;
        QTest::newRow("Pacific") << -150.0 << 0.0 << false;
        QTest::newRow("Caspian Sea") << 51.0 << 42.0 << false;
        QTest::newRow("Indian Ocean") << 75.0 << -20.0 << false;
    }

    void landAndCitiesLineUp()
    {
        QFETCH(double, longitude);
        QFETCH(double, latitude);
        QFETCH(bool, land);
        const MapProjection projection(kViewport);
        const QPainterPath path = projection.degreesToScreen().map(WorldLand::embedded().path());
        QCOMPARE(path.contains(projection.toScreen(longitude, latitude)), land);
    }

    void aDamagedFileGivesNoLand()
    {
        QCOMPARE(WorldLand::fromFile(QStringLiteral(":/no/such/file")).isEmpty(), true);
        QCOMPARE(WorldLand::fromFile(QFINDTESTDATA("tst_mapprojection.cpp")).isEmpty(), true);
    }
};

QTEST_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
