// RegionTableModel: one row per region with the map's numbers in columns, following its
// source row for row.
#include "gui/map/regiontablemodel.h"
#include "mapfixtures.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hangar;
using namespace hangar::gui::map;

class TestRegionTableModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<models::RegionSummaryModel> m_source;
    std::unique_ptr<RegionTableModel> m_table;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QVariant cell(const QString &code, int column, int role = Qt::DisplayRole) const
    {
        return m_table->index(m_table->rowOf(code), column).data(role);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_source = std::make_unique<models::RegionSummaryModel>();
        m_source->setRegions(mapfixtures::regions());
        m_source->addAccount(QStringLiteral("a"), mapfixtures::fleet());
        m_table = std::make_unique<RegionTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_table.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_table->setSourceModel(m_source.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_table.reset();
        m_source.reset();
    }

    void oneRowPerRegionWithItsNumbers()
    {
        QCOMPARE(m_table->rowCount(), m_source->rowCount());
        QCOMPARE(m_table->columnCount(), int(RegionTableModel::ColumnCount));
        QCOMPARE(cell(QStringLiteral("lhr"), RegionTableModel::CodeColumn).toString(),
            QStringLiteral("lhr"));
        QCOMPARE(cell(QStringLiteral("lhr"), RegionTableModel::NameColumn).toString(),
            QStringLiteral("London, United Kingdom"));
        QCOMPARE(cell(QStringLiteral("lhr"), RegionTableModel::MachinesColumn).toInt(), 4);
        QCOMPARE(cell(QStringLiteral("lhr"), RegionTableModel::StartedColumn).toInt(), 3);
        QCOMPARE(cell(QStringLiteral("lhr"), RegionTableModel::StoppedColumn).toInt(), 1);
        QCOMPARE(cell(QStringLiteral("ams"), RegionTableModel::SuspendedColumn).toInt(), 1);
        QCOMPARE(cell(QStringLiteral("ams"), RegionTableModel::FailedColumn).toInt(), 1);
        QCOMPARE(cell(QStringLiteral("lhr"), RegionTableModel::VolumesColumn).toInt(), 2);
        QCOMPARE(cell(QStringLiteral("lhr"), RegionTableModel::VolumeGbColumn).toString(),
            QStringLiteral("15 GB"));
        QCOMPARE(
            cell(QStringLiteral("lhr"), RegionTableModel::VolumeGbColumn, models::SortValueRole)
                .toLongLong(),
            15);
        QCOMPARE(
            cell(QStringLiteral("arn"), RegionTableModel::VolumeGbColumn).toString(), QString());
        const QString notes = cell(QStringLiteral("lhr"), RegionTableModel::NotesColumn).toString();
        QVERIFY(notes.contains(QLatin1String("Gateway")));
        QVERIFY(notes.contains(QLatin1String("Nearest")));
        QVERIFY(cell(QStringLiteral("atl"), RegionTableModel::NotesColumn)
                    .toString()
                    .contains(QLatin1String("Deprecated")));
        QCOMPARE(
            cell(QStringLiteral("ewr"), RegionTableModel::NotesColumn, models::IdRole).toString(),
            QStringLiteral("ewr"));
        QVERIFY(cell(QStringLiteral("ewr"), RegionTableModel::CodeColumn, models::SearchTextRole)
                    .toString()
                    .contains(QLatin1String("secaucus")));
        QVERIFY(!cell(QStringLiteral("lhr"), RegionTableModel::CodeColumn, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    void changesFollowTheSource()
    {
        QSignalSpy changed(m_table.get(), &QAbstractItemModel::dataChanged);
        m_source->applyDelta(QStringLiteral("a"),
            mapfixtures::stateChange(QStringLiteral("ams2"), QStringLiteral("started")));
        QCOMPARE(changed.count(), 1);
        const QModelIndex from = changed.first().at(0).toModelIndex();
        const QModelIndex to = changed.first().at(1).toModelIndex();
        QCOMPARE(from.row(), m_table->rowOf(QStringLiteral("ams")));
        QCOMPARE(to.row(), from.row());
        QCOMPARE(to.column(), RegionTableModel::ColumnCount - 1);
        QCOMPARE(cell(QStringLiteral("ams"), RegionTableModel::FailedColumn).toInt(), 0);
        QCOMPARE(cell(QStringLiteral("ams"), RegionTableModel::StartedColumn).toInt(), 1);
    }

    void rowsComeAndGoWithTheSource()
    {
        // A machine in a region the list lacks gets a row of its own, and loses it again.
        core::FleetDelta delta;
        core::MachineRecord record = mapfixtures::fleet().machines.first();
        QJsonObject json = record.machine.json();
        json.insert(QStringLiteral("id"), QStringLiteral("x1"));
        json.insert(QStringLiteral("region"), QStringLiteral("xyz"));
        delta.machinesAdded.append(core::MachineRecord {record.appName, api::Machine(json)});
        const int before = m_table->rowCount();
        m_source->applyDelta(QStringLiteral("a"), delta);
        QCOMPARE(m_table->rowCount(), before + 1);
        QCOMPARE(m_table->regionCode(before), QStringLiteral("xyz"));
        QCOMPARE(cell(QStringLiteral("xyz"), RegionTableModel::MachinesColumn).toInt(), 1);
        core::FleetDelta removal;
        removal.machinesRemoved.append(QStringLiteral("x1"));
        m_source->applyDelta(QStringLiteral("a"), removal);
        QCOMPARE(m_table->rowCount(), before);
        QCOMPARE(m_table->rowOf(QStringLiteral("xyz")), -1);
        // A different list resets.
        QSignalSpy reset(m_table.get(), &QAbstractItemModel::modelReset);
        m_source->setRegions(api::RegionList());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_table->rowCount(), m_source->rowCount());
    }

    void capacitiesFillTheirColumn()
    {
        QVERIFY(!m_table->hasCapacities());
        QCOMPARE(
            cell(QStringLiteral("lhr"), RegionTableModel::CapacityColumn).toString(), QString());
        QHash<QString, int> capacities;
        capacities.insert(QStringLiteral("lhr"), 120);
        QSignalSpy changed(m_table.get(), &QAbstractItemModel::dataChanged);
        m_table->setCapacities(capacities);
        QVERIFY(m_table->hasCapacities());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(QStringLiteral("lhr"), RegionTableModel::CapacityColumn).toString(),
            QStringLiteral("120"));
        QCOMPARE(
            cell(QStringLiteral("ams"), RegionTableModel::CapacityColumn, models::SortValueRole)
                .toInt(),
            -1);
    }

    void deprecatedRowsCanBeDisabled()
    {
        const QModelIndex atlanta = m_table->index(m_table->rowOf(QStringLiteral("atl")), 0);
        QVERIFY(atlanta.flags() & Qt::ItemIsEnabled);
        m_table->setDeprecatedEnabled(false);
        QVERIFY(!(atlanta.flags() & Qt::ItemIsEnabled));
        QVERIFY(!(atlanta.flags() & Qt::ItemIsSelectable));
        QVERIFY(m_table->index(m_table->rowOf(QStringLiteral("lhr")), 0).flags()
            & Qt::ItemIsSelectable);
    }

    void sortsByRawNumbers()
    {
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(m_table.get());
        sorted.setSortRole(models::SortValueRole);
        sorted.sort(RegionTableModel::MachinesColumn, Qt::DescendingOrder);
        const QStringList topTwo {sorted.index(0, RegionTableModel::CodeColumn).data().toString(),
            sorted.index(1, RegionTableModel::CodeColumn).data().toString()};
        QVERIFY(topTwo.contains(QStringLiteral("lhr")) && topTwo.contains(QStringLiteral("fra")));
        QCOMPARE(sorted.index(0, RegionTableModel::MachinesColumn).data().toInt(), 4);
        QCOMPARE(sorted.index(2, RegionTableModel::MachinesColumn).data().toInt(), 3);
        sorted.sort(RegionTableModel::VolumeGbColumn, Qt::DescendingOrder);
        QCOMPARE(
            sorted.index(0, RegionTableModel::CodeColumn).data().toString(), QStringLiteral("lhr"));
        QCOMPARE(
            sorted.index(1, RegionTableModel::CodeColumn).data().toString(), QStringLiteral("syd"));
    }
};

QTEST_MAIN(TestRegionTableModel)
#include "tst_regiontablemodel.moc"
