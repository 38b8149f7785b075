#include "api/values/region.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

namespace {

const char *const kRows = R"json([
    {"code": "ams", "name": "Amsterdam, Netherlands", "latitude": 52.374342, "longitude": 4.895439,
     "gateway_available": true, "requires_paid_plan": false, "deprecated": false,
     "geo_region": "europe", "mpg_available": true, "capacity": 1240},
    {"code": "bos", "name": "Boston, Massachusetts (US)", "latitude": 42.366978,
     "longitude": -71.022362, "gateway_available": false, "requires_paid_plan": true,
     "deprecated": true, "geo_region": "north_america", "mpg_available": false}
])json";

QJsonObject responseWithKeys(const QString &regionsKey, const QString &nearestKey)
{
    const QJsonArray rows = QJsonDocument::fromJson(QByteArray(kRows)).array();
    return QJsonObject {{regionsKey, rows}, {nearestKey, u"ams"_s}};
}

} // namespace

class TestRegion : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsTopLevelKeysInAnyCase_data()
    {
        QTest::addColumn<QString>("regionsKey");
        QTest::addColumn<QString>("nearestKey");
        QTest::newRow("live API") << u"Regions"_s << u"Nearest"_s;
        QTest::newRow("spec") << u"regions"_s << u"nearest"_s;
        QTest::newRow("shouting") << u"REGIONS"_s << u"NEAREST"_s;
    }

    void readsTopLevelKeysInAnyCase()
    {
        QFETCH(QString, regionsKey);
        QFETCH(QString, nearestKey);
        const RegionList list = RegionList::fromResponse(responseWithKeys(regionsKey, nearestKey));
        QCOMPARE(list.regions.size(), 2);
        QCOMPARE(list.nearest, u"ams"_s);
        QCOMPARE(list.regions.at(1).code(), u"bos"_s);
    }

    void readsEveryField()
    {
        const RegionList list =
            RegionList::fromResponse(responseWithKeys(u"Regions"_s, u"Nearest"_s));
        const Region ams = list.find(u"ams"_s);
        QCOMPARE(ams.code(), u"ams"_s);
        QCOMPARE(ams.name(), u"Amsterdam, Netherlands"_s);
        QCOMPARE(ams.latitude(), 52.374342);
        QCOMPARE(ams.longitude(), 4.895439);
        QCOMPARE(ams.gatewayAvailable(), true);
        QCOMPARE(ams.requiresPaidPlan(), false);
        QCOMPARE(ams.deprecated(), false);
        QCOMPARE(ams.geoRegion(), u"europe"_s);
        QCOMPARE(ams.mpgAvailable(), true);
        QVERIFY(ams.hasCapacity());
        QCOMPARE(ams.capacity(), 1240);

        const Region bos = list.find(u"bos"_s);
        QCOMPARE(bos.longitude(), -71.022362);
        QCOMPARE(bos.requiresPaidPlan(), true);
        QCOMPARE(bos.deprecated(), true);
        QCOMPARE(bos.gatewayAvailable(), false);
        QVERIFY(!bos.hasCapacity()); // dropped from the spec
        QCOMPARE(bos.capacity(), 0);

        QVERIFY(list.find(u"xyz"_s).isNull());
    }

    void emptyOrOddResponses()
    {
        const RegionList empty = RegionList::fromResponse(QJsonObject());
        QVERIFY(empty.regions.isEmpty());
        QVERIFY(empty.nearest.isEmpty());
        const RegionList odd =
            RegionList::fromResponse(valuetest::parseObject(R"({"Regions": null, "Nearest": 7})"));
        QVERIFY(odd.regions.isEmpty());
        QVERIFY(odd.nearest.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegion)
#include "tst_region.moc"
