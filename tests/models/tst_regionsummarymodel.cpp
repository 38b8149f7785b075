// RegionSummaryModel: one row per region of the list, counts summed over accounts and kept
// current by deltas with one dataChanged per region whose counts changed.
#include "fleetfixtures.h"
#include "models/fleetcounts.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hangar;
using namespace hangar::models;
using namespace fleetfixtures;
using namespace Qt::StringLiterals;

namespace {

QJsonObject regionJson(const QString &code, const QString &name, double latitude, double longitude,
    const QString &geo, bool deprecated = false)
{
    return QJsonObject {{u"code"_s, code}, {u"name"_s, name}, {u"latitude"_s, latitude},
        {u"longitude"_s, longitude}, {u"geo_region"_s, geo}, {u"deprecated"_s, deprecated},
        {u"gateway_available"_s, true}, {u"requires_paid_plan"_s, false}};
}

api::RegionList regionList(const QString &londonName = u"London, United Kingdom"_s)
{
    const QJsonObject response {
        {u"Regions"_s,
            QJsonArray {regionJson(u"ams"_s, u"Amsterdam, Netherlands"_s, 52.37, 4.9, u"europe"_s),
                regionJson(u"lhr"_s, londonName, 51.51, -0.12, u"europe"_s),
                regionJson(
                    u"iad"_s, u"Ashburn, Virginia (US)"_s, 39.04, -77.49, u"north_america"_s),
                regionJson(u"cdg"_s, u"Paris, France"_s, 48.86, 2.35, u"europe"_s, true)}},
        {u"Nearest"_s, u"lhr"_s},
    };
    return api::RegionList::fromResponse(response);
}

core::FleetSnapshot fleet()
{
    core::FleetSnapshot snapshot;
    snapshot.machines = {
        machine(u"web"_s, u"m1"_s).region(u"lhr"_s),
        machine(u"web"_s, u"m2"_s).region(u"lhr"_s).state(u"stopped"_s),
        machine(u"web"_s, u"m3"_s).region(u"ams"_s).state(u"suspended"_s),
        machine(u"web"_s, u"m4"_s).region(u"ams"_s).state(u"failed"_s),
        machine(u"web"_s, u"m5"_s).region(u"ams"_s).state(u"starting"_s),
    };
    snapshot.volumes = {volume(u"web"_s, u"v1"_s, u"data"_s, u"lhr"_s, 10),
        volume(u"web"_s, u"v2"_s, u"data"_s, u"lhr"_s, 5)};
    return snapshot;
}

} // namespace

class TestRegionSummaryModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RegionSummaryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex row(const QString &code) const { return m_model->indexForRegion(code); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<RegionSummaryModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setRegions(regionList());
        m_model->addAccount(u"a"_s, fleet());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void oneRowPerRegionWithItsDetailsAndCounts()
    {
        QCOMPARE(m_model->rowCount(), 4);
        const QModelIndex lhr = row(u"lhr"_s);
        QCOMPARE(lhr.row(), 1);
        QCOMPARE(lhr.data().toString(), u"lhr · London, United Kingdom"_s);
        QCOMPARE(lhr.data(NameRole).toString(), u"London, United Kingdom"_s);
        QCOMPARE(lhr.data(LatitudeRole).toDouble(), 51.51);
        QCOMPARE(lhr.data(LongitudeRole).toDouble(), -0.12);
        QCOMPARE(lhr.data(GeoRegionRole).toString(), u"europe"_s);
        QCOMPARE(lhr.data(GatewayAvailableRole).toBool(), true);
        QCOMPARE(lhr.data(NearestRegionRole).toBool(), true);
        QCOMPARE(row(u"cdg"_s).data(DeprecatedRole).toBool(), true);
        QCOMPARE(lhr.data(MachineCountRole).toInt(), 2);
        QCOMPARE(lhr.data(StartedCountRole).toInt(), 1);
        QCOMPARE(lhr.data(StoppedCountRole).toInt(), 1);
        QCOMPARE(lhr.data(VolumeCountRole).toInt(), 2);
        QCOMPARE(lhr.data(VolumeTotalGbRole).toLongLong(), 15);
        const QModelIndex ams = row(u"ams"_s);
        QCOMPARE(ams.data(SuspendedCountRole).toInt(), 1);
        QCOMPARE(ams.data(FailedCountRole).toInt(), 1);
        QCOMPARE(ams.data(OtherStateCountRole).toInt(), 1);
        QCOMPARE(row(u"iad"_s).data(MachineCountRole).toInt(), 0);
        QCOMPARE(m_model->nearestRegion(), u"lhr"_s);
    }

    void stateChangeUpdatesOneRegion()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(u"web"_s, u"m2"_s).region(u"lhr"_s)}; // now started
        m_model->applyDelta(u"a"_s, delta);
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(spies.dataChanged.count(), 1);
        QCOMPARE(changedIndex(spies.dataChanged.first()), row(u"lhr"_s));
        QVERIFY(changedRoles(spies.dataChanged.first()).contains(StartedCountRole));
        QCOMPARE(row(u"lhr"_s).data(StartedCountRole).toInt(), 2);
        QCOMPARE(row(u"lhr"_s).data(StoppedCountRole).toInt(), 0);

        // Nothing that changes a count: nothing at all.
        spies.clear();
        delta.machinesChanged = {machine(u"web"_s, u"m2"_s).region(u"lhr"_s).name(u"x"_s)};
        m_model->applyDelta(u"a"_s, delta);
        QCOMPARE(spies.totalCount(), 0);
    }

    void addsAndRemovalsMoveTheCounts()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesAdded = {machine(u"api"_s, u"m9"_s).region(u"iad"_s)};
        delta.machinesRemoved = {u"m3"_s};
        delta.volumesRemoved = {u"v2"_s};
        m_model->applyDelta(u"a"_s, delta);
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(spies.dataChanged.count(), 3); // iad, ams, lhr
        QCOMPARE(row(u"iad"_s).data(StartedCountRole).toInt(), 1);
        QCOMPARE(row(u"ams"_s).data(MachineCountRole).toInt(), 2);
        QCOMPARE(row(u"lhr"_s).data(VolumeTotalGbRole).toLongLong(), 10);
    }

    void accountsAddUp()
    {
        ModelSpies spies(m_model.get());
        core::FleetSnapshot other;
        other.machines = {machine(u"x"_s, u"o1"_s).region(u"lhr"_s)};
        m_model->addAccount(u"b"_s, other);
        QCOMPARE(spies.totalCount(), 1);
        QCOMPARE(row(u"lhr"_s).data(StartedCountRole).toInt(), 2);

        spies.clear();
        m_model->removeAccount(u"a"_s);
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(spies.dataChanged.count(), 2); // lhr and ams
        QCOMPARE(row(u"lhr"_s).data(MachineCountRole).toInt(), 1);
        QCOMPARE(row(u"ams"_s).data(MachineCountRole).toInt(), 0);
        QCOMPARE(m_model->countsFor(u"lhr"_s).volumes, 0);
    }

    void unlistedRegionGetsARowWhileItHasSomething()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesAdded = {machine(u"web"_s, u"m9"_s).region(u"xyz"_s)};
        m_model->applyDelta(u"a"_s, delta);
        QCOMPARE(spies.rowsInserted.count(), 1);
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 4);
        QCOMPARE(row(u"xyz"_s).data().toString(), u"xyz"_s);
        QVERIFY(!row(u"xyz"_s).data(LatitudeRole).isValid());
        QCOMPARE(row(u"xyz"_s).data(MachineCountRole).toInt(), 1);

        spies.clear();
        core::FleetDelta removal;
        removal.machinesRemoved = {u"m9"_s};
        m_model->applyDelta(u"a"_s, removal);
        QCOMPARE(spies.rowsRemoved.count(), 1);
        QCOMPARE(spies.rowsRemoved.first().at(1).toInt(), 4);
        QVERIFY(!row(u"xyz"_s).isValid());
        QCOMPARE(m_model->rowCount(), 4);
    }

    void sameRegionListUpdatesInPlaceAndANewOneResets()
    {
        ModelSpies spies(m_model.get());
        m_model->setRegions(regionList(u"London"_s));
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(spies.dataChanged.count(), 1);
        QCOMPARE(changedIndex(spies.dataChanged.first()), row(u"lhr"_s));
        QCOMPARE(row(u"lhr"_s).data().toString(), u"lhr · London"_s);

        spies.clear();
        m_model->setRegions(regionList(u"London"_s));
        QCOMPARE(spies.totalCount(), 0);

        api::RegionList fewer = regionList();
        fewer.regions.removeLast();
        m_model->setRegions(fewer);
        QCOMPARE(spies.modelReset.count(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        // The counts survive the reset.
        QCOMPARE(row(u"lhr"_s).data(MachineCountRole).toInt(), 2);
        QCOMPARE(row(u"ams"_s).data(MachineCountRole).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRegionSummaryModel)
#include "tst_regionsummarymodel.moc"
