// MarkerLayout: crowded markers move apart, labels never collide, hit testing finds the marker
// under the mouse (and nothing on the open sea), all of it deterministic.
#include "gui/map/mapprojection.h"
#include "gui/map/markerlayout.h"
#include "gui/map/regionmarker.h"
#include "mapfixtures.h"
#include "models/regionsummarymodel.h"

#include <QFont>
#include <QLineF>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace hangar::gui::map;

namespace {

QList<RegionMarker> fleetMarkers()
{
    models::RegionSummaryModel model;
    model.setRegions(mapfixtures::regions());
    model.addAccount(QStringLiteral("a"), mapfixtures::fleet());
    QList<RegionMarker> markers;
    for (int row = 0; row < model.rowCount(); ++row)
        markers.append(RegionMarker::fromIndex(model.index(row, 0)));
    return markers;
}

QFontMetricsF labelMetrics()
{
    QFont font;
    font.setPixelSize(11);
    font.setBold(true);
    return QFontMetricsF(font);
}

MarkerLayout layoutAt(const QSizeF &viewport, double zoom = 1.0, const QPointF &focus = {},
    const MarkerLayout::Options &options = {})
{
    MapProjection projection(viewport);
    if (zoom != 1.0)
        projection.centerOn(focus, zoom);
    return MarkerLayout::compute(fleetMarkers(), projection, labelMetrics(), options);
}

} // namespace

class TestMarkerLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyRegionWithCoordinatesIsPlacedAtItsTruePlace()
    {
        const MapProjection projection(QSizeF(720, 282));
        const MarkerLayout layout =
            MarkerLayout::compute(fleetMarkers(), projection, labelMetrics(), {});
        QCOMPARE(layout.placed().size(), 26);
        const PlacedMarker *london = layout.find(QStringLiteral("lhr"));
        QVERIFY(london);
        QCOMPARE(london->anchor, projection.toScreen(-0.1278, 51.5074));
        // Sydney has no neighbours: it is drawn exactly there.
        const PlacedMarker *sydney = layout.find(QStringLiteral("syd"));
        QCOMPARE(sydney->center, sydney->anchor);
        QVERIFY(!sydney->isDisplaced());
    }

    void sizeFollowsMachineCount()
    {
        const MarkerLayout layout = layoutAt(QSizeF(1440, 564));
        const double fra = layout.find(QStringLiteral("fra"))->radius; // 4 machines
        const double ams = layout.find(QStringLiteral("ams"))->radius; // 2
        const double syd = layout.find(QStringLiteral("syd"))->radius; // volumes only
        const double arn = layout.find(QStringLiteral("arn"))->radius; // nothing
        QVERIFY(fra > ams);
        QVERIFY(ams > syd);
        QVERIFY(syd > arn);
        QVERIFY(layout.find(QStringLiteral("arn"))->faint);
        QVERIFY(!layout.find(QStringLiteral("syd"))->faint);
    }

    void crowdedMarkersDoNotOverlap_data()
    {
        QTest::addColumn<QSizeF>("viewport");
        QTest::addColumn<double>("zoom");
        QTest::newRow("small window") << QSizeF(720, 282) << 1.0;
        QTest::newRow("1280x800 panel") << QSizeF(940, 370) << 1.0;
        QTest::newRow("1920x1080 panel") << QSizeF(1560, 612) << 1.0;
        QTest::newRow("zoomed on Europe") << QSizeF(940, 370) << 4.0;
    }

    void crowdedMarkersDoNotOverlap()
    {
        QFETCH(QSizeF, viewport);
        QFETCH(double, zoom);
        const MarkerLayout layout = layoutAt(viewport, zoom, QPointF(8, 50));
        const QList<PlacedMarker> &placed = layout.placed();
        for (int i = 0; i < placed.size(); ++i) {
            for (int j = i + 1; j < placed.size(); ++j) {
                const double distance = QLineF(placed[i].center, placed[j].center).length();
                QVERIFY2(distance >= placed[i].radius + placed[j].radius + 1.0,
                    qPrintable(placed[i].code + u' ' + placed[j].code));
            }
        }
        // Crowding moves markers a little, never across the map.
        for (const PlacedMarker &marker : placed)
            QVERIFY2(QLineF(marker.anchor, marker.center).length() < 60, qPrintable(marker.code));
    }

    void labelsAvoidEachOtherAndTheMarkers()
    {
        const QSizeF viewport(940, 370);
        MarkerLayout::Options options;
        options.reserved.append(QRectF(890, 8, 42, 90)); // the zoom buttons
        const MarkerLayout layout = layoutAt(viewport, 1.0, {}, options);
        const QList<PlacedMarker> &placed = layout.placed();
        int labelled = 0;
        for (const PlacedMarker &marker : placed) {
            if (marker.label.isNull())
                continue;
            ++labelled;
            QVERIFY(QRectF(QPointF(0, 0), viewport).contains(marker.label));
            QVERIFY(!marker.label.intersects(options.reserved.first()));
            for (const PlacedMarker &other : placed) {
                if (&other != &marker && !other.label.isNull())
                    QVERIFY2(!marker.label.intersects(other.label),
                        qPrintable(marker.code + u' ' + other.code));
                const QPointF nearest(
                    std::clamp(other.center.x(), marker.label.left(), marker.label.right()),
                    std::clamp(other.center.y(), marker.label.top(), marker.label.bottom()));
                QVERIFY2(QLineF(nearest, other.center).length() >= other.radius,
                    qPrintable(marker.code + u" over " + other.code));
            }
        }
        // Every region with machines or volumes has its code on the map, crowded or not.
        for (const char *code : {"lhr", "ams", "fra", "iad", "ewr", "syd"})
            QVERIFY2(!layout.find(QString::fromLatin1(code))->label.isNull(), code);
        QVERIFY(labelled > 6);
    }

    void theSelectionIsLabelledFirst()
    {
        // cdg is empty and squeezed between lhr, ams and fra: normally no room for its code.
        const QSizeF viewport(720, 282);
        QVERIFY(layoutAt(viewport).find(QStringLiteral("cdg"))->label.isNull());
        MarkerLayout::Options options;
        options.selected = QStringLiteral("cdg");
        QVERIFY(!layoutAt(viewport, 1.0, {}, options).find(QStringLiteral("cdg"))->label.isNull());
    }

    void hitTestingFindsTheMarkerUnderThePoint()
    {
        const MarkerLayout layout = layoutAt(QSizeF(940, 370));
        for (const PlacedMarker &marker : layout.placed()) {
            const PlacedMarker *hit = layout.hitTest(marker.center);
            QVERIFY2(hit && hit->code == marker.code, qPrintable(marker.code));
            // Just inside the edge (plus tolerance) still counts.
            const PlacedMarker *edge =
                layout.hitTest(marker.center + QPointF(0, marker.radius + 2.0), 3.0);
            QVERIFY2(edge, qPrintable(marker.code));
        }
        // Beside a marker (away from its label) is not on it.
        const PlacedMarker *sydney = layout.find(QStringLiteral("syd"));
        int checked = 0;
        for (const QPointF &direction : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1)}) {
            const QPointF beside = sydney->center + direction * (sydney->radius + 8);
            if (sydney->label.contains(beside))
                continue;
            QVERIFY(!layout.hitTest(beside, 3.0));
            ++checked;
        }
        QVERIFY(checked >= 2);
        // Open sea.
        const MapProjection projection(QSizeF(940, 370));
        QVERIFY(!layout.hitTest(projection.toScreen(-140, -20)));
        QVERIFY(!layout.hitTest(projection.toScreen(-30, 40)));
    }

    void clickingALabelFindsItsMarker()
    {
        const MarkerLayout layout = layoutAt(QSizeF(940, 370));
        const PlacedMarker *iad = layout.find(QStringLiteral("iad"));
        QVERIFY(!iad->label.isNull());
        QCOMPARE(layout.hitTest(iad->label.center(), 0.0)->code, QStringLiteral("iad"));
    }

    void theLayoutIsDeterministic()
    {
        const MarkerLayout first = layoutAt(QSizeF(940, 370));
        const MarkerLayout second = layoutAt(QSizeF(940, 370));
        QCOMPARE(first.placed().size(), second.placed().size());
        for (int i = 0; i < first.placed().size(); ++i) {
            QCOMPARE(first.placed()[i].center, second.placed()[i].center);
            QCOMPARE(first.placed()[i].label, second.placed()[i].label);
        }
        QCOMPARE(first.drawOrder(), second.drawOrder());
    }

    void faintMarkersAreDrawnFirstAndSmallOnesLast()
    {
        const MarkerLayout layout = layoutAt(QSizeF(940, 370));
        const QList<int> &order = layout.drawOrder();
        bool seenActive = false;
        double lastRadius = 1e9;
        for (int i : order) {
            const PlacedMarker &marker = layout.placed()[i];
            if (marker.faint) {
                QVERIFY(!seenActive);
                continue;
            }
            seenActive = true;
            QVERIFY(marker.radius <= lastRadius);
            lastRadius = marker.radius;
        }
    }
};

QTEST_MAIN(TestMarkerLayout)
#include "tst_markerlayout.moc"
