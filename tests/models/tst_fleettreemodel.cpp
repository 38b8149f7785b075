// FleetTreeModel in its default grouping (account → app → region → machines and volumes):
// the snapshot it builds, and the exact notifications each kind of delta sends.
#include "api/values/timestamps.h"
#include "fleetfixtures.h"
#include "models/fleetcounts.h"
#include "models/fleettreemodel.h"
#include "models/modelroles.h"

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

const QString kAccount = u"acct-1"_s;

core::FleetSnapshot baseSnapshot()
{
    core::FleetSnapshot snapshot;
    snapshot.apps = {app(u"web"_s), app(u"api"_s), app(u"worker"_s)};
    snapshot.machines = {
        machine(u"web"_s, u"m1"_s)
            .name(u"web-1"_s)
            .region(u"lhr"_s)
            .metadata(u"role"_s, u"frontend"_s),
        machine(u"web"_s, u"m2"_s).name(u"web-2"_s).region(u"lhr"_s).state(u"stopped"_s),
        machine(u"web"_s, u"m3"_s).name(u"web-3"_s).region(u"ams"_s),
        machine(u"api"_s, u"m4"_s).name(u"api-1"_s).region(u"lhr"_s),
    };
    snapshot.volumes = {volume(u"web"_s, u"v1"_s, u"web_data"_s, u"lhr"_s, 10, u"m1"_s)};
    return snapshot;
}

core::MachineRecord baseMachine(const QString &id)
{
    for (const core::MachineRecord &record : baseSnapshot().machines) {
        if (record.machine.id() == id)
            return record;
    }
    return {};
}

QList<int> countChangeRoles()
{
    QList<int> roles = countRoles();
    roles.append(Qt::ToolTipRole);
    return roles;
}

} // namespace

class TestFleetTreeModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FleetTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex account() const { return m_model->indexForAccount(kAccount); }
    QModelIndex app(const QString &name) const { return m_model->indexForApp(kAccount, name); }
    QModelIndex region(const QString &appName, const QString &code) const
    {
        return m_model->indexForRegion(kAccount, code, appName);
    }
    QModelIndex machineIndex(const QString &id) const
    {
        return m_model->indexForMachine(kAccount, id);
    }

    void apply(const core::FleetDelta &delta) { m_model->applyDelta(kAccount, delta); }

    // The dataChanged emissions that are not for `row` must be count updates of exactly
    // `groups` (one each); returns how many emissions were for `row`.
    static int verifyCountChanges(
        const ModelSpies &spies, const QModelIndexList &groups, const QModelIndex &row = {})
    {
        int forRow = 0;
        QModelIndexList seen;
        for (const QList<QVariant> &emission : spies.dataChanged) {
            const QModelIndex index = changedIndex(emission);
            if (emission.at(1).value<QModelIndex>() != index)
                return -1; // every dataChanged here is for one row
            if (row.isValid() && index == row) {
                ++forRow;
                continue;
            }
            if (!groups.contains(index) || seen.contains(index)
                || changedRoles(emission) != countChangeRoles())
                return -1;
            seen.append(index);
        }
        return seen.size() == groups.size() ? forRow : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<FleetTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->addAccount(kAccount, u"Personal"_s, baseSnapshot());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void buildsTheTreeFromASnapshot()
    {
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(account().data().toString(), u"Personal"_s);
        QCOMPARE(account().data(KindRole).toInt(), int(NodeKind::Account));
        QCOMPARE(account().data(MachineCountRole).toInt(), 4);
        QCOMPARE(m_model->rowCount(account()), 3); // web, api and the empty worker

        const QModelIndex web = app(u"web"_s);
        QCOMPARE(web.parent(), account());
        QCOMPARE(web.data(KindRole).toInt(), int(NodeKind::App));
        QCOMPARE(web.data(MachineCountRole).toInt(), 3);
        QCOMPARE(web.data(StartedCountRole).toInt(), 2);
        QCOMPARE(web.data(StoppedCountRole).toInt(), 1);
        QCOMPARE(web.data(VolumeCountRole).toInt(), 1);
        QCOMPARE(web.data(VolumeTotalGbRole).toLongLong(), 10);
        QCOMPARE(web.data(AppStatusRole).toString(), u"deployed"_s);
        QCOMPARE(web.data(OrganizationRole).toString(), u"personal"_s);
        QCOMPARE(web.data(MachineStateCountsRole).toMap().value(u"started"_s).toInt(), 2);
        QCOMPARE(m_model->rowCount(web), 2);
        QVERIFY(!m_model->hasChildren(app(u"worker"_s)));

        const QModelIndex lhr = region(u"web"_s, u"lhr"_s);
        QCOMPARE(lhr.parent(), web);
        QCOMPARE(lhr.data().toString(), u"lhr"_s);
        QCOMPARE(lhr.data(KindRole).toInt(), int(NodeKind::Region));
        QCOMPARE(lhr.data(AppNameRole).toString(), u"web"_s);
        QCOMPARE(m_model->rowCount(lhr), 3); // web-1, web-2, web_data

        const QModelIndex m1 = machineIndex(u"m1"_s);
        QCOMPARE(m1.parent(), lhr);
        QCOMPARE(m1.data().toString(), u"web-1"_s);
        QCOMPARE(m1.data(IdRole).toString(), u"m1"_s);
        QCOMPARE(m1.data(KindRole).toInt(), int(NodeKind::Machine));
        QCOMPARE(m1.data(StateRole).toString(), u"started"_s);
        QCOMPARE(m1.data(RegionRole).toString(), u"lhr"_s);
        QCOMPARE(m1.data(AppNameRole).toString(), u"web"_s);
        QCOMPARE(m1.data(AccountIdRole).toString(), kAccount);
        QCOMPARE(m1.data(ImageRole).toString(), u"nginx:latest"_s);
        QCOMPARE(m1.data(PrivateIpRole).toString(), u"fdaa:0:1::2"_s);
        QCOMPARE(m1.data(CpuKindRole).toString(), u"shared"_s);
        QCOMPARE(m1.data(CpusRole).toInt(), 1);
        QCOMPARE(m1.data(MemoryMbRole).toInt(), 256);
        QCOMPARE(m1.data(SizePresetRole).toString(), u"shared-cpu-1x"_s);
        QCOMPARE(m1.data(CordonedRole).toBool(), false);
        QCOMPARE(m1.data(CreatedAtRole).toDateTime(), api::parseRfc3339(u"2024-05-01T12:00:00Z"_s));
        QCOMPARE(m1.data(MetadataRole).toMap().value(u"role"_s).toString(), u"frontend"_s);
        QVERIFY(m1.data(SearchTextRole).toString().contains(u"web-1"_s));
        QVERIFY(m1.data(Qt::ToolTipRole).toString().contains(u"nginx:latest"_s));

        const QModelIndex v1 = m_model->indexForVolume(kAccount, u"v1"_s);
        QCOMPARE(v1.parent(), lhr);
        QCOMPARE(v1.data(KindRole).toInt(), int(NodeKind::Volume));
        QCOMPARE(v1.data(SizeGbRole).toInt(), 10);
        QCOMPARE(v1.data(AttachedMachineIdRole).toString(), u"m1"_s);
        QVERIFY(v1.data(Qt::ToolTipRole).toString().contains(u"web-1"_s));
        QVERIFY(!m_model->indexForMachine(kAccount, u"nope"_s).isValid());
        QVERIFY(!m_model->indexForMachine(u"other"_s, u"m1"_s).isValid());
    }

    void regionNamesRelabelRegionRowsInPlace()
    {
        ModelSpies spies(m_model.get());
        m_model->setRegionNames(
            {{u"lhr"_s, u"London, United Kingdom"_s}, {u"ams"_s, u"Amsterdam, Netherlands"_s}});
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(spies.dataChanged.count(), 3); // web/lhr, web/ams, api/lhr
        for (const QList<QVariant> &emission : spies.dataChanged) {
            QCOMPARE(changedIndex(emission).data(KindRole).toInt(), int(NodeKind::Region));
            QVERIFY(changedRoles(emission).contains(Qt::DisplayRole));
            QVERIFY(changedRoles(emission).contains(RegionNameRole));
        }
        QCOMPARE(region(u"web"_s, u"lhr"_s).data().toString(), u"lhr · London, United Kingdom"_s);
        QCOMPARE(
            machineIndex(u"m3"_s).data(RegionNameRole).toString(), u"Amsterdam, Netherlands"_s);

        spies.clear();
        m_model->setRegionNames(
            {{u"lhr"_s, u"London, United Kingdom"_s}, {u"ams"_s, u"Amsterdam, Netherlands"_s}});
        QCOMPARE(spies.totalCount(), 0);
    }

    void machineAddedInAnExistingRegionIsOneInsert()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesAdded = {machine(u"web"_s, u"m5"_s).name(u"web-5"_s).region(u"lhr"_s)};
        apply(delta);

        QCOMPARE(spies.rowsInserted.count(), 1);
        const QList<QVariant> inserted = spies.rowsInserted.first();
        QCOMPARE(inserted.at(0).value<QModelIndex>(), region(u"web"_s, u"lhr"_s));
        QCOMPARE(inserted.at(1).toInt(), 3);
        QCOMPARE(inserted.at(2).toInt(), 3);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(machineIndex(u"m5"_s).row(), 3);
        QCOMPARE(machineIndex(u"m5"_s).data().toString(), u"web-5"_s);
        // The badges above it follow: one count update per ancestor.
        QCOMPARE(
            verifyCountChanges(spies, {region(u"web"_s, u"lhr"_s), app(u"web"_s), account()}), 0);
        QCOMPARE(app(u"web"_s).data(MachineCountRole).toInt(), 4);
    }

    void machinesAddedTogetherAreOneInsert()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        for (const QString &id : {u"m7"_s, u"m8"_s, u"m9"_s})
            delta.machinesAdded.append(machine(u"web"_s, id).region(u"lhr"_s));
        apply(delta);

        QCOMPARE(spies.structuralCount(), 1);
        const QList<QVariant> inserted = spies.rowsInserted.first();
        QCOMPARE(inserted.at(0).value<QModelIndex>(), region(u"web"_s, u"lhr"_s));
        QCOMPARE(inserted.at(1).toInt(), 3);
        QCOMPARE(inserted.at(2).toInt(), 5);
    }

    void machineInANewRegionInsertsTheRegionRow()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesAdded = {machine(u"web"_s, u"m6"_s).region(u"fra"_s)};
        apply(delta);

        // One insert: the region row, with the machine already inside it.
        QCOMPARE(spies.structuralCount(), 1);
        const QList<QVariant> inserted = spies.rowsInserted.first();
        QCOMPARE(inserted.at(0).value<QModelIndex>(), app(u"web"_s));
        QCOMPARE(inserted.at(1).toInt(), 2);
        QCOMPARE(inserted.at(2).toInt(), 2);
        const QModelIndex fra = region(u"web"_s, u"fra"_s);
        QCOMPARE(fra.row(), 2);
        QCOMPARE(m_model->rowCount(fra), 1);
        QCOMPARE(machineIndex(u"m6"_s).parent(), fra);
        QCOMPARE(fra.data(MachineCountRole).toInt(), 1);
        QCOMPARE(verifyCountChanges(spies, {app(u"web"_s), account()}), 0);
    }

    void machineOfAnUnknownAppInsertsTheAppRow()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesAdded = {machine(u"batch"_s, u"m10"_s).region(u"sjc"_s)};
        apply(delta);

        QCOMPARE(spies.structuralCount(), 1);
        const QList<QVariant> inserted = spies.rowsInserted.first();
        QCOMPARE(inserted.at(0).value<QModelIndex>(), account());
        QCOMPARE(inserted.at(1).toInt(), 3);
        QCOMPARE(machineIndex(u"m10"_s).parent().parent(), app(u"batch"_s));
        QCOMPARE(verifyCountChanges(spies, {account()}), 0);
    }

    void removingTheLastMachineOfARegionRemovesTheRegionRow()
    {
        const int amsRow = region(u"web"_s, u"ams"_s).row();
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesRemoved = {u"m3"_s};
        apply(delta);

        QCOMPARE(spies.rowsRemoved.count(), 1);
        QCOMPARE(spies.structuralCount(), 1);
        const QList<QVariant> removed = spies.rowsRemoved.first();
        QCOMPARE(removed.at(0).value<QModelIndex>(), app(u"web"_s));
        QCOMPARE(removed.at(1).toInt(), amsRow);
        QCOMPARE(removed.at(2).toInt(), amsRow);
        QVERIFY(!machineIndex(u"m3"_s).isValid());
        QVERIFY(!region(u"web"_s, u"ams"_s).isValid());
        QCOMPARE(app(u"web"_s).data(MachineCountRole).toInt(), 2);
        QCOMPARE(verifyCountChanges(spies, {app(u"web"_s), account()}), 0);
    }

    void contiguousRemovalsAreOneRemoval()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesRemoved = {u"m2"_s, u"m1"_s};
        apply(delta);

        QCOMPARE(spies.structuralCount(), 1);
        const QList<QVariant> removed = spies.rowsRemoved.first();
        QCOMPARE(removed.at(0).value<QModelIndex>(), region(u"web"_s, u"lhr"_s));
        QCOMPARE(removed.at(1).toInt(), 0);
        QCOMPARE(removed.at(2).toInt(), 1);
        // The volume left behind moved up, and its index follows.
        QCOMPARE(m_model->indexForVolume(kAccount, u"v1"_s).row(), 0);
    }

    void stateChangeIsOneDataChangedForThatRow()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {
            machine(baseMachine(u"m1"_s)).state(u"stopped"_s).updatedAt(u"2024-05-02T08:00:00Z"_s)};
        apply(delta);

        const QModelIndex m1 = machineIndex(u"m1"_s);
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(
            verifyCountChanges(spies, {region(u"web"_s, u"lhr"_s), app(u"web"_s), account()}, m1),
            1);
        QList<int> roles;
        for (const QList<QVariant> &emission : spies.dataChanged) {
            if (changedIndex(emission) == m1)
                roles = changedRoles(emission);
        }
        QVERIFY(roles.contains(StateRole));
        QVERIFY(roles.contains(UpdatedAtRole));
        QVERIFY(roles.contains(Qt::ToolTipRole));
        QVERIFY(!roles.contains(Qt::DisplayRole));
        QVERIFY(!roles.contains(NameRole));
        QVERIFY(!roles.contains(ImageRole));
        QCOMPARE(m1.data(StateRole).toString(), u"stopped"_s);
        QCOMPARE(app(u"web"_s).data(StartedCountRole).toInt(), 1);
        QCOMPARE(app(u"web"_s).data(StoppedCountRole).toInt(), 2);
    }

    void stateChangeWithinABadgeChangesNoCounts()
    {
        core::FleetDelta added;
        added.machinesAdded = {machine(u"web"_s, u"m5"_s).state(u"created"_s)};
        apply(added);

        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(u"web"_s, u"m5"_s).state(u"starting"_s)};
        apply(delta);
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(spies.dataChanged.count(), 1);
        QCOMPARE(changedIndex(spies.dataChanged.first()), machineIndex(u"m5"_s));
        QVERIFY(changedRoles(spies.dataChanged.first()).contains(StateRole));
    }

    void renameChangesDisplayAndSortRoles()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(baseMachine(u"m2"_s)).name(u"web-20"_s)};
        apply(delta);

        QCOMPARE(spies.totalCount(), 1);
        const QList<int> roles = changedRoles(spies.dataChanged.first());
        QCOMPARE(changedIndex(spies.dataChanged.first()), machineIndex(u"m2"_s));
        for (int role : {int(Qt::DisplayRole), int(NameRole), int(SortValueRole),
                 int(SearchTextRole), int(Qt::ToolTipRole)})
            QVERIFY2(roles.contains(role), roleName(role));
        QVERIFY(!roles.contains(StateRole));
    }

    void unchangedMachineEmitsNothing()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {baseMachine(u"m2"_s)};
        delta.volumesChanged = {baseSnapshot().volumes.first()};
        delta.appsChanged = {fleetfixtures::app(u"web"_s)};
        apply(delta);
        QCOMPARE(spies.totalCount(), 0);
    }

    void changeNobodySeesEmitsNothing()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {
            machine(baseMachine(u"m2"_s))
                .field(u"version"_s, u"01HV9999999999999999999999"_s)
                .field(u"events"_s, QJsonArray {QJsonObject {{u"type"_s, u"update"_s}}})};
        apply(delta);
        QCOMPARE(spies.totalCount(), 0);
    }

    void metadataChangeIsOneDataChangedWithMetadataRole()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(baseMachine(u"m2"_s)).metadata(u"tier"_s, u"gold"_s)};
        apply(delta);
        QCOMPARE(spies.totalCount(), 1);
        QCOMPARE(changedRoles(spies.dataChanged.first()), QList<int> {MetadataRole});
    }

    void copyHelperIsMarkedAsSuch()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(baseMachine(u"m2"_s))
                                     .metadata(u"hangar_helper"_s, u"volume-access"_s)
                                     .metadata(u"hangar_helper_volume"_s, u"vol_data"_s)};
        apply(delta);
        QCOMPARE(spies.totalCount(), 1);
        const QList<int> roles = changedRoles(spies.dataChanged.first());
        for (int role : {int(MetadataRole), int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            QVERIFY2(roles.contains(role), roleName(role));
        const QModelIndex m2 = machineIndex(u"m2"_s);
        const QString name = m2.data(NameRole).toString();
        QCOMPARE(m2.data(Qt::DisplayRole).toString(), name + u" (copy helper)"_s);
        QCOMPARE(m2.data(SortValueRole).toString(), name);
        QVERIFY(m2.data(Qt::ToolTipRole).toString().contains(u"copy files into volume vol_data"_s));
    }

    void volumeResizeUpdatesItsRowAndTheTotals()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.volumesChanged = {volume(u"web"_s, u"v1"_s, u"web_data"_s, u"lhr"_s, 20, u"m1"_s)};
        apply(delta);

        const QModelIndex v1 = m_model->indexForVolume(kAccount, u"v1"_s);
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(
            verifyCountChanges(spies, {region(u"web"_s, u"lhr"_s), app(u"web"_s), account()}, v1),
            1);
        QCOMPARE(v1.data(SizeGbRole).toInt(), 20);
        QCOMPARE(app(u"web"_s).data(VolumeTotalGbRole).toLongLong(), 20);
    }

    void volumeRemovedAndAdded()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.volumesRemoved = {u"v1"_s};
        delta.volumesAdded = {volume(u"api"_s, u"v2"_s, u"api_data"_s, u"lhr"_s, 3)};
        apply(delta);

        QCOMPARE(spies.rowsRemoved.count(), 1);
        QCOMPARE(spies.rowsInserted.count(), 1);
        QCOMPARE(spies.structuralCount(), 2);
        QCOMPARE(spies.rowsInserted.first().at(0).value<QModelIndex>(), region(u"api"_s, u"lhr"_s));
        QCOMPARE(m_model->indexForVolume(kAccount, u"v2"_s).row(), 1);
        QVERIFY(!m_model->indexForVolume(kAccount, u"v1"_s).isValid());
        QCOMPARE(account().data(VolumeTotalGbRole).toLongLong(), 3);
    }

    void machineThatMovedRegionLeavesAndArrives()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(baseMachine(u"m2"_s)).region(u"ams"_s)};
        apply(delta);

        QCOMPARE(spies.rowsRemoved.count(), 1);
        QCOMPARE(spies.rowsInserted.count(), 1);
        QCOMPARE(spies.rowsRemoved.first().at(0).value<QModelIndex>(), region(u"web"_s, u"lhr"_s));
        QCOMPARE(spies.rowsInserted.first().at(0).value<QModelIndex>(), region(u"web"_s, u"ams"_s));
        QCOMPARE(machineIndex(u"m2"_s).parent(), region(u"web"_s, u"ams"_s));
        QCOMPARE(region(u"web"_s, u"ams"_s).data(MachineCountRole).toInt(), 2);
    }

    void appsAddedChangedAndRemoved()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta added;
        added.appsAdded = {fleetfixtures::app(u"new-app"_s, u"pending"_s)};
        apply(added);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsInserted.first().at(0).value<QModelIndex>(), account());
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 3);
        QCOMPARE(spies.dataChanged.count(), 0);
        QCOMPARE(app(u"new-app"_s).data(AppStatusRole).toString(), u"pending"_s);

        spies.clear();
        core::FleetDelta changed;
        changed.appsChanged = {fleetfixtures::app(u"web"_s, u"suspended"_s)};
        apply(changed);
        QCOMPARE(spies.totalCount(), 1);
        QCOMPARE(changedIndex(spies.dataChanged.first()), app(u"web"_s));
        QVERIFY(changedRoles(spies.dataChanged.first()).contains(AppStatusRole));
        QCOMPARE(app(u"web"_s).data(AppStatusRole).toString(), u"suspended"_s);

        spies.clear();
        core::FleetDelta removed;
        removed.appsRemoved = {u"api"_s};
        removed.machinesRemoved = {u"m4"_s};
        apply(removed);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsRemoved.first().at(0).value<QModelIndex>(), account());
        QCOMPARE(spies.rowsRemoved.first().at(1).toInt(), 1);
        QVERIFY(!app(u"api"_s).isValid());
        QVERIFY(!machineIndex(u"m4"_s).isValid());
        QCOMPARE(verifyCountChanges(spies, {account()}), 0);
        QCOMPARE(account().data(MachineCountRole).toInt(), 3);
    }

    void listedAppKeepsItsRowWhenItsLastMachineGoes()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesRemoved = {u"m4"_s};
        apply(delta);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsRemoved.first().at(0).value<QModelIndex>(), app(u"api"_s));
        QVERIFY(app(u"api"_s).isValid());
        QCOMPARE(m_model->rowCount(app(u"api"_s)), 0);
    }

    void deltaForAnUnknownAccountIsIgnored()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesRemoved = {u"m1"_s};
        m_model->applyDelta(u"someone-else"_s, delta);
        QCOMPARE(spies.totalCount(), 0);
        QVERIFY(machineIndex(u"m1"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFleetTreeModel)
#include "tst_fleettreemodel.moc"
