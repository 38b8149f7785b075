// FleetTreeModel across accounts and groupings: account rows come and go as single inserts
// and removals, the RegionApp grouping gets the same incremental treatment, and only a
// grouping change resets the model.
#include "fleetfixtures.h"
#include "models/fleetcounts.h"
#include "models/fleettreemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hangar;
using namespace hangar::models;
using namespace fleetfixtures;
using namespace Qt::StringLiterals;

namespace {

const QString kPersonal = u"personal"_s;
const QString kWork = u"work"_s;

core::FleetSnapshot personalFleet()
{
    core::FleetSnapshot snapshot;
    snapshot.apps = {app(u"web"_s), app(u"api"_s)};
    snapshot.machines = {
        machine(u"web"_s, u"m1"_s).name(u"web-1"_s).region(u"lhr"_s),
        machine(u"web"_s, u"m2"_s).name(u"web-2"_s).region(u"lhr"_s),
        machine(u"web"_s, u"m3"_s).name(u"web-3"_s).region(u"ams"_s),
        machine(u"api"_s, u"m4"_s).name(u"api-1"_s).region(u"lhr"_s),
    };
    snapshot.volumes = {volume(u"web"_s, u"v1"_s, u"web_data"_s, u"lhr"_s, 10, u"m1"_s)};
    return snapshot;
}

core::FleetSnapshot workFleet()
{
    core::FleetSnapshot snapshot;
    snapshot.apps = {app(u"billing"_s, u"deployed"_s, u"acme"_s)};
    snapshot.machines = {machine(u"billing"_s, u"w1"_s).region(u"iad"_s)};
    return snapshot;
}

// Every row as one line (its path of IDs, kind, counts and leaf values), sorted, so that two
// trees holding the same fleet compare equal whatever order their rows came in.
QStringList dump(
    const QAbstractItemModel &model, const QModelIndex &parent = {}, const QString &path = {})
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString rowPath = path + u'/' + index.data(IdRole).toString();
        QStringList fields {rowPath, index.data(KindRole).toString(),
            index.data(Qt::DisplayRole).toString(), index.data(StateRole).toString(),
            index.data(SizeGbRole).toString()};
        for (int role : countRoles())
            fields.append(index.data(role).toString());
        lines.append(fields.join(u' '));
        lines += dump(model, index, rowPath);
    }
    if (path.isEmpty())
        lines.sort();
    return lines;
}

// A fleet that random deltas are applied to, as a store would keep it.
struct RandomFleet {
    QRandomGenerator random {20240501};
    QMap<QString, api::App> apps;
    QMap<QString, core::MachineRecord> machines;
    QMap<QString, core::VolumeRecord> volumes;
    int nextId = 0;

    QString pick(const QStringList &list) { return list.at(random.bounded(int(list.size()))); }
    bool chance(int percent) { return random.bounded(100) < percent; }

    core::MachineRecord newMachine(const QString &appName, const QString &id)
    {
        return machine(appName, id)
            .name(u"m-%1"_s.arg(random.bounded(50)))
            .region(pick({u"lhr"_s, u"ams"_s, u"fra"_s, u"iad"_s, u"syd"_s}))
            .state(pick({u"started"_s, u"stopped"_s, u"suspended"_s, u"failed"_s, u"starting"_s}));
    }

    core::FleetSnapshot snapshot() const
    {
        return {apps.values(), machines.values(), volumes.values()};
    }

    core::FleetDelta nextDelta()
    {
        const QStringList appNames {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        core::FleetDelta delta;
        if (chance(15)) {
            const QString name = pick(appNames);
            const api::App value = app(name, pick({u"deployed"_s, u"suspended"_s}));
            (apps.contains(name) ? delta.appsChanged : delta.appsAdded).append(value);
            apps.insert(name, value);
        } else if (chance(3) && !apps.isEmpty()) {
            const QString name = pick(apps.keys());
            apps.remove(name);
            delta.appsRemoved.append(name);
            const bool listLeaves = chance(50); // a store may or may not list them too
            for (const QString &id : machines.keys()) {
                if (machines.value(id).appName == name && machines.remove(id) && listLeaves)
                    delta.machinesRemoved.append(id);
            }
            for (const QString &id : volumes.keys()) {
                if (volumes.value(id).appName == name && volumes.remove(id) && listLeaves)
                    delta.volumesRemoved.append(id);
            }
            return delta;
        }
        for (int n = random.bounded(6); n > 0; --n) {
            const core::MachineRecord record = newMachine(pick(appNames), u"m%1"_s.arg(nextId++));
            machines.insert(record.machine.id(), record);
            delta.machinesAdded.append(record);
        }
        for (int n = random.bounded(5); n > 0 && !machines.isEmpty(); --n) {
            const QString id = pick(machines.keys());
            if (delta.machinesRemoved.contains(id))
                continue;
            const core::MachineRecord &old = machines[id];
            // Mostly a new state; sometimes a rename or (rarely) another region.
            core::MachineRecord changed = chance(80)
                ? machine(old).state(pick({u"started"_s, u"stopped"_s, u"starting"_s})).record()
                : (chance(70) ? machine(old).name(u"renamed"_s).record()
                              : newMachine(old.appName, id));
            machines.insert(id, changed);
            delta.machinesChanged.append(changed);
        }
        for (int n = random.bounded(4); n > 0 && !machines.isEmpty(); --n) {
            const QString id = pick(machines.keys());
            machines.remove(id);
            delta.machinesRemoved.append(id);
            delta.machinesAdded.removeIf(
                [&](const core::MachineRecord &record) { return record.machine.id() == id; });
            delta.machinesChanged.removeIf(
                [&](const core::MachineRecord &record) { return record.machine.id() == id; });
        }
        if (chance(30)) {
            const QString id = u"v%1"_s.arg(nextId++);
            const core::VolumeRecord record = volume(pick(appNames), id, u"data"_s,
                pick({u"lhr"_s, u"ams"_s, u"sin"_s}), 1 + random.bounded(20));
            volumes.insert(id, record);
            delta.volumesAdded.append(record);
        } else if (chance(30) && !volumes.isEmpty()) {
            const QString id = pick(volumes.keys());
            volumes.remove(id);
            delta.volumesRemoved.append(id);
        }
        return delta;
    }
};

} // namespace

class TestFleetTreeModelGrouping : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FleetTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void regroup()
    {
        ModelSpies spies(m_model.get());
        m_model->setGrouping(FleetTreeModel::Grouping::RegionApp);
        QCOMPARE(spies.modelReset.count(), 1);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(m_model->grouping(), FleetTreeModel::Grouping::RegionApp);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<FleetTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->addAccount(kPersonal, u"Personal"_s, personalFleet());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void accountsAreInsertedAndRemovedAsRows()
    {
        ModelSpies spies(m_model.get());
        m_model->addAccount(kWork, u"Work"_s, workFleet());
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsInserted.first().at(0).value<QModelIndex>(), QModelIndex());
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 1);
        QCOMPARE(m_model->accountIds(), (QStringList {kPersonal, kWork}));
        QCOMPARE(m_model->indexForMachine(kWork, u"w1"_s).data(AccountIdRole).toString(), kWork);
        QCOMPARE(
            m_model->indexForApp(kWork, u"billing"_s).data(OrganizationRole).toString(), u"acme"_s);

        // A delta for one account touches only that account's rows.
        spies.clear();
        core::FleetDelta delta;
        delta.machinesAdded = {machine(u"billing"_s, u"w2"_s).region(u"iad"_s)};
        m_model->applyDelta(kWork, delta);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsInserted.first().at(0).value<QModelIndex>(),
            m_model->indexForRegion(kWork, u"iad"_s, u"billing"_s));
        QVERIFY(!m_model->indexForMachine(kPersonal, u"w2"_s).isValid());

        spies.clear();
        m_model->removeAccount(kPersonal);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsRemoved.first().at(1).toInt(), 0);
        QCOMPARE(m_model->indexForAccount(kWork).row(), 0);
        QCOMPARE(m_model->indexForMachine(kWork, u"w2"_s).parent().parent().parent(),
            m_model->indexForAccount(kWork));
        QVERIFY(!m_model->indexForMachine(kPersonal, u"m1"_s).isValid());
    }

    void addingAKnownAccountReplacesIt()
    {
        ModelSpies spies(m_model.get());
        m_model->addAccount(kPersonal, u"Personal"_s, workFleet());
        QCOMPARE(spies.rowsRemoved.count(), 1);
        QCOMPARE(spies.rowsInserted.count(), 1);
        QCOMPARE(spies.modelReset.count(), 0);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->indexForMachine(kPersonal, u"w1"_s).isValid());
        QVERIFY(!m_model->indexForMachine(kPersonal, u"m1"_s).isValid());
    }

    void accountLabelChangesInPlace()
    {
        ModelSpies spies(m_model.get());
        m_model->setAccountLabel(kPersonal, u"Me"_s);
        QCOMPARE(spies.totalCount(), 1);
        QCOMPARE(changedIndex(spies.dataChanged.first()), m_model->indexForAccount(kPersonal));
        QCOMPARE(m_model->indexForAccount(kPersonal).data().toString(), u"Me"_s);
    }

    void regionAppGroupingNestsRegionsFirst()
    {
        regroup();
        const QModelIndex account = m_model->indexForAccount(kPersonal);
        QCOMPARE(m_model->rowCount(account), 2); // lhr, ams
        const QModelIndex lhr = m_model->indexForRegion(kPersonal, u"lhr"_s);
        QCOMPARE(lhr.parent(), account);
        QCOMPARE(lhr.data(KindRole).toInt(), int(NodeKind::Region));
        QCOMPARE(lhr.data(MachineCountRole).toInt(), 3);
        QCOMPARE(m_model->rowCount(lhr), 2); // web, api
        const QModelIndex m1 = m_model->indexForMachine(kPersonal, u"m1"_s);
        QCOMPARE(m1.parent().data(KindRole).toInt(), int(NodeKind::App));
        QCOMPARE(m1.parent().data(RegionRole).toString(), u"lhr"_s);
        QCOMPARE(m1.parent().parent(), lhr);
        QCOMPARE(m1.parent().data(MachineCountRole).toInt(), 2);
        QCOMPARE(m_model->indexForVolume(kPersonal, u"v1"_s).parent(), m1.parent());
        // An app with machines in two regions has a row in each; indexForApp gives one.
        QVERIFY(m_model->indexForApp(kPersonal, u"web"_s).isValid());

        // And back again, with nothing lost.
        ModelSpies spies(m_model.get());
        m_model->setGrouping(FleetTreeModel::Grouping::AppRegion);
        QCOMPARE(spies.modelReset.count(), 1);
        QCOMPARE(m_model->indexForMachine(kPersonal, u"m3"_s).parent().parent(),
            m_model->indexForApp(kPersonal, u"web"_s));
        QCOMPARE(m_model->rowCount(m_model->indexForAccount(kPersonal)), 2);

        spies.clear();
        m_model->setGrouping(FleetTreeModel::Grouping::AppRegion);
        QCOMPARE(spies.totalCount(), 0);
    }

    void regionAppDeltasAreIncremental()
    {
        regroup();
        ModelSpies spies(m_model.get());

        // An app's first machine in a region inserts that app row under the region.
        core::FleetDelta added;
        added.machinesAdded = {machine(u"api"_s, u"m5"_s).region(u"ams"_s)};
        m_model->applyDelta(kPersonal, added);
        QCOMPARE(spies.structuralCount(), 1);
        const QModelIndex ams = m_model->indexForRegion(kPersonal, u"ams"_s);
        QCOMPARE(spies.rowsInserted.first().at(0).value<QModelIndex>(), ams);
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 1);
        QCOMPARE(m_model->indexForMachine(kPersonal, u"m5"_s).parent().data().toString(), u"api"_s);

        // Its last machine there leaving removes that app row, not the region.
        const int apiRow = m_model->indexForMachine(kPersonal, u"m4"_s).parent().row();
        spies.clear();
        core::FleetDelta removed;
        removed.machinesRemoved = {u"m4"_s};
        m_model->applyDelta(kPersonal, removed);
        QCOMPARE(spies.structuralCount(), 1);
        const QModelIndex lhr = m_model->indexForRegion(kPersonal, u"lhr"_s);
        QCOMPARE(spies.rowsRemoved.first().at(0).value<QModelIndex>(), lhr);
        QCOMPARE(spies.rowsRemoved.first().at(1).toInt(), apiRow);
        QCOMPARE(m_model->rowCount(lhr), 1);

        // The last of everything in a region leaving removes the region row, in one step.
        const int amsRow = m_model->indexForRegion(kPersonal, u"ams"_s).row();
        spies.clear();
        core::FleetDelta emptied;
        emptied.machinesRemoved = {u"m3"_s, u"m5"_s};
        m_model->applyDelta(kPersonal, emptied);
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsRemoved.first().at(0).value<QModelIndex>(),
            m_model->indexForAccount(kPersonal));
        QCOMPARE(spies.rowsRemoved.first().at(1).toInt(), amsRow);
        QVERIFY(!m_model->indexForRegion(kPersonal, u"ams"_s).isValid());
        QCOMPARE(spies.modelReset.count(), 0);
    }

    void regionAppAppRemovalAndStatus()
    {
        regroup();
        ModelSpies spies(m_model.get());
        core::FleetDelta changed;
        changed.appsChanged = {app(u"web"_s, u"suspended"_s)};
        m_model->applyDelta(kPersonal, changed);
        QCOMPARE(spies.structuralCount(), 0);
        QCOMPARE(spies.dataChanged.count(), 2); // web under lhr and under ams

        spies.clear();
        core::FleetDelta removed;
        removed.appsRemoved = {u"web"_s};
        removed.machinesRemoved = {u"m1"_s, u"m2"_s, u"m3"_s};
        removed.volumesRemoved = {u"v1"_s};
        m_model->applyDelta(kPersonal, removed);
        // web's row under lhr, and the whole of ams (web was all it had).
        QCOMPARE(spies.rowsRemoved.count(), 2);
        QCOMPARE(spies.structuralCount(), 2);
        QVERIFY(!m_model->indexForRegion(kPersonal, u"ams"_s).isValid());
        QCOMPARE(m_model->rowCount(m_model->indexForRegion(kPersonal, u"lhr"_s)), 1);
        QVERIFY(!m_model->indexForApp(kPersonal, u"web"_s).isValid());
    }

    void randomDeltasEndWhereAFreshBuildStarts_data()
    {
        QTest::addColumn<bool>("regionFirst");
        QTest::newRow("app-region") << false;
        QTest::newRow("region-app") << true;
    }

    // Incremental updates must leave the same tree (rows, counts, values) as building it from
    // scratch would, after any sequence of deltas, with no reset along the way.
    void randomDeltasEndWhereAFreshBuildStarts()
    {
        QFETCH(bool, regionFirst);
        const auto grouping =
            regionFirst ? FleetTreeModel::Grouping::RegionApp : FleetTreeModel::Grouping::AppRegion;
        RandomFleet fleet;
        FleetTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGrouping(grouping);
        model.addAccount(kWork, u"Work"_s, fleet.snapshot());
        ModelSpies spies(&model);
        for (int step = 0; step < 300; ++step) {
            model.applyDelta(kWork, fleet.nextDelta());
            if (step % 25 != 24)
                continue;
            FleetTreeModel fresh;
            fresh.setGrouping(grouping);
            fresh.addAccount(kWork, u"Work"_s, fleet.snapshot());
            QCOMPARE(dump(model), dump(fresh));
        }
        QVERIFY2(fleet.machines.size() > 10, qPrintable(QString::number(fleet.machines.size())));
        QCOMPARE(spies.modelReset.count(), 0);
        QCOMPARE(spies.layoutChanged.count(), 0);
    }

    void regionLabelsUseNames()
    {
        m_model->setRegionNames({{u"lhr"_s, u"London, United Kingdom"_s}});
        regroup();
        QCOMPARE(m_model->indexForRegion(kPersonal, u"lhr"_s).data().toString(),
            u"lhr · London, United Kingdom"_s);
        QCOMPARE(m_model->indexForRegion(kPersonal, u"ams"_s).data().toString(), u"ams"_s);
        QVERIFY(m_model->indexForRegion(kPersonal, u"lhr"_s)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"London"_s));
    }
};

QTEST_GUILESS_MAIN(TestFleetTreeModelGrouping)
#include "tst_fleettreemodel_grouping.moc"
