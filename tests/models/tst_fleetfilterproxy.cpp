// FleetFilterProxy over the fleet tree and over a machine table: the filter syntax, ancestors
// of matches staying visible, the region filter, and natural sorting on raw roles.
#include "fleetfixtures.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
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

const QString kAccount = u"acct"_s;

core::FleetSnapshot fleet()
{
    core::FleetSnapshot snapshot;
    snapshot.apps = {app(u"web"_s), app(u"api"_s)};
    snapshot.machines = {
        machine(u"web"_s, u"m10"_s)
            .name(u"web-10"_s)
            .region(u"lhr"_s)
            .guest(u"performance"_s, 2, 4096)
            .updatedAt(u"2024-05-03T00:00:00Z"_s),
        machine(u"web"_s, u"m2"_s)
            .name(u"web-2"_s)
            .region(u"lhr"_s)
            .state(u"stopped"_s)
            .metadata(u"role"_s, u"frontend-canary"_s)
            .updatedAt(u"2024-05-01T00:00:00Z"_s),
        machine(u"web"_s, u"m1"_s)
            .name(u"web-1"_s)
            .region(u"lhr"_s)
            .metadata(u"role"_s, u"frontend"_s)
            .guest(u"shared"_s, 1, 1024)
            .updatedAt(u"2024-05-02T00:00:00Z"_s),
        machine(u"web"_s, u"m3"_s).name(u"web-3"_s).region(u"ams"_s),
        machine(u"api"_s, u"m4"_s)
            .name(u"api-1"_s)
            .region(u"lhr"_s)
            .image(u"ghcr.io/acme/api:2"_s)
            .metadata(u"fly_process_group"_s, u"app"_s),
        machine(u"api"_s, u"m5"_s).name(u"api-2"_s).region(u"fra"_s).state(u"suspended"_s),
    };
    snapshot.volumes = {volume(u"web"_s, u"v1"_s, u"web_data"_s, u"lhr"_s, 10)};
    return snapshot;
}

} // namespace

class TestFleetFilterProxy : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FleetTreeModel> m_tree;
    std::unique_ptr<FleetFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    // Names of the visible machines and volumes, in the proxy's order.
    QStringList visibleLeaves(const QModelIndex &parent = {}) const
    {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            const auto kind = NodeKind(index.data(KindRole).toInt());
            if (kind == NodeKind::Machine || kind == NodeKind::Volume)
                names.append(index.data(NameRole).toString());
            else
                names += visibleLeaves(index);
        }
        return names;
    }

    QStringList filtered(const QString &text)
    {
        m_proxy->setFilterText(text);
        return visibleLeaves();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_tree = std::make_unique<FleetTreeModel>();
        m_treeTester = std::make_unique<QAbstractItemModelTester>(
            m_tree.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_tree->addAccount(kAccount, u"Personal"_s, fleet());
        m_proxy = std::make_unique<FleetFilterProxy>();
        m_proxy->setSourceModel(m_tree.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_proxy.reset();
        m_treeTester.reset();
        m_tree.reset();
    }

    void sortsNaturallyWithMachinesBeforeVolumes()
    {
        QCOMPARE(visibleLeaves(),
            (QStringList {u"api-2"_s, u"api-1"_s, u"web-3"_s, u"web-1"_s, u"web-2"_s, u"web-10"_s,
                u"web_data"_s}));
        const QModelIndex account = m_proxy->index(0, 0);
        QCOMPARE(m_proxy->index(0, 0, account).data().toString(), u"api"_s);
        QCOMPARE(m_proxy->index(1, 0, account).data().toString(), u"web"_s);
        // Regions too: ams before lhr under web.
        const QModelIndex web = m_proxy->index(1, 0, account);
        QCOMPARE(m_proxy->index(0, 0, web).data(RegionRole).toString(), u"ams"_s);
    }

    void plainWordsKeepTheAncestorsOfMatches()
    {
        QCOMPARE(filtered(u"web-10"_s), QStringList {u"web-10"_s});
        const QModelIndex account = m_proxy->index(0, 0);
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->rowCount(account), 1); // web only: api has no match
        const QModelIndex web = m_proxy->index(0, 0, account);
        QCOMPARE(web.data().toString(), u"web"_s);
        QCOMPARE(m_proxy->rowCount(web), 1); // lhr only
        QCOMPARE(m_proxy->index(0, 0, web).data(RegionRole).toString(), u"lhr"_s);

        QCOMPARE(filtered(u"WEB-1"_s), (QStringList {u"web-1"_s, u"web-10"_s}));
        QCOMPARE(filtered(u"m4"_s), QStringList {u"api-1"_s}); // IDs
        QCOMPARE(filtered(u"ghcr.io"_s), QStringList {u"api-1"_s}); // images
        QCOMPARE(filtered(u"suspended"_s), QStringList {u"api-2"_s}); // states
        QCOMPARE(filtered(u"ams"_s), QStringList {u"web-3"_s}); // regions
        QCOMPARE(filtered(u"nginx:latest web"_s),
            (QStringList {u"web-3"_s, u"web-1"_s, u"web-2"_s, u"web-10"_s}));
        QCOMPARE(filtered(u"nothing-like-this"_s), QStringList {});
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(filtered(u"   "_s).size(), 7);
    }

    void keyValueTermsMatchMetadata()
    {
        // Exact key, value as a case-insensitive substring.
        QCOMPARE(filtered(u"role=frontend"_s), (QStringList {u"web-1"_s, u"web-2"_s}));
        QCOMPARE(filtered(u"role=CANARY"_s), QStringList {u"web-2"_s});
        QCOMPARE(filtered(u"Role=frontend"_s), QStringList {});
        QCOMPARE(filtered(u"role="_s), (QStringList {u"web-1"_s, u"web-2"_s}));
        QCOMPARE(filtered(u"fly_process_group=app"_s), QStringList {u"api-1"_s});
        QCOMPARE(filtered(u"role=frontend -role=canary"_s), QStringList {u"web-1"_s});
    }

    void fieldTermsMatchTheirField()
    {
        QCOMPARE(filtered(u"state:stopped"_s), QStringList {u"web-2"_s});
        QCOMPARE(filtered(u"state:st"_s).size(), 5); // started and stopped (prefix)
        QCOMPARE(filtered(u"region:fra"_s), QStringList {u"api-2"_s});
        QCOMPARE(filtered(u"region:lhr app:api"_s), QStringList {u"api-1"_s});
        QCOMPARE(filtered(u"app:api"_s), (QStringList {u"api-2"_s, u"api-1"_s}));
        QCOMPARE(filtered(u"image:ghcr"_s), QStringList {u"api-1"_s});
        QCOMPARE(filtered(u"name:web-1"_s), (QStringList {u"web-1"_s, u"web-10"_s}));
        QCOMPARE(filtered(u"id:m1"_s), (QStringList {u"web-1"_s, u"web-10"_s}));
        QCOMPARE(
            filtered(u"-state:started"_s), (QStringList {u"api-2"_s, u"web-2"_s, u"web_data"_s}));
        // A field prefix with nothing after it yet (mid-typing) filters nothing.
        QCOMPARE(filtered(u"state:"_s).size(), 7);
    }

    void regionFilterCombinesWithText()
    {
        ModelSpies spies(m_proxy.get());
        m_proxy->setRegionFilter(u"lhr"_s);
        QCOMPARE(spies.modelReset.count(), 0);
        QCOMPARE(visibleLeaves(),
            (QStringList {u"api-1"_s, u"web-1"_s, u"web-2"_s, u"web-10"_s, u"web_data"_s}));
        QCOMPARE(filtered(u"state:started"_s), (QStringList {u"api-1"_s, u"web-1"_s, u"web-10"_s}));
        m_proxy->setRegionFilter({});
        QCOMPARE(visibleLeaves().size(), 4);
        m_proxy->setFilterText({});
        QCOMPARE(visibleLeaves().size(), 7);
        QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), 2);
    }

    void filterFollowsDeltas()
    {
        QCOMPARE(filtered(u"state:stopped"_s), QStringList {u"web-2"_s});
        core::FleetDelta delta;
        delta.machinesChanged = {machine(u"web"_s, u"m1"_s)
                                     .name(u"web-1"_s)
                                     .region(u"lhr"_s)
                                     .metadata(u"role"_s, u"frontend"_s)
                                     .guest(u"shared"_s, 1, 1024)
                                     .state(u"stopped"_s)};
        delta.machinesAdded = {machine(u"web"_s, u"m11"_s).name(u"web-11"_s).state(u"stopped"_s)};
        m_tree->applyDelta(kAccount, delta);
        QCOMPARE(visibleLeaves(), (QStringList {u"web-1"_s, u"web-2"_s, u"web-11"_s}));

        core::FleetDelta removal;
        removal.machinesRemoved = {u"m2"_s};
        m_tree->applyDelta(kAccount, removal);
        QCOMPARE(visibleLeaves(), (QStringList {u"web-1"_s, u"web-11"_s}));
    }

    void renameResorts()
    {
        core::FleetDelta delta;
        delta.machinesChanged = {machine(u"web"_s, u"m10"_s)
                                     .name(u"web-0"_s)
                                     .region(u"lhr"_s)
                                     .guest(u"performance"_s, 2, 4096)
                                     .updatedAt(u"2024-05-03T00:00:00Z"_s)};
        m_tree->applyDelta(kAccount, delta);
        QCOMPARE(visibleLeaves().mid(3, 3), (QStringList {u"web-0"_s, u"web-1"_s, u"web-2"_s}));
    }

    void sortsAndFiltersAMachineTable()
    {
        MachineTableModel table;
        QAbstractItemModelTester tableTester(
            &table, QAbstractItemModelTester::FailureReportingMode::Fatal);
        core::FleetSnapshot snapshot = fleet();
        table.setSnapshot(snapshot, u"web"_s);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&table);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

        const auto column = [&](int sourceColumn) {
            QStringList names;
            for (int row = 0; row < proxy.rowCount(); ++row)
                names.append(proxy.index(row, sourceColumn).data(NameRole).toString());
            return names;
        };
        QCOMPARE(column(0), (QStringList {u"web-1"_s, u"web-2"_s, u"web-3"_s, u"web-10"_s}));
        proxy.sort(MachineTableModel::UpdatedColumn, Qt::DescendingOrder);
        QCOMPARE(column(0), (QStringList {u"web-10"_s, u"web-1"_s, u"web-3"_s, u"web-2"_s}));
        proxy.sort(MachineTableModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(column(0).mid(0, 2), (QStringList {u"web-10"_s, u"web-1"_s}));
        proxy.sort(MachineTableModel::NameColumn, Qt::AscendingOrder);
        proxy.setFilterText(u"state:started role=frontend"_s);
        QCOMPARE(column(0), QStringList {u"web-1"_s});
        proxy.setRegionFilter(u"ams"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(column(0), QStringList {u"web-3"_s});
    }
};

QTEST_GUILESS_MAIN(TestFleetFilterProxy)
#include "tst_fleetfilterproxy.moc"
