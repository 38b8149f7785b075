// MachineTableModel: scope, columns, and the exact notifications of each kind of delta.
#include "fleetfixtures.h"
#include "models/machinetablemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hangar;
using namespace hangar::models;
using namespace fleetfixtures;
using namespace Qt::StringLiterals;

namespace {

core::FleetSnapshot fleet()
{
    core::FleetSnapshot snapshot;
    snapshot.apps = {app(u"web"_s), app(u"api"_s)};
    snapshot.machines = {
        machine(u"web"_s, u"m1"_s).name(u"web-1"_s),
        machine(u"web"_s, u"m2"_s).name(u"web-2"_s).state(u"stopped"_s),
        machine(u"api"_s, u"m3"_s).name(u"api-1"_s).region(u"ams"_s),
        machine(u"web"_s, u"m4"_s).name(u"web-3"_s).guest(u"performance"_s, 2, 4096),
        machine(u"web"_s, u"m5"_s).name(u"web-4"_s),
    };
    return snapshot;
}

core::MachineRecord baseMachine(const QString &id)
{
    for (const core::MachineRecord &record : fleet().machines) {
        if (record.machine.id() == id)
            return record;
    }
    return {};
}

} // namespace

class TestMachineTableModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MachineTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<MachineTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setSnapshot(fleet(), u"web"_s);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void showsTheMachinesOfItsScope()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(MachineTableModel::ColumnCount));
        QCOMPARE(m_model->appName(), u"web"_s);
        QVERIFY(!m_model->indexForMachine(u"m3"_s).isValid());
        const QModelIndex m4 = m_model->indexForMachine(u"m4"_s);
        QCOMPARE(m4.row(), 2);
        QCOMPARE(m_model->machineIdAt(2), u"m4"_s);
        QCOMPARE(m4.data().toString(), u"web-3"_s);
        QCOMPARE(m_model->index(2, MachineTableModel::StateColumn).data().toString(), u"started"_s);
        QCOMPARE(m_model->index(2, MachineTableModel::RegionColumn).data().toString(), u"lhr"_s);
        QCOMPARE(
            m_model->index(2, MachineTableModel::ImageColumn).data().toString(), u"nginx:latest"_s);
        QCOMPARE(m_model->index(2, MachineTableModel::SizeColumn).data().toString(),
            u"performance-2x"_s);
        QCOMPARE(m_model->index(2, MachineTableModel::PrivateIpColumn).data().toString(),
            u"fdaa:0:1::2"_s);
        QVERIFY(!m_model->index(2, MachineTableModel::UpdatedColumn).data().toString().isEmpty());
        // Raw values on any column; the sort value is the column's own.
        QCOMPARE(m_model->index(2, MachineTableModel::SizeColumn).data(MemoryMbRole).toInt(), 4096);
        QCOMPARE(m_model->index(2, MachineTableModel::UpdatedColumn)
                     .data(SortValueRole)
                     .toDateTime()
                     .isValid(),
            true);
        QCOMPARE(m_model->headerData(MachineTableModel::PrivateIpColumn, Qt::Horizontal).toString(),
            u"Private IP"_s);

        m_model->setSnapshot(fleet());
        QCOMPARE(m_model->rowCount(), 5);
    }

    void addedMachinesAreOneInsertAtTheEnd()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesAdded = {
            machine(u"web"_s, u"m6"_s), machine(u"api"_s, u"m7"_s), machine(u"web"_s, u"m8"_s)};
        m_model->applyDelta(delta);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.dataChanged.count(), 0);
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 4);
        QCOMPARE(spies.rowsInserted.first().at(2).toInt(), 5); // m7 is another app's
        QCOMPARE(m_model->indexForMachine(u"m8"_s).row(), 5);
    }

    void removalsAreOnePerContiguousRunFromTheBottom()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesRemoved = {u"m1"_s, u"m5"_s, u"m2"_s, u"m3"_s};
        m_model->applyDelta(delta);
        QCOMPARE(spies.rowsRemoved.count(), 2);
        QCOMPARE(spies.structuralCount(), 2);
        QCOMPARE(spies.rowsRemoved.at(0).at(1).toInt(), 3); // web-4 first
        QCOMPARE(spies.rowsRemoved.at(0).at(2).toInt(), 3);
        QCOMPARE(spies.rowsRemoved.at(1).at(1).toInt(), 0); // then web-1 and web-2
        QCOMPARE(spies.rowsRemoved.at(1).at(2).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->indexForMachine(u"m4"_s).row(), 0);
    }

    void stateChangeIsOneDataChangedAcrossTheRow()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(baseMachine(u"m2"_s)).state(u"started"_s)};
        m_model->applyDelta(delta);
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(spies.dataChanged.count(), 1);
        const QList<QVariant> emission = spies.dataChanged.first();
        QCOMPARE(changedIndex(emission), m_model->index(1, 0));
        QCOMPARE(emission.at(1).value<QModelIndex>(),
            m_model->index(1, MachineTableModel::ColumnCount - 1));
        const QList<int> roles = changedRoles(emission);
        QVERIFY(roles.contains(StateRole));
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(SortValueRole));
        QVERIFY(!roles.contains(NameRole));
        QCOMPARE(m_model->index(1, MachineTableModel::StateColumn).data().toString(), u"started"_s);
    }

    void unchangedOrInvisibleChangesEmitNothing()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {
            baseMachine(u"m1"_s), machine(baseMachine(u"m2"_s)).field(u"version"_s, u"01HVNEW"_s)};
        delta.machinesAdded = {baseMachine(u"m4"_s)}; // already there: a change, not an add
        m_model->applyDelta(delta);
        QCOMPARE(spies.totalCount(), 0);
    }

    void metadataChangeLeavesTheDisplayAlone()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(baseMachine(u"m1"_s)).metadata(u"k"_s, u"v"_s)};
        m_model->applyDelta(delta);
        QCOMPARE(spies.totalCount(), 1);
        QCOMPARE(changedRoles(spies.dataChanged.first()), QList<int> {MetadataRole});
    }

    void otherAppsAreIgnored()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.machinesChanged = {machine(baseMachine(u"m3"_s)).state(u"stopped"_s)};
        delta.machinesRemoved = {u"m3-gone"_s};
        m_model->applyDelta(delta);
        QCOMPARE(spies.totalCount(), 0);
    }

    void cordonShowsInTheStateColumn()
    {
        core::FleetDelta delta;
        delta.machinesChanged = {machine(baseMachine(u"m1"_s)).cordoned(true)};
        ModelSpies spies(m_model.get());
        m_model->applyDelta(delta);
        QCOMPARE(spies.dataChanged.count(), 1);
        QVERIFY(changedRoles(spies.dataChanged.first()).contains(CordonedRole));
        QVERIFY(m_model->index(0, MachineTableModel::StateColumn)
                    .data()
                    .toString()
                    .contains(u"cordoned"_s));
        QCOMPARE(m_model->index(0, 0).data(CordonedRole).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestMachineTableModel)
#include "tst_machinetablemodel.moc"
