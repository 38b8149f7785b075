// VolumeTableModel: columns, incremental updates, and "Attached to" following the machines.
#include "fleetfixtures.h"
#include "models/modelroles.h"
#include "models/volumetablemodel.h"

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
    snapshot.machines = {machine(u"web"_s, u"m1"_s).name(u"web-1"_s)};
    snapshot.volumes = {
        volume(u"web"_s, u"v1"_s, u"web_data"_s, u"lhr"_s, 10, u"m1"_s),
        volume(u"web"_s, u"v2"_s, u"web_logs"_s, u"lhr"_s, 1),
        volume(u"api"_s, u"v3"_s, u"api_data"_s, u"ams"_s, 5),
    };
    return snapshot;
}

} // namespace

class TestVolumeTableModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VolumeTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<VolumeTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setSnapshot(fleet());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void showsEveryColumn()
    {
        QCOMPARE(m_model->rowCount(), 3);
        const int row = m_model->indexForVolume(u"v1"_s).row();
        const auto cell = [&](int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(cell(VolumeTableModel::NameColumn), u"web_data"_s);
        QCOMPARE(cell(VolumeTableModel::StateColumn), u"created"_s);
        QCOMPARE(cell(VolumeTableModel::SizeColumn), u"10 GB"_s);
        QCOMPARE(cell(VolumeTableModel::RegionColumn), u"lhr"_s);
        QCOMPARE(cell(VolumeTableModel::ZoneColumn), u"a1b2"_s);
        QCOMPARE(cell(VolumeTableModel::AttachedToColumn), u"web-1"_s);
        QVERIFY(!cell(VolumeTableModel::CreatedColumn).isEmpty());
        QCOMPARE(m_model->index(row, VolumeTableModel::SizeColumn).data(SortValueRole).toInt(), 10);
        QCOMPARE(m_model->index(row, 0).data(AttachedMachineIdRole).toString(), u"m1"_s);
        QCOMPARE(m_model->index(row, 0).data(EncryptedRole).toBool(), true);
        QCOMPARE(m_model->headerData(VolumeTableModel::AttachedToColumn, Qt::Horizontal).toString(),
            u"Attached to"_s);

        m_model->setSnapshot(fleet(), u"api"_s);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->volumeIdAt(0), u"v3"_s);
    }

    void deltasAreIncremental()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta delta;
        delta.volumesRemoved = {u"v2"_s};
        delta.volumesAdded = {volume(u"web"_s, u"v4"_s, u"web_cache"_s, u"fra"_s, 2)};
        delta.volumesChanged = {volume(u"api"_s, u"v3"_s, u"api_data"_s, u"ams"_s, 8)};
        m_model->applyDelta(delta);
        QCOMPARE(spies.rowsRemoved.count(), 1);
        QCOMPARE(spies.rowsRemoved.first().at(1).toInt(), 1);
        QCOMPARE(spies.rowsInserted.count(), 1);
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 2);
        QCOMPARE(spies.structuralCount(), 2);
        QCOMPARE(spies.dataChanged.count(), 1);
        QCOMPARE(changedIndex(spies.dataChanged.first()), m_model->indexForVolume(u"v3"_s));
        QVERIFY(changedRoles(spies.dataChanged.first()).contains(SizeGbRole));
        QCOMPARE(m_model->indexForVolume(u"v3"_s, VolumeTableModel::SizeColumn).data().toString(),
            u"8 GB"_s);

        spies.clear();
        core::FleetDelta same;
        same.volumesChanged = {volume(u"api"_s, u"v3"_s, u"api_data"_s, u"ams"_s, 8)};
        m_model->applyDelta(same);
        QCOMPARE(spies.totalCount(), 0);
    }

    void attachedToFollowsTheMachine()
    {
        ModelSpies spies(m_model.get());
        core::FleetDelta renamed;
        renamed.machinesChanged = {machine(u"web"_s, u"m1"_s).name(u"web-one"_s)};
        m_model->applyDelta(renamed);
        QCOMPARE(spies.totalCount(), 1);
        QCOMPARE(
            changedIndex(spies.dataChanged.first()).row(), m_model->indexForVolume(u"v1"_s).row());
        QVERIFY(changedRoles(spies.dataChanged.first()).contains(AttachedMachineNameRole));
        QCOMPARE(
            m_model->indexForVolume(u"v1"_s, VolumeTableModel::AttachedToColumn).data().toString(),
            u"web-one"_s);

        // Attaching a free volume changes its own row.
        spies.clear();
        core::FleetDelta attached;
        attached.volumesChanged = {volume(u"web"_s, u"v2"_s, u"web_logs"_s, u"lhr"_s, 1, u"m1"_s)};
        m_model->applyDelta(attached);
        QCOMPARE(spies.totalCount(), 1);
        const QList<int> roles = changedRoles(spies.dataChanged.first());
        QVERIFY(roles.contains(AttachedMachineIdRole));
        QVERIFY(roles.contains(Qt::DisplayRole));
        QCOMPARE(m_model->indexForVolume(u"v2"_s, VolumeTableModel::AttachedToColumn)
                     .data(AttachedMachineNameRole)
                     .toString(),
            u"web-one"_s);
    }
};

QTEST_GUILESS_MAIN(TestVolumeTableModel)
#include "tst_volumetablemodel.moc"
